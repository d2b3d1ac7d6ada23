using Microsoft.AspNetCore.DataProtection;

namespace RunnerStrength.Storage;

/// <summary>
/// Encrypts secrets obtained at run time (tokens) before they reach the store, with the key ring
/// kept outside the database, so that a copied database alone reveals nothing.
/// </summary>
internal sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("RunnerStrength.Secrets.v1");

    /// <summary>The prefix of a secret given in configuration in its encrypted form.</summary>
    public const string ConfigurationPrefix = "protected:";

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>A secret from configuration: the <c>protected:…</c> form decrypted, plain text as it is.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring that encrypted it is not this install's.</exception>
    public string? Reveal(string? configured) =>
        configured is not null && configured.StartsWith(ConfigurationPrefix, StringComparison.Ordinal)
            ? _protector.Unprotect(configured[ConfigurationPrefix.Length..])
            : configured;

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring that encrypted it is gone or the text was altered.</exception>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
