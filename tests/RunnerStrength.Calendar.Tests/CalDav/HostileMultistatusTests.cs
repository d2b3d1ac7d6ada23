using System.Text;
using RunnerStrength.Calendar.CalDav;
using RunnerStrength.Testing;

namespace RunnerStrength.Calendar.Tests.CalDav;

/// <summary>A calendar server's 207 answer mutated thousands of ways: read, or a CalDavException naming the server, never anything else.</summary>
public sealed class HostileMultistatusTests
{
    private const string Answer = """
        <?xml version="1.0" encoding="utf-8"?>
        <d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
          <d:response>
            <d:href>/athlete/runnerstrength/rs-20261207-1%40runnerstrength.ics</d:href>
            <d:propstat>
              <d:prop><d:getetag>"a1b2c3"</d:getetag><c:calendar-data>BEGIN:VCALENDAR&#13;
        END:VCALENDAR</c:calendar-data></d:prop>
              <d:status>HTTP/1.1 200 OK</d:status>
            </d:propstat>
            <d:propstat><d:prop><cs:getctag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
          </d:response>
          <d:response><d:href>/athlete/runnerstrength/</d:href><d:status>HTTP/1.1 403 Forbidden</d:status><d:error><d:need-privileges/></d:error></d:response>
        </d:multistatus>
        """;

    [Fact]
    public void Mutants_AreReadOrRefusedWithASentence()
    {
        var uri = new Uri("https://cal.example.org/athlete/runnerstrength/");
        var (read, refused) = (0, 0);
        foreach (var mutant in PayloadMutations.Of(Encoding.UTF8.GetBytes(Answer), 21, 3000))
        {
            try
            {
                var multistatus = Multistatus.Parse(Encoding.UTF8.GetString(mutant), uri);
                _ = multistatus.Responses.Select(r => (r.Href, r.Status, r.Error, r.Text(DavNames.Dav + "getetag"))).ToList();
                read++;
            }
            catch (CalDavException e)
            {
                Assert.StartsWith("The calendar server at https://cal.example.org/athlete/runnerstrength/ answered with WebDAV XML that cannot be read", e.Message, StringComparison.Ordinal);
                refused++;
            }
        }

        Assert.True(read > 0 && refused > 0, $"{read} read, {refused} refused");
    }
}
