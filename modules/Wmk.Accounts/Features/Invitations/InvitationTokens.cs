using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wmk.Accounts.Features.Invitations;

/// <summary>Random invitation tokens; the database keeps only their SHA-256 hash.</summary>
internal static class InvitationTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string? token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? string.Empty)));

    public static string NormaliseEmail(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();
}
