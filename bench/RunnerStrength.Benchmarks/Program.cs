using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/RunnerStrength.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point, named for BenchmarkSwitcher.</summary>
public partial class Program;
