using Microsoft.Extensions.Options;

namespace RunnerStrength.Configuration;

internal sealed class PlannerOptionsValidator : IValidateOptions<PlannerOptions>
{
    public ValidateOptionsResult Validate(string? name, PlannerOptions options) =>
        options.ReplanCron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{PlannerOptions.Section}:ReplanCron must be a cron expression of five fields, e.g. 0 18 * * 0 (got '{options.ReplanCron}').");
}
