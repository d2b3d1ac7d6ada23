using RunnerStrength.Fit.ProfileGenerator;

// usage: dotnet run --project tools/RunnerStrength.Fit.ProfileGenerator -- PROFILE.json OUTPUT_DIR
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: RunnerStrength.Fit.ProfileGenerator PROFILE.json OUTPUT_DIR");
    return 2;
}

foreach (var (name, text) in ProfileCodeGenerator.Generate(File.ReadAllText(args[0])))
{
    File.WriteAllText(Path.Combine(args[1], name), text);
    Console.WriteLine($"wrote {Path.Combine(args[1], name)}");
}

return 0;
