using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.RentTables;

/// <summary>A rent table needs a name and named lines with amounts that are not negative, within their own bounds.</summary>
internal static class RentTableRules
{
    public const int MaxLines = 30;

    public static List<RuleError> Check(RentTableInput input)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(input.Name) is not { Length: <= 200 })
        {
            errors.Add(new("RentTable:NameRequired"));
        }

        if (input.ValidFrom == default)
        {
            errors.Add(new("RentTable:ValidFromRequired"));
        }

        var lines = input.Lines ?? [];
        if (lines.Count is 0 or > MaxLines)
        {
            errors.Add(new("RentTable:LinesRequired", MaxLines));
        }

        foreach (var line in lines)
        {
            errors.AddRange(CheckLine(line));
        }

        return errors;
    }

    private static IEnumerable<RuleError> CheckLine(RentLineInput line)
    {
        var name = Text.Clean(line.Name);
        if (name is not { Length: <= 200 })
        {
            yield return new("RentLine:NameRequired");
        }

        name ??= "?";
        if (line.Amount < 0 || line.Minimum < 0 || line.Maximum < 0)
        {
            yield return new("RentLine:Negative", name);
        }

        if (line.Amount > 100_000 || line.Maximum > 100_000)
        {
            yield return new("RentLine:Absurd", name);
        }

        if (line.Minimum > line.Maximum)
        {
            yield return new("RentLine:BoundsOrder", name);
        }
        else if (!line.FromUnitForfait && line.Amount >= 0 && !QuoteBounds.Within(line.Amount, line.Minimum, line.Maximum))
        {
            yield return new("RentLine:OutOfBounds", name, line.Minimum ?? 0m, line.Maximum ?? 0m);
        }

        if (line.Bedrooms is < 1 or > 20)
        {
            yield return new("RentLine:Bedrooms", name);
        }

        if (!Enum.IsDefined(line.Sharing))
        {
            yield return new("RentLine:SharingUnknown", name);
        }
    }
}

/// <summary>Optional lower and upper bounds of a line (both included).</summary>
internal static class QuoteBounds
{
    public static bool Within(decimal amount, decimal? minimum, decimal? maximum) =>
        (minimum is null || amount >= minimum) && (maximum is null || amount <= maximum);
}
