using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Payments;

/// <summary>The rules every payment line obeys, whatever its source.</summary>
internal static class PaymentRules
{
    /// <summary>No payment line is above this (in absolute value): a bigger amount is a typing or reading error.</summary>
    public const decimal Maximum = 100_000m;

    /// <summary>A line's amount: not zero, at most <see cref="Maximum"/> in absolute value, whole cents.</summary>
    public static bool AmountOk(decimal amount) => amount != 0m && Math.Abs(amount) <= Maximum && Money.Cents(amount) == amount;

    /// <summary>The twelve digits of a structured communication written with or without +++ and slashes, or null when it is none.</summary>
    public static string? StructuredDigits(string? text)
    {
        var trimmed = Text.Clean(text);
        if (trimmed is null || !trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or '/' or ' ' or '*'))
        {
            return null;
        }

        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.Length == 12 ? digits : null;
    }
}
