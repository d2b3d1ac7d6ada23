using RunnerStrength.Fit.Profile;

namespace RunnerStrength.Fit.Decoding;

/// <summary>
/// Where a present field's bytes are, or its expanded value. Holds no object references, so storing
/// one into the message's array costs no GC write barrier (the decoder's hottest store).
/// </summary>
internal struct FieldSlot
{
    public int Offset;
    public int Size;
    public int Count;
    public ulong FirstBits;
    public double Computed;
    public FitBaseType BaseType;
    public byte ElementSize;
    public bool BigEndian;
    public bool IsComputed;
    public bool FirstValid;
}
