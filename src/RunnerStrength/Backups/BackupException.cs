namespace RunnerStrength.Backups;

/// <summary>A backup or restore that cannot be done, in one sentence naming the file or folder at fault.</summary>
internal sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
