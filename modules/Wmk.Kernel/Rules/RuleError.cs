using System.Globalization;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;

namespace Wmk.Kernel.Rules;

/// <summary>A broken rule: a resource key and its arguments, localised at the edge of the handler.</summary>
public sealed record RuleError(string Key, params object[] Args)
{
    public override string ToString() => $"{Key}({string.Join(", ", Args.Select(Format))})";

    /// <summary>Dates as dd/MM/yyyy (nl-BE), everything else in the current culture.</summary>
    public static string Format(object arg) => arg switch
    {
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(arg, CultureInfo.CurrentCulture) ?? string.Empty,
    };
}

/// <summary>Turns collected <see cref="RuleError"/>s into one 400 in the user's language.</summary>
public static class RuleErrors
{
    /// <summary>Throws one 400 with every message in the user's language when there is any error.</summary>
    public static void ThrowIfAny(this IReadOnlyCollection<RuleError> errors, IStringLocalizer texts)
    {
        if (errors.Count > 0)
        {
            throw new InvalidRequestException([.. errors.Select(e => texts[e.Key, [.. e.Args.Select(RuleError.Format)]].Value)]);
        }
    }
}

/// <summary>Money is decimal, rounded to cents with the midpoint away from zero.</summary>
public static class Money
{
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}

/// <summary>Free text as the user typed it: trimmed, blank becomes null.</summary>
public static class Text
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
