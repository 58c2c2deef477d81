using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Contracts;

/// <summary>A new occupancy; no place picks the first free one, no end uses the tenant's default length.</summary>
internal sealed record StartContractInput(Guid UnitId, int? Place, Guid? ResidentId, string? ResidentName, DateOnly Start, DateOnly? End);

/// <summary>An exceptional extension: a later end with a reason.</summary>
internal sealed record ExtendContractInput(DateOnly NewEnd, string? Reason, Guid ConcurrencyStamp);

/// <summary>Early termination: the last day of occupancy and why.</summary>
internal sealed record TerminateContractInput(DateOnly LastDay, string? Reason, Guid ConcurrencyStamp);

internal sealed record ContractView(
    Guid Id, Guid UnitId, int Place, Guid ResidentId, string? ResidentName, DateOnly Start, DateOnly End, string? ExtensionReason,
    DateOnly? TerminatedOn, string? TerminationReason, ContractStatus Status, Guid ConcurrencyStamp)
{
    public static ContractView Of(OccupancyContract c, DateOnly today) => new(
        c.Id, c.UnitId, c.Place, c.ResidentId, c.ResidentName, c.Start, c.End, c.ExtensionReason, c.TerminatedOn,
        c.TerminationReason, c.StatusOn(today), c.ConcurrencyStamp);
}
