using Wmk.Host.Tests.Volunteers;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the volunteers module.</summary>
public static class VolunteersIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(VolunteersDbContext), typeof(Volunteer), sp => VolunteersSeed.VolunteerAsync(sp)),
        new(typeof(VolunteersDbContext), typeof(DuoTraject), sp => VolunteersSeed.TrajectAsync(sp)),
        new(typeof(VolunteersDbContext), typeof(DuoProposal), VolunteersSeed.ProposalAsync),
        new(typeof(VolunteersDbContext), typeof(DuoTask), sp => VolunteersSeed.RunningDuoAsync(sp)),
        new(typeof(VolunteersDbContext), typeof(DuoContact), sp => VolunteersSeed.RunningDuoAsync(sp)),
        new(typeof(VolunteersDbContext), typeof(VolunteerActivity), VolunteersSeed.ActivityAsync),
    ];
}
