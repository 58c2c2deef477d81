using System.Globalization;

namespace Wmk.Finance.Features.Payments;

/// <summary>
/// The Belgian structured communication (gestructureerde mededeling): ten digits and two check digits, the ten mod 97
/// (97 when that is 0), written +++123/4567/89012+++.
/// </summary>
internal static class StructuredCommunication
{
    public const long Limit = 10_000_000_000;

    public static string Digits(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, Limit);
        return number.ToString("D10", CultureInfo.InvariantCulture) + CheckDigits(number).ToString("D2", CultureInfo.InvariantCulture);
    }

    public static int CheckDigits(long number) => number % 97 is 0 ? 97 : (int)(number % 97);

    public static string Format(string digits) => $"+++{digits[..3]}/{digits[3..7]}/{digits[7..]}+++";

    /// <summary>True for twelve digits (with or without the +++ / separators) whose last two are the check digits.</summary>
    public static bool IsValid(string? text)
    {
        var digits = new string((text ?? string.Empty).Where(c => c is not ('+' or '/' or ' ')).ToArray());
        return digits.Length == 12 && digits.All(char.IsAsciiDigit)
            && CheckDigits(long.Parse(digits[..10], CultureInfo.InvariantCulture)) == int.Parse(digits[10..], CultureInfo.InvariantCulture);
    }
}
