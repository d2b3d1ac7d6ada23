using Microsoft.AspNetCore.DataProtection;

namespace RunnerStrength.Storage;

/// <summary>
/// Encrypts secrets obtained at run time (tokens) before they reach the store, with the key ring
/// kept outside the database, so that a copied database alone reveals nothing.
/// </summary>
internal sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("RunnerStrength.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring that encrypted it is gone or the text was altered.</exception>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
