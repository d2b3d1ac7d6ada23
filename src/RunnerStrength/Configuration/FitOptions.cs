namespace RunnerStrength.Configuration;

/// <summary>Section <c>RunnerStrength:Fit</c>: where FIT files are dropped for the service to import.</summary>
internal sealed class FitOptions
{
    public const string Section = "RunnerStrength:Fit";

    /// <summary>Relative to the data folder unless absolute. Default <c>inbox</c> (so <c>data/inbox</c>).</summary>
    public string InboxDirectory { get; set; } = "inbox";

    /// <summary>How often the inbox is scanned, as a cron expression, besides the file watcher. Default every 5 minutes.</summary>
    public string ScanCron { get; set; } = "*/5 * * * *";

    /// <summary>Files larger than this are quarantined unread: no watch writes one. Default 64 MB.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;
}
