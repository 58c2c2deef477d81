using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Domain;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;

namespace Wmk.GroupMeetings.Features.Locations;

/// <summary>
/// The residents of a location's neighbourhood: current residents (not left, stay covering the day) whose housing unit's
/// district (from housing, <see cref="IOccupancy.UnitPlacesAsync"/>) is the location's neighbourhood.
/// </summary>
internal sealed class NeighbourhoodResidents(IResidents residents, IOccupancy occupancy, TimeProvider clock)
{
    public async Task<IReadOnlyList<ResidentInfo>> OfAsync(Location location, DateOnly? on, CancellationToken ct)
    {
        var day = on ?? clock.Today();
        var current = (await residents.ListAsync(new ResidentQuery(CurrentOnly: true), ct)).Where(r => r.LivesThereOn(day)).ToList();
        var places = await occupancy.UnitPlacesAsync([.. current.Select(r => r.UnitId)], ct);
        var inNeighbourhood = places.Where(p => LocationRules.InNeighbourhood(p.District, location.Neighbourhood)).Select(p => p.UnitId).ToHashSet();
        return [.. current.Where(r => inNeighbourhood.Contains(r.UnitId))];
    }
}
