using Wmk.Housing.Domain;
using Wmk.Housing.Features.Shared;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Inspections;

/// <summary>
/// The rules of a safety check, and the unit's under-inspection flag that follows from the checks: the latest check
/// (by date) decides; unsafe puts the unit under inspection, ok lifts it, remarks leave the flag as it is.
/// </summary>
internal static class InspectionRules
{
    public static List<RuleError> Check(InspectionInput input, DateOnly today)
    {
        var remarks = Text.Clean(input.Remarks);
        var errors = new List<RuleError>();
        errors.NotInFuture(input.Date, today);
        if (!Enum.IsDefined(input.Result))
        {
            errors.Add(new("Inspection:ResultRequired"));
        }
        else if (input.Result != SafetyResult.Ok && remarks is null)
        {
            errors.Add(new("Inspection:RemarksRequired"));
        }

        if (remarks is { Length: > 2000 })
        {
            errors.Add(new("FollowUp:NotesTooLong", 2000));
        }

        return errors;
    }

    /// <summary>
    /// The flag after the unit's checks changed: the checks of the latest day decide (an unsafe one wins over an ok
    /// one of the same day); with only remarks on that day, or no checks at all, the flag stays <paramref name="current"/>.
    /// </summary>
    public static bool UnderInspection(bool current, IEnumerable<Inspection> inspections)
    {
        var latest = inspections.GroupBy(i => i.Date).MaxBy(g => g.Key);
        return latest switch
        {
            null => current,
            _ when latest.Any(i => i.Result == SafetyResult.Unsafe) => true,
            _ when latest.Any(i => i.Result == SafetyResult.Ok) => false,
            _ => current,
        };
    }
}
