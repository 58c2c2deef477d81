using Microsoft.EntityFrameworkCore;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Modularity;

namespace Wmk.GroupMeetings.Features.Demo;

/// <summary>Two neighbourhood apartments (Merksem, Deurne) with laundry days, and a Woonclub session in Merksem next month.</summary>
internal sealed class MeetingsDemoData(
    GroupMeetingsDbContext db, LocationsHandler locations, LaundryHandler laundry, SessionsHandler sessions, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedDemoAsync(CancellationToken cancellationToken)
    {
        if (await db.Locations.AnyAsync(cancellationToken))
        {
            return;
        }

        var merksem = await locations.AddAsync(new("Buurtappartement Merksem", "Bredabaan 300, 2170 Merksem", "Merksem", null), cancellationToken);
        var deurne = await locations.AddAsync(new("Buurtappartement Deurne", "Turnhoutsebaan 200, 2100 Deurne", "Deurne", null), cancellationToken);
        await laundry.SetAsync(merksem.Id, new([DayOfWeek.Tuesday, DayOfWeek.Friday], new(9, 0), new(17, 0), 60), cancellationToken);
        await laundry.SetAsync(deurne.Id, new([DayOfWeek.Wednesday], new(10, 0), new(16, 0), 90), cancellationToken);
        var next = clock.Today().AddMonths(1);
        await sessions.AddAsync(new(merksem.Id, new DateOnly(next.Year, next.Month, 12), new(18, 0), new(21, 0), "Energie besparen",
            "We koken samen en zoeken uit hoe je minder verbruikt."), cancellationToken);
    }
}
