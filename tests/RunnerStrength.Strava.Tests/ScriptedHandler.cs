using System.Net;
using System.Text;

namespace RunnerStrength.Strava.Tests;

/// <summary>The network as the handlers under test see it: answers given in order, requests kept with the token they carried.</summary>
internal sealed class ScriptedHandler(params (HttpStatusCode Status, string Body)[] answers) : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _answers = new(answers);

    public List<(string? Token, string? Body)> Sent { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Add((request.Headers.Authorization?.Parameter, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
        var (status, body) = _answers.Dequeue();
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
