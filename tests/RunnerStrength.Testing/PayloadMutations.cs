using System.Text;

namespace RunnerStrength.Testing;

/// <summary>
/// A network answer mutated many ways, seeded so a failure repeats: single bit flips, truncations, two random
/// bytes, and JSON/XML-ish punctuation spliced in. Readers of what the network sends must survive all of them.
/// </summary>
public static class PayloadMutations
{
    public static IEnumerable<byte[]> Of(byte[] original, int seed, int count)
    {
        ArgumentNullException.ThrowIfNull(original);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var mutant = (byte[])original.Clone();
            switch (i % 4)
            {
                case 0:
                    mutant[random.Next(mutant.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    mutant = mutant[..random.Next(mutant.Length)];
                    break;
                case 2:
                    mutant[random.Next(mutant.Length)] = (byte)random.Next(256);
                    mutant[random.Next(mutant.Length)] = (byte)random.Next(256);
                    break;
                default:
                    var at = random.Next(mutant.Length);
                    mutant = [.. mutant[..at], .. Encoding.UTF8.GetBytes("\"{[]}<&>\\u0000\u00ff"), .. mutant[at..]];
                    break;
            }

            yield return mutant;
        }
    }
}
