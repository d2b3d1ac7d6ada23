using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.TryParse<StorageProvider>(options.Provider, ignoreCase: true, out var provider) || int.TryParse(options.Provider, out _))
        {
            return ValidateOptionsResult.Fail($"{StorageOptions.Section}:Provider must be Sqlite or PostgreSql (got '{options.Provider}').");
        }

        return provider == StorageProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString)
            ? ValidateOptionsResult.Fail($"{StorageOptions.Section}:ConnectionString must be set when Provider is PostgreSql (e.g. Host=localhost;Database=runnerstrength;Username=...).")
            : ValidateOptionsResult.Success;
    }
}
