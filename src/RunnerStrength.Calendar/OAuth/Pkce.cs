using System.Security.Cryptography;
using System.Text;

namespace RunnerStrength.Calendar.OAuth;

/// <summary>Proof Key for Code Exchange (RFC 7636, S256): what a public client has instead of a secret.</summary>
public static class Pkce
{
    /// <summary>A fresh code verifier: 32 random bytes, base64url (43 characters).</summary>
    public static string NewVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
