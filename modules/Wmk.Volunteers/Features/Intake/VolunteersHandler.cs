using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Kernel.Settings;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;
using Wmk.Volunteers.Features.Activities;

namespace Wmk.Volunteers.Features.Intake;

/// <summary>Staff's side of a volunteer: the list, the file (an audited read), the intake and the invitation.</summary>
internal sealed class VolunteersHandler(
    VolunteersDbContext db, ISettingProvider settings, IMemberInvitations invitations, IAuditLog audit, TimeProvider clock,
    IStringLocalizer<VolunteersResource> texts)
{
    public async Task<IReadOnlyList<VolunteerRow>> ListAsync(CancellationToken ct)
    {
        var all = await db.Volunteers.AsNoTracking().ToListAsync(ct);
        return [.. all.OrderBy(v => v.Status).ThenBy(v => v.LastName, StringComparer.CurrentCulture).ThenBy(v => v.FirstName, StringComparer.CurrentCulture)
            .Select(VolunteerViews.Row)];
    }

    public async Task<VolunteerFile> GetAsync(Guid id, CancellationToken ct)
    {
        var v = await FindAsync(id, ct);
        var (required, months) = await GoodConductAsync(ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.VolunteerId == id).ToListAsync(ct);
        var duoHours = await DuoHoursAsync(id, ct);
        var hours = activities.Sum(a => a.Hours) + duoHours;
        await audit.RecordAsync(AuditAction.Read, "Volunteer", id, null, ct);
        return new VolunteerFile(
            v.Id, v.FirstName, v.LastName, v.Email, v.Phone, Availability.SlotsOf(v.Availability), v.Area, v.Interests, v.HeardVia.ToString(),
            v.SignedUpAt, v.Status.ToString(), v.Kind.ToString(), v.HoursTarget, v.IntakeOn, v.IntakeNotes, v.Skills, v.Trainings, v.GoodConductOn,
            v.GoodConductOn is { } on ? IntakeRules.GoodConductExpiresOn(on, months) : null,
            v.GoodConductOn is { } issued && IntakeRules.GoodConductValid(issued, months, clock.Today()), required, v.WelcomePackSentOn, v.InvitedOn,
            v.AccountId is not null, hours, HoursRules.Progress(hours, v.Kind == VolunteerKind.Intern ? v.HoursTarget : null),
            [.. activities.OrderByDescending(a => a.On).Select(a => new ActivityRow(a.Id, a.Kind.ToString(), a.On, a.Hours, a.Note))]);
    }

    public async Task<VolunteerFile> IntakeAsync(Guid id, IntakeInput input, CancellationToken ct)
    {
        var v = await FindAsync(id, ct);
        var (required, months) = await GoodConductAsync(ct);
        IntakeRules.Check(input, clock.Today(), required, months).ThrowIfAny(texts);
        var kind = Enum.Parse<VolunteerKind>(input.Kind ?? nameof(VolunteerKind.Volunteer));
        v.IntakeOn = input.On;
        v.IntakeNotes = Text.Clean(input.Notes);
        v.Skills = Text.Clean(input.Skills);
        v.Trainings = Text.Clean(input.Trainings);
        v.GoodConductOn = input.GoodConductOn;
        v.WelcomePackSentOn = input.WelcomePackSentOn;
        v.Kind = kind;
        v.HoursTarget = kind == VolunteerKind.Intern
            ? input.HoursTarget ?? await settings.GetIntAsync(VolunteersSettings.InternHoursTarget, ct)
            : null;
        v.Area = Text.Clean(input.Area) ?? v.Area;
        v.Status = VolunteerStatus.Active;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, "Volunteer", id, "intake", ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Invites the volunteer's e-mail address with the volunteer role; only after the intake.</summary>
    public async Task<VolunteerFile> InviteAsync(Guid id, CancellationToken ct)
    {
        var v = await FindAsync(id, ct);
        if (v.IntakeOn is null)
        {
            throw new BusinessRuleException(typeof(VolunteersResource), "Invite:IntakeFirst");
        }

        await invitations.InviteAsync(v.Email, [WmkRoles.Volunteer], ct);
        v.InvitedOn = clock.Today();
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Ends the volunteer's work (no new proposals); running duos stay as they are.</summary>
    public async Task<VolunteerFile> StopAsync(Guid id, CancellationToken ct)
    {
        var v = await FindAsync(id, ct);
        v.Status = VolunteerStatus.Stopped;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Update, "Volunteer", id, "stopped", ct);
        return await GetAsync(id, ct);
    }

    public async Task<(bool Required, int Months)> GoodConductAsync(CancellationToken ct) =>
        (await settings.GetBoolAsync(VolunteersSettings.GoodConductRequired, ct), await settings.GetIntAsync(VolunteersSettings.GoodConductValidMonths, ct));

    private async Task<decimal> DuoHoursAsync(Guid volunteerId, CancellationToken ct)
    {
        var hours = await db.Contacts.AsNoTracking()
            .Join(db.Trajects.Where(t => t.VolunteerId == volunteerId), c => c.TrajectId, t => t.Id, (c, _) => c.Hours).ToListAsync(ct);
        return hours.Sum();
    }

    private async Task<Volunteer> FindAsync(Guid id, CancellationToken ct) =>
        await db.Volunteers.SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException(typeof(VolunteersResource), "Volunteer:NotFound");
}
