using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Keys;

/// <summary>A key incident on a contract of the unit; the amount of a new key is rounded to cents.</summary>
internal sealed record KeyIncidentInput(Guid ContractId, DateOnly Date, KeyIncidentKind Kind, KeyPayer? PaidBy, decimal? Amount, string? Notes);

internal sealed record KeyIncidentView(
    Guid Id, Guid ContractId, Guid ResidentId, DateOnly Date, KeyIncidentKind Kind, KeyPayer? PaidBy, decimal? Amount, string? Notes)
{
    public static KeyIncidentView Of(KeyIncident k) => new(k.Id, k.ContractId, k.ResidentId, k.Date, k.Kind, k.PaidBy, k.Amount, k.Notes);
}

/// <summary>A resident with three key incidents within six months, to discuss at the next conversation.</summary>
internal sealed record KeyFlag(Guid ResidentId, string ResidentName, DateOnly FlaggedOn, int Incidents);

internal sealed record KeysView(Guid UnitId, IReadOnlyList<KeyIncidentView> Incidents, IReadOnlyList<KeyFlag> Flags);
