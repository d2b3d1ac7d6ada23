using Microsoft.Playwright;

namespace RunnerStrength.Tests.Browser;

/// <summary>Debian's chromium driven by Playwright: required in CI, skipped (with the reason) elsewhere when missing.</summary>
internal static class ChromiumBrowser
{
    public const string Path = "/usr/bin/chromium";

    public static void Require()
    {
        if (File.Exists(Path))
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Path} is missing: test.sh must install chromium.");
        }

        Skip.If(true, $"{Path} is not installed (./test.sh installs it).");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
}
