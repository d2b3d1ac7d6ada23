using System.Globalization;
using BenchmarkDotNet.Running;
using RunnerStrength.Benchmarks;

// dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- garmin-pull 1000 [DELAY_MS]
// dotnet build -c Release src/RunnerStrength && dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- webhook-flood 300
// dotnet build -c Release src/RunnerStrength && dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- soak 30
// dotnet build -c Release src/RunnerStrength && dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- calendar-latency 10
if (args is ["garmin-pull", var count, .. var rest])
{
    return await GarminPullRun.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), rest is [var delay] ? int.Parse(delay, CultureInfo.InvariantCulture) : 0);
}

if (args is ["soak", var minutes])
{
    return await SoakRun.RunAsync(int.Parse(minutes, CultureInfo.InvariantCulture));
}

if (args is ["calendar-latency", .. var times])
{
    return await CalendarLatencyRun.RunAsync(times is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 10);
}

if (args is ["webhook-flood", var events])
{
    return await WebhookFloodRun.RunAsync(int.Parse(events, CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The entry point, named for BenchmarkSwitcher.</summary>
public partial class Program;
