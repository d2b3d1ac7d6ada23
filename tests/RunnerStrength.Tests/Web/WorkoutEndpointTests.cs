using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using RunnerStrength.Fit.Decoding;

namespace RunnerStrength.Tests.Web;

/// <summary><c>GET /workouts/{uid}.fit</c>: a planned session as a FIT workout, behind the page's login.</summary>
[Collection(HostedService.Collection)]
public sealed class WorkoutEndpointTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly HostedService _service = new(new Dictionary<string, string>
    {
        ["RunnerStrength:Web:AdminPassword"] = Password,
        ["RunnerStrength:Athlete:Deadlift:Stage"] = "barbell",
        ["RunnerStrength:Athlete:Deadlift:OneRepMaxKg"] = "140",
    });

    public void Dispose() => _service.Dispose();

    [Fact]
    public async Task ASessionsWorkout_IsItsSetsAsFit_ForTheLoggedInAthleteOnly()
    {
        using var client = _service.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var anonymous = await client.GetAsync(new Uri("/workouts/anything.fit", UriKind.Relative));
        using var login = await client.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("password", Password), new("returnUrl", "/")]));
        using var plan = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/plan", UriKind.Relative)));
        var session = plan.RootElement.GetProperty("sessions").EnumerateArray().First();
        var uid = session.GetProperty("uid").GetString()!;

        using var workout = await client.GetAsync(new Uri($"/workouts/{Uri.EscapeDataString(uid)}.fit", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/workouts/rs-1999-W01-9.fit", UriKind.Relative));
        var file = await workout.Content.ReadAsByteArrayAsync();
        var reps = new List<long>();
        var result = FitDecoder.Decode(file, new StepSink(reps));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workout.StatusCode);
        Assert.Equal("application/vnd.ant.fit", workout.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".fit", workout.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.True(result.IntegrityOk && result.Errors.Count == 0);
        Assert.Equal(session.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("reps").GetInt64()), reps);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No planned session 'rs-1999-W01-9'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class StepSink(List<long> reps) : IFitMessageSink
    {
        public void OnMessage(FitMessage message)
        {
            if (message.GlobalNumber == 27 && message.GetRaw(1) == 29)
            {
                reps.Add(message.GetRaw(2)!.Value);
            }
        }
    }
}
