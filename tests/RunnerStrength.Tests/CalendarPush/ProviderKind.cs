namespace RunnerStrength.Tests.CalendarPush;

/// <summary>The OAuth calendar providers the engine's scenarios run against (CalDAV has its own, against Radicale).</summary>
public enum ProviderKind
{
    Google,
    Microsoft,
}
