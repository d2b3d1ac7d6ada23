using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace RunnerStrength.Cli;

/// <summary>Turns a configuration failure at start-up into the one sentence the user needs.</summary>
internal static partial class StartupErrors
{
    /// <returns>The sentence, or null when the exception is not a configuration problem.</returns>
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.FirstOrDefault() ?? validation.Message,
        InvalidOperationException invalid when ConversionFailure().Match(invalid.Message) is { Success: true } match =>
            $"{match.Groups["key"].Value} must be a {Friendly(match.Groups["type"].Value)} (got '{match.Groups["value"].Value}').",
        AggregateException aggregate => aggregate.InnerExceptions.Select(Describe).FirstOrDefault(d => d is not null),
        _ => null,
    };

    private static string Friendly(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) => "whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) => "number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => type,
    };

    [GeneratedRegex("Failed to convert configuration value(?: '(?<value>.*)')? at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
