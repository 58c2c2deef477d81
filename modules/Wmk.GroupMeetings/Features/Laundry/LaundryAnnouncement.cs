using Microsoft.EntityFrameworkCore;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Features.Invitations;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Outbox;

namespace Wmk.GroupMeetings.Features.Laundry;

/// <summary>
/// Each Monday at 08:00 Brussels (tenant job): for every location with a laundry, one e-mail to each resident of its
/// neighbourhood with this week's laundry days still to come; once per location and week (the week is stored with the
/// mails, in one transaction).
/// </summary>
internal sealed class LaundryAnnouncement(
    GroupMeetingsDbContext db, KernelDbContext kernel, NeighbourhoodResidents neighbourhood, InvitationMails mails, InvitationsHandler invitations,
    TimeProvider clock) : ITenantJob
{
    public const string Cron = "0 0 8 ? * MON";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => AnnounceAsync(cancellationToken);

    /// <summary>The number of e-mails queued.</summary>
    public async Task<int> AnnounceAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var monday = LaundryRules.WeekOf(today);
        var organisation = await invitations.OrganisationAsync(ct);
        var sent = 0;
        foreach (var location in await db.Locations.Where(l => l.LaundryAnnouncedWeek == null || l.LaundryAnnouncedWeek < monday).ToListAsync(ct))
        {
            if (LaundryHandler.HoursOf(location) is not { } hours || LaundryRules.DaysOfWeek(hours, monday).Where(d => d >= today).ToList() is not { Count: > 0 } days)
            {
                continue;
            }

            var to = InvitationRules.Plan((await neighbourhood.OfAsync(location, today, ct))
                .Select(r => new Invitee(r.ResidentId, r.FirstName, r.FullName, r.Email, r.CounsellorName, null)), false, counsellors: false);
            await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
            foreach (var mail in to)
            {
                await mails.SendLaundryWeekAsync(mail.To, mail.Name, location, days, organisation, ct);
            }

            location.LaundryAnnouncedWeek = monday;
            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            sent += to.Count;
        }

        return sent;
    }
}
