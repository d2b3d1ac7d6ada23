using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>A WebDAV 207 body (RFC 4918 section 13): per resource, its status and the properties found.</summary>
internal sealed record Multistatus(IReadOnlyList<MultistatusResponse> Responses)
{
    /// <summary>The first response: for a Depth 0 request, the resource asked about.</summary>
    public MultistatusResponse? First => Responses.Count > 0 ? Responses[0] : null;

    /// <summary>Reads a 207 body; a body that is no readable multistatus is a <see cref="CalDavException"/> naming the server's URL.</summary>
    public static Multistatus Parse(string xml, Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        try
        {
            return Read(xml, requestUri);
        }
        catch (Exception e) when (e is XmlException or UriFormatException)
        {
            throw new CalDavException($"The calendar server at {requestUri.GetLeftPart(UriPartial.Path)} answered with WebDAV XML that cannot be read ({e.Message}).", e);
        }
    }

    private static Multistatus Read(string xml, Uri requestUri)
    {
        // No DTD (an entity could expand a few bytes into gigabytes or reach for a file), no external resolution.
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var document = XDocument.Load(reader);
        var responses = document.Descendants(DavNames.Dav + "response").Select(response =>
        {
            var href = new Uri(requestUri, response.Element(DavNames.Dav + "href")?.Value.Trim() ?? "");
            var status = StatusOf(response.Element(DavNames.Dav + "status")?.Value);
            // Only properties found (a 200 propstat); a 404 propstat lists what the server lacks.
            var found = response.Elements(DavNames.Dav + "propstat")
                .Where(p => StatusOf(p.Element(DavNames.Dav + "status")?.Value) is null or HttpStatusCode.OK)
                .SelectMany(p => p.Element(DavNames.Dav + "prop")?.Elements() ?? [])
                .ToList();
            var error = response.Element(DavNames.Dav + "error")?.Elements().FirstOrDefault()?.Name.LocalName;
            return new MultistatusResponse(href, status, found, error);
        }).ToList();
        return new Multistatus(responses);
    }

    // "HTTP/1.1 404 Not Found" -> 404.
    private static HttpStatusCode? StatusOf(string? line)
    {
        var parts = line?.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: >= 2 } && int.TryParse(parts[1], out var code) ? (HttpStatusCode)code : null;
    }
}

/// <summary>One <c>D:response</c>: the resource, a response-level status if any, and its found properties.</summary>
internal sealed record MultistatusResponse(Uri Href, HttpStatusCode? Status, IReadOnlyList<XElement> Properties, string? Error)
{
    public XElement? Property(XName name) => Properties.FirstOrDefault(p => p.Name == name);

    public string? Text(XName name) => Property(name)?.Value.Trim() is { Length: > 0 } text ? text : null;

    public bool IsCalendar => Property(DavNames.Dav + "resourcetype")?.Element(DavNames.CalDav + "calendar") is not null;

    /// <summary>The first <c>D:href</c> inside a property such as current-user-principal or calendar-home-set.</summary>
    public Uri? HrefIn(XName name, Uri baseUri) =>
        Property(name)?.Element(DavNames.Dav + "href")?.Value.Trim() is { Length: > 0 } href ? new Uri(baseUri, href) : null;
}
