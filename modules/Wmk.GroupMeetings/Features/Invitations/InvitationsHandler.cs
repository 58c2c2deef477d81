using Microsoft.EntityFrameworkCore;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Data;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;

namespace Wmk.GroupMeetings.Features.Invitations;

internal sealed record InvitationResult(Guid SessionId, int Residents, int Counsellors);

/// <summary>
/// Sends a session's invitations once (residents of the neighbourhood living there on the session's day and their
/// counsellors, <see cref="InvitationRules"/>) and, the day before, the residents' reminder. The mails and the session's
/// record of them are one transaction: a failed send stores nothing.
/// </summary>
internal sealed class InvitationsHandler(
    GroupMeetingsDbContext db, KernelDbContext kernel, SessionsHandler sessions, NeighbourhoodResidents neighbourhood, InvitationMails mails,
    ISettingProvider settings, ICurrentTenant tenant, ITenantStore tenants, TimeProvider clock)
{
    public async Task<InvitationResult> InviteAsync(Guid sessionId, CancellationToken ct)
    {
        var (session, location) = await sessions.FindAsync(sessionId, ct);
        if (session.Date < clock.Today())
        {
            throw new WmkException(400, typeof(GroupMeetingsResource), "Invitation:SessionPast");
        }

        if (session.InvitedOn is { } on)
        {
            throw new ConflictException(typeof(GroupMeetingsResource), "Invitation:AlreadySent", Wmk.Kernel.Rules.RuleError.Format(on));
        }

        var planned = await PlanAsync(session, location, counsellors: true, ct);
        var organisation = await OrganisationAsync(ct);
        await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
        foreach (var mail in planned)
        {
            await mails.SendAsync(mail, mail.Role == MailRole.Resident ? InvitationMails.Resident : InvitationMails.Counsellor, session, location, organisation, ct);
        }

        session.InvitedOn = clock.Today();
        session.InvitedResidents = planned.Count(m => m.Role == MailRole.Resident);
        session.InvitedCounsellors = planned.Count(m => m.Role == MailRole.Counsellor);
        await db.SaveChangesAsync(ct);
        await kernel.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new InvitationResult(session.Id, session.InvitedResidents, session.InvitedCounsellors);
    }

    /// <summary>Reminds the residents of every invited session tomorrow that was not reminded yet; the number of sessions.</summary>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        var tomorrow = clock.Today().AddDays(1);
        var due = await db.Sessions.Where(s => s.Date == tomorrow && s.InvitedOn != null && s.RemindedOn == null).ToListAsync(ct);
        var organisation = due.Count > 0 ? await OrganisationAsync(ct) : string.Empty;
        foreach (var session in due)
        {
            var location = await db.Locations.SingleAsync(l => l.Id == session.LocationId, ct);
            var planned = await PlanAsync(session, location, counsellors: false, ct);
            await using var transaction = await WmkTransaction.BeginAsync(db, kernel);
            foreach (var mail in planned)
            {
                await mails.SendAsync(mail, InvitationMails.Reminder, session, location, organisation, ct);
            }

            session.RemindedOn = clock.Today();
            await db.SaveChangesAsync(ct);
            await kernel.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return due.Count;
    }

    public async Task<string> OrganisationAsync(CancellationToken ct) =>
        tenant.Id is { } id && await tenants.FindByIdAsync(id, ct) is { } info ? info.Name : string.Empty;

    private async Task<IReadOnlyList<PlannedMail>> PlanAsync(WoonclubSession session, Location location, bool counsellors, CancellationToken ct)
    {
        var residents = await neighbourhood.OfAsync(location, session.Date, ct);
        var nameTheme = await settings.GetBoolAsync(GroupMeetingsSettings.NameThemeToResidents, ct);
        return InvitationRules.Plan(residents.Select(Invitee), nameTheme, counsellors);
    }

    private static Invitee Invitee(ResidentInfo r) => new(r.ResidentId, r.FirstName, r.FullName, r.Email, r.CounsellorName, r.CounsellorEmail);
}
