using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wmk.Accounts.Features.Mail;

/// <summary>One opaque link parameter holding the account id and an Identity token (no e-mail address in URLs).</summary>
internal static class LinkToken
{
    public static string Encode(Guid accountId, string token) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(accountId.ToString("N") + "." + token));

    public static (Guid AccountId, string Token)? Decode(string? value)
    {
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value ?? string.Empty));
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && Guid.TryParseExact(text[..dot], "N", out var id) ? (id, text[(dot + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
