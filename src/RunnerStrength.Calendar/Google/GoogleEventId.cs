using System.Text;

namespace RunnerStrength.Calendar.Google;

/// <summary>
/// The event id Google gets for a session: its UID in base32hex (RFC 4648 section 7, lower case, no padding),
/// the alphabet Google allows for client-chosen ids. The same session always gets the same id, so a retried
/// insert meets its own event (409) instead of making a second one.
/// </summary>
public static class GoogleEventId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuv";

    public static string For(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var bytes = Encoding.UTF8.GetBytes(uid);
        var text = new StringBuilder((bytes.Length * 8 / 5) + 1);
        var (buffer, bits) = (0, 0);
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        // Google wants at least five characters; a UID is never that short, but an id must never be refused for it.
        return text.ToString().PadRight(5, '0');
    }
}
