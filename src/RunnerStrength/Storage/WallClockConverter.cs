using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RunnerStrength.Storage;

/// <summary>
/// Every <see cref="DateTime"/> in the model is a local wall-clock time (a run's local start, a session's
/// local time), never an instant: stored and read without a kind, so a value that arrives marked UTC is
/// neither refused by PostgreSQL's <c>timestamp without time zone</c> nor shifted by anyone.
/// </summary>
internal sealed class WallClockConverter() : ValueConverter<DateTime, DateTime>(
    value => DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
    value => DateTime.SpecifyKind(value, DateTimeKind.Unspecified));
