using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>, IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options) =>
        IsUsablePath(options.DataDirectory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"RunnerStrength:DataDirectory must be a folder path (got '{options.DataDirectory}').");

    public ValidateOptionsResult Validate(string? name, KeyRingOptions options) =>
        IsUsablePath(options.KeysDirectory)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{KeyRingOptions.Section}:KeysDirectory must be a folder path (got '{options.KeysDirectory}').");

    private static bool IsUsablePath(string? path) =>
        !string.IsNullOrWhiteSpace(path) && path.IndexOfAny(Path.GetInvalidPathChars()) < 0;
}
