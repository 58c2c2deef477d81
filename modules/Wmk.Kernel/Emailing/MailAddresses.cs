using System.Net.Mail;

namespace Wmk.Kernel.Emailing;

/// <summary>Which of the addresses a record holds can be mailed: trimmed, well-formed, each once.</summary>
public static class MailAddresses
{
    /// <summary>The address trimmed when it is well-formed; null when empty or malformed.</summary>
    public static string? Valid(string? address) =>
        address?.Trim() is { Length: > 0 } a && MailAddress.TryCreate(a, out _) ? a : null;

    /// <summary>The well-formed addresses among <paramref name="addresses"/>, in order, without doubles (case-insensitive).</summary>
    public static IReadOnlyList<string> Distinct(params string?[] addresses) =>
        [.. addresses.Select(Valid).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
}
