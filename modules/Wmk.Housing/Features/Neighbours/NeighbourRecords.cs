using Wmk.Housing.Domain;

namespace Wmk.Housing.Features.Neighbours;

/// <summary>A contact with the neighbours of the unit's building; notes without residents' names.</summary>
internal sealed record NeighbourContactInput(DateOnly Date, NeighbourContactKind Kind, string? Notes);

internal sealed record NeighbourContactView(Guid Id, string Building, DateOnly Date, NeighbourContactKind Kind, string? Notes)
{
    public static NeighbourContactView Of(NeighbourContact n) => new(n.Id, n.Building, n.Date, n.Kind, n.Notes);
}

internal sealed record NeighboursView(string Building, IReadOnlyList<NeighbourContactView> Contacts);

/// <summary>The hallway poster: the organisation's name and how neighbours reach it.</summary>
internal sealed record PosterView(string Building, string Organisation, string? Phone, string? Email, string? LogoUrl);
