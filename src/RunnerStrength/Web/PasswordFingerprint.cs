using System.Security.Cryptography;
using System.Text;

namespace RunnerStrength.Web;

/// <summary>
/// What binds a login cookie to the password it was given for: a keyed hash of the password, carried as a
/// claim (inside the encrypted cookie) and compared on every request, so changing the password signs every
/// session out.
/// </summary>
internal static class PasswordFingerprint
{
    public const string ClaimType = "runnerstrength:password";

    public static string Of(string password) =>
        Convert.ToBase64String(HMACSHA256.HashData("runnerstrength login session"u8, Encoding.UTF8.GetBytes(password)))[..22];

    /// <summary>Compares in constant time: the answer's timing says nothing about the password.</summary>
    public static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
