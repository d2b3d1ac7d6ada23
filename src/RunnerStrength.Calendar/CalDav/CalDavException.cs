using System.Net;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>A CalDAV answer that is neither success nor a precondition the publisher handles, in one sentence.</summary>
public sealed class CalDavException : Exception
{
    public CalDavException()
    {
    }

    public CalDavException(string message)
        : base(message)
    {
    }

    public CalDavException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalDavException(string message, HttpStatusCode status)
        : base(message)
    {
        Status = status;
    }

    /// <summary>The HTTP status (or a 207's inner status) that was refused, when there was one.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The server refused the credentials: retrying will not help until the settings change.</summary>
    public bool IsAuthentication => Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
