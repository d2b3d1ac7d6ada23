using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using RunnerStrength.Configuration;
using RunnerStrength.Storage;

namespace RunnerStrength.Web;

/// <summary>
/// With <c>Web:AdminPassword</c> set (required to listen beyond loopback), every page and API needs a
/// cookie login; the feed (its token is the secret), the webhook (Strava cannot log in) and the health
/// check stay open. Without it the service listens on loopback only and asks for nothing.
/// </summary>
internal static class AdminLogin
{
    public static IServiceCollection AddAdminLogin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.Cookie.Name = "runnerstrength";
            cookie.Cookie.HttpOnly = true;
            // Lax, not Strict: Strava's OAuth callback is a top-level navigation from strava.com.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
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
                return Results.Redirect("/login?failed=1");
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "athlete")], CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            var back = form["returnUrl"].ToString();
            return Results.Redirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous();

        endpoints.MapGet("/login", (HttpContext context) => Results.Content(LoginPage(context.Request.Query["ReturnUrl"].ToString(), context.Request.Query.ContainsKey("failed")), "text/html; charset=utf-8"))
            .AllowAnonymous();
        return endpoints;
    }

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
