using Wmk.Housing.Domain;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Keys;

/// <summary>Key incident rules: three incidents of one resident within six months (both ends included) raise a flag.</summary>
internal static class KeyRules
{
    public const int IncidentsForFlag = 3;

    public const int WindowMonths = 6;

    /// <summary>The day of the incident that raised the flag (the third within six months of the first), or null.</summary>
    public static DateOnly? FlaggedOn(IEnumerable<DateOnly> incidentDays)
    {
        var days = incidentDays.Order().ToList();
        for (var i = 0; i + IncidentsForFlag - 1 < days.Count; i++)
        {
            var third = days[i + IncidentsForFlag - 1];
            if (third <= days[i].AddMonths(WindowMonths))
            {
                return third;
            }
        }

        return null;
    }

    public static List<RuleError> Check(KeyIncidentInput input, DateOnly today)
    {
        var errors = new List<RuleError>();
        errors.NotInFuture(input.Date, today);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new("Key:KindRequired"));
        }

        if (input.PaidBy is { } payer && !Enum.IsDefined(payer))
        {
            errors.Add(new("Key:PayerUnknown"));
        }

        if (input.Amount is < 0)
        {
            errors.Add(new("Key:AmountNegative"));
        }

        if (input.Amount is > 0 && input.PaidBy is null)
        {
            errors.Add(new("Key:PayerRequired"));
        }

        if (Text.Clean(input.Notes) is { Length: > 1000 })
        {
            errors.Add(new("FollowUp:NotesTooLong", 1000));
        }

        return errors;
    }
}
