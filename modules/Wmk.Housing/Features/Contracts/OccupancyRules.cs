using Wmk.Housing.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Housing.Features.Contracts;

/// <summary>
/// The rules of occupancy: a place is never double-booked, a contract stays inside the unit's availability, and a new
/// occupancy needs a valid EPC and conformity certificate on its start date and a unit that is not under inspection.
/// </summary>
internal static class OccupancyRules
{
    public static List<RuleError> CheckNew(Unit unit, OccupancyContract candidate, IEnumerable<OccupancyContract> others)
    {
        var errors = new List<RuleError>();
        if (candidate.End < candidate.Start)
        {
            errors.Add(new("Contract:DateOrder", candidate.Start, candidate.End));
            return errors;
        }

        if (candidate.Place < 1 || candidate.Place > unit.Places)
        {
            errors.Add(new("Contract:PlaceUnknown", candidate.Place, unit.Places));
        }

        errors.AddRange(Availability(unit, candidate.Start, candidate.End));
        if (unit.UnderInspection)
        {
            errors.Add(new("Contract:UnderInspection"));
        }

        if (!unit.Epc.IsValidOn(candidate.Start))
        {
            errors.Add(new("Contract:NoEpc", candidate.Start));
        }

        if (!unit.Conformity.IsValidOn(candidate.Start))
        {
            errors.Add(new("Contract:NoConformity", candidate.Start));
        }

        errors.AddRange(Overlaps(candidate, candidate.Start, candidate.End, others));
        return errors;
    }

    public static List<RuleError> CheckExtension(Unit unit, OccupancyContract contract, DateOnly newEnd, string? reason, IEnumerable<OccupancyContract> others)
    {
        var errors = new List<RuleError>();
        if (contract.TerminatedOn is not null)
        {
            errors.Add(new("Extension:Terminated", contract.TerminatedOn.Value));
            return errors;
        }

        if (newEnd <= contract.End)
        {
            errors.Add(new("Extension:NotLater", contract.End));
        }

        if (Text.Clean(reason) is not { Length: <= 500 })
        {
            errors.Add(new("Extension:ReasonRequired"));
        }

        if (newEnd > contract.End)
        {
            errors.AddRange(Availability(unit, contract.Start, newEnd));
            errors.AddRange(Overlaps(contract, contract.End.AddDays(1), newEnd, others));
        }

        return errors;
    }

    public static List<RuleError> CheckTermination(OccupancyContract contract, DateOnly lastDay, string? reason)
    {
        var errors = new List<RuleError>();
        if (contract.TerminatedOn is { } earlier)
        {
            errors.Add(new("Termination:Already", earlier));
        }
        else if (lastDay < contract.Start || lastDay >= contract.End)
        {
            errors.Add(new("Termination:OutOfRange", contract.Start, contract.End));
        }

        if (Text.Clean(reason) is not { Length: <= 500 })
        {
            errors.Add(new("Termination:ReasonRequired"));
        }

        return errors;
    }

    /// <summary>The first place of the unit that is free over the whole period, or null.</summary>
    public static int? FreePlace(Unit unit, DateOnly start, DateOnly end, IEnumerable<OccupancyContract> contracts) =>
        Enumerable.Range(1, unit.Places).Cast<int?>()
            .FirstOrDefault(p => !contracts.Any(c => c.Place == p && c.Start <= end && start <= c.LastDay));

    private static IEnumerable<RuleError> Availability(Unit unit, DateOnly start, DateOnly end)
    {
        if (start < unit.AvailableFrom)
        {
            yield return new("Contract:BeforeAvailability", unit.AvailableFrom);
        }

        if (end > unit.AvailableUntil)
        {
            yield return new("Contract:PastAvailability", unit.AvailableUntil);
        }
    }

    private static IEnumerable<RuleError> Overlaps(OccupancyContract subject, DateOnly from, DateOnly to, IEnumerable<OccupancyContract> others)
    {
        foreach (var other in others.Where(o => o.Id != subject.Id && o.Start <= to && from <= o.LastDay).OrderBy(o => o.Start))
        {
            var firstDay = from > other.Start ? from : other.Start;
            if (other.UnitId == subject.UnitId && other.Place == subject.Place)
            {
                yield return new("Contract:PlaceTaken", subject.Place, firstDay);
            }
            else if (other.ResidentId == subject.ResidentId)
            {
                yield return new("Contract:ResidentHasContract", firstDay);
            }
        }
    }
}
