namespace Wmk.Finance.Features.Payments;

/// <summary>An IBAN: two letters, two check digits and up to 30 letters or digits; valid when the mod 97 check gives 1.</summary>
internal static class Iban
{
    /// <summary>Upper case without spaces.</summary>
    public static string Normalize(string? text) => new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static bool IsValid(string? text)
    {
        var iban = Normalize(text);
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder == 1;
    }

    /// <summary>Groups of four for reading: BE68 5390 0754 7034.</summary>
    public static string Display(string iban) => string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
}
