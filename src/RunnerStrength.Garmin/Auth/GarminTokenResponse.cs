using System.Text;
using System.Text.Json;

namespace RunnerStrength.Garmin.Auth;

/// <summary>
/// Reads the key exchange's answer tolerantly (its field names are not confirmed): <c>access_token</c> or
/// <c>accessToken</c> (or <c>token</c>), <c>expires_in</c> or <c>expiresIn</c> in seconds, else the JWT's
/// <c>exp</c> claim, else the documented 24 hours.
/// </summary>
public static class GarminTokenResponse
{
    private static readonly TimeSpan DocumentedLifetime = TimeSpan.FromHours(24);

    /// <summary>The token, or null with what was found when the answer holds none.</summary>
    public static GarminToken? Parse(string body, DateTimeOffset now, out string found)
    {
        found = "not JSON";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                found = $"a JSON {root.ValueKind}";
                return null;
            }

            found = "fields " + string.Join(", ", root.EnumerateObject().Select(p => p.Name));
            var token = Text(root, "access_token", "accessToken", "token");
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            var lifetime = Number(root, "expires_in", "expiresIn") is { } seconds && seconds > 0 ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var expires = lifetime is { } l ? now + l : JwtExpiry(token) ?? now + DocumentedLifetime;
            return new GarminToken(token, expires);
        }
    }

    private static string? Text(JsonElement root, params string[] names) =>
        names.Select(n => root.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null).FirstOrDefault(v => v is not null);

    private static double? Number(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.Number)
                {
                    return v.GetDouble();
                }

                if (v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }
        }

        return null;
    }

    // The payload of a JWT is base64url JSON; its exp is seconds since 1970. Not verified: only its lifetime is read.
    private static DateTimeOffset? JwtExpiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return claims.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
