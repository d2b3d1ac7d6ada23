using System.Xml.Linq;

namespace RunnerStrength.Calendar.CalDav;

/// <summary>The XML namespaces of WebDAV and CalDAV, and the request bodies the client sends.</summary>
internal static class DavNames
{
    public static readonly XNamespace Dav = "DAV:";
    public static readonly XNamespace CalDav = "urn:ietf:params:xml:ns:caldav";

    public static string Propfind(params XName[] properties) => new XDocument(
        new XElement(Dav + "propfind",
            new XAttribute(XNamespace.Xmlns + "D", Dav.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "C", CalDav.NamespaceName),
            new XElement(Dav + "prop", properties.Select(p => new XElement(p))))).ToString(SaveOptions.DisableFormatting);

    public static string MakeCalendar(string displayName) => new XDocument(
        new XElement(CalDav + "mkcalendar",
            new XAttribute(XNamespace.Xmlns + "D", Dav.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "C", CalDav.NamespaceName),
            new XElement(Dav + "set", new XElement(Dav + "prop",
                new XElement(Dav + "displayname", displayName),
                new XElement(CalDav + "supported-calendar-component-set", new XElement(CalDav + "comp", new XAttribute("name", "VEVENT"))))))).ToString(SaveOptions.DisableFormatting);

    /// <summary>
    /// RFC 4791 section 7.8: the VEVENTs overlapping [from, to), with ETag and data. A time range rather
    /// than a UID text-match, which Xandikos does not answer; the caller picks out our UIDs.
    /// </summary>
    public static string QueryByTime(DateTimeOffset from, DateTimeOffset to) => new XDocument(
        new XElement(CalDav + "calendar-query",
            new XAttribute(XNamespace.Xmlns + "D", Dav.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "C", CalDav.NamespaceName),
            new XElement(Dav + "prop", new XElement(Dav + "getetag"), new XElement(CalDav + "calendar-data")),
            new XElement(CalDav + "filter",
                new XElement(CalDav + "comp-filter", new XAttribute("name", "VCALENDAR"),
                    new XElement(CalDav + "comp-filter", new XAttribute("name", "VEVENT"),
                        new XElement(CalDav + "time-range",
                            new XAttribute("start", from.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
                            new XAttribute("end", to.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)))))))).ToString(SaveOptions.DisableFormatting);
}
