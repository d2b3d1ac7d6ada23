namespace RunnerStrength.Testing;

/// <summary>The two CalDAV implementations the tests publish to.</summary>
public enum CalDavServerKind
{
    Radicale,
    Xandikos,
}
