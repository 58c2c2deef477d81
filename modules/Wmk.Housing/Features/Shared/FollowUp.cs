using Wmk.Kernel.Errors;

namespace Wmk.Housing.Features.Shared;

/// <summary>What the follow-up records (checks, readings, key incidents, neighbour contacts) share.</summary>
internal static class FollowUp
{
    /// <summary>A record that is not one of this unit's (or not of this tenant): 404.</summary>
    public static NotFoundException NotFound() => new(typeof(HousingResource), "FollowUp:NotFound");
}
