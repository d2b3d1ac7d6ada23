using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RunnerStrength.Storage;

/// <summary>
/// Instants are stored as Unix seconds (an integer column that sorts and compares the same on every
/// provider) and read back as <see cref="DateTimeOffset"/>: the code sees instants, never the encoding.
/// </summary>
internal sealed class UnixSecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeSeconds(),
    value => DateTimeOffset.FromUnixTimeSeconds(value));

internal static class UnixSecondsPropertyExtensions
{
    /// <summary>Stores the instant as Unix seconds in <paramref name="column"/> (the name the column has always had).</summary>
    public static PropertyBuilder<DateTimeOffset> AsUnixSeconds(this PropertyBuilder<DateTimeOffset> property, string column) =>
        property.HasColumnName(column).HasConversion<UnixSecondsConverter>();

    /// <inheritdoc cref="AsUnixSeconds(PropertyBuilder{DateTimeOffset}, string)"/>
    public static PropertyBuilder<DateTimeOffset?> AsUnixSeconds(this PropertyBuilder<DateTimeOffset?> property, string column) =>
        property.HasColumnName(column).HasConversion<UnixSecondsConverter>();
}
