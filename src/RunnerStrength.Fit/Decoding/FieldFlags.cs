namespace RunnerStrength.Fit.Decoding;

/// <summary>What a field of a definition needs beyond being copied, decided once per definition.</summary>
[Flags]
internal enum FieldFlags : byte
{
    None = 0,

    /// <summary>One element of a numeric type: presence is one comparison.</summary>
    Single = 1,

    /// <summary>The 4-byte timestamp (253) that compressed-timestamp headers count from.</summary>
    Timestamp = 2,

    /// <summary>An accumulated field whose full value resets the running total.</summary>
    Accumulated = 4,

    /// <summary>One component filling another field: <see cref="SimpleExpansion"/>.</summary>
    SimpleExpansion = 8,

    /// <summary>Sub-fields or several components: resolved after the message's fields are read.</summary>
    Pending = 16,
}
