namespace RunnerStrength.Fit.Decoding;

/// <summary>One developer field of a definition: (field number, developer data index) and where its bytes sit.</summary>
internal record struct DeveloperFieldPlan(byte Number, byte DeveloperIndex, int Offset, int Size)
{
    /// <summary>The description found for it, valid while the decoder's description version is <see cref="Version"/>.</summary>
    public DeveloperField? Described { get; set; }

    /// <summary>0 until looked up.</summary>
    public int Version { get; set; }
}
