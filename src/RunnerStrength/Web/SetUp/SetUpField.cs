namespace RunnerStrength.Web.SetUp;

/// <summary>One setting the Settings page can set: its configuration key, its label, and whether it is a secret (kept encrypted, never shown).</summary>
internal sealed record SetUpField(string Key, string Label, bool Secret = false, bool IsUrl = false, string? Hint = null)
{
    /// <summary>The form field's name and the input's id.</summary>
    public string Id => "setup-" + Key[(Key.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace(':', '-').ToLowerInvariant();
}
