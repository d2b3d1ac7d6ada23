using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;

namespace RunnerStrength.Web;

/// <summary>
/// With <c>Web:AdminPassword</c> set (required beyond loopback), every page and API needs a cookie login; the
/// feed (its token is the secret), the webhook (Strava cannot log in) and the health check stay open. Without
/// it the service listens on loopback only and asks for nothing. Login attempts are limited per address and
/// failures logged; a cookie holds only while the password it was given for is the password.
/// </summary>
internal static partial class AdminLogin
{
    private const string LoginLimit = "login";

    /// <summary>Attempts per address and minute: a person mistyping gets several tries, a guessing script a crawl.</summary>
    public const int AttemptsPerMinute = 5;

    public static IServiceCollection AddAdminLogin(this IServiceCollection services, IConfiguration configuration)
    {
        var publicBase = configuration[$"{WebOptions.Section}:PublicBaseUrl"] ?? new WebOptions().PublicBaseUrl;
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.Cookie.Name = "runnerstrength";
            cookie.Cookie.HttpOnly = true;
            // Lax, not Strict: Strava's OAuth callback is a top-level navigation from strava.com.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Behind a TLS proxy the request may arrive as http: the public address decides.
            cookie.Cookie.SecurePolicy = publicBase.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SignOutIfThePasswordChangedAsync;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(LoginLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) =>
            {
                LogThrottled(Logger(context.HttpContext), context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
        });
        var protectedSite = !string.IsNullOrEmpty(configuration[$"{WebOptions.Section}:AdminPassword"]);
        services.AddAuthorization(authorization =>
        {
            if (protectedSite)
            {
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapAdminLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/login", async (HttpContext context, IOptions<WebOptions> web, SecretProtector secrets) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var expected = secrets.Reveal(web.Value.AdminPassword) ?? "";
            // Compared as hashes in constant time: the answer's timing says nothing about the password.
            var given = SHA256.HashData(Encoding.UTF8.GetBytes(form["password"].ToString()));
            if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(expected))))
            {
                LogFailed(Logger(context), context.Connection.RemoteIpAddress);
                return Results.Redirect("/login?failed=1");
            }

            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "athlete"), new Claim(PasswordFingerprint.ClaimType, PasswordFingerprint.Of(expected))],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect(LocalReturnUrl.OrHome(form["returnUrl"].ToString()));
        }).AllowAnonymous().RequireRateLimiting(LoginLimit);

        endpoints.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).AllowAnonymous();

        endpoints.MapGet("/login", (HttpContext context) => Results.Content(LoginPage(context.Request.Query["ReturnUrl"].ToString(), context.Request.Query.ContainsKey("failed")), "text/html; charset=utf-8"))
            .AllowAnonymous();
        return endpoints;
    }

    // A cookie given for another password (the password changed since) is refused and removed.
    private static async Task SignOutIfThePasswordChangedAsync(CookieValidatePrincipalContext context)
    {
        var web = context.HttpContext.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value;
        var expected = context.HttpContext.RequestServices.GetRequiredService<SecretProtector>().Reveal(web.AdminPassword) ?? "";
        if (expected.Length == 0 || !PasswordFingerprint.Matches(context.Principal?.FindFirst(PasswordFingerprint.ClaimType)?.Value, PasswordFingerprint.Of(expected)))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static ILogger Logger(HttpContext context) => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("RunnerStrength.Web.AdminLogin");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login from {Address}")]
    private static partial void LogFailed(ILogger logger, IPAddress? address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login attempts from {Address} over the limit: refused for the rest of the minute")]
    private static partial void LogThrottled(ILogger logger, IPAddress? address);

    /// <summary>Headers that keep the pages from being framed, sniffed or leaking where the athlete came from.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
        await next(context);
    });

    private static string LoginPage(string returnUrl, bool failed) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><title>Log in · RunnerStrength</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 24rem; margin: 4rem auto;">
        <h1>RunnerStrength</h1>
        {(failed ? "<p style=\"color:#a60\">That is not the password (Web:AdminPassword).</p>" : "")}
        <form method="post" action="/login">
        <input type="hidden" name="returnUrl" value="{System.Net.WebUtility.HtmlEncode(returnUrl)}" />
        <label>Password <input type="password" name="password" autofocus required /></label>
        <button type="submit">Log in</button>
        </form>
        </body></html>
        """;
}
