using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;
using Wmk.Volunteers.Features.Activities;

namespace Wmk.Volunteers.Features.Duos;

/// <summary>The contact log and tasks of a duo, shared by staff's pages and the volunteer's own.</summary>
internal sealed class DuoLog(VolunteersDbContext db, ICurrentUser user, TimeProvider clock, IStringLocalizer<VolunteersResource> texts)
{
    public async Task<Guid> AddContactAsync(DuoTraject traject, ContactInput input, CancellationToken ct)
    {
        var errors = new List<RuleError>();
        if (traject.Status != DuoStatus.Active)
        {
            errors.Add(new("Duo:NotActive"));
        }

        HoursRules.Check(errors, input.On, input.Hours, clock.Today(), traject.StartedOn);
        if (Text.Clean(input.Note)?.Length > 1000)
        {
            errors.Add(new("Duo:TooLong", 1000));
        }

        errors.ThrowIfAny(texts);
        var contact = new DuoContact { TrajectId = traject.Id, On = input.On!.Value, Hours = input.Hours, Note = Text.Clean(input.Note), ByAccountId = user.Id };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact.Id;
    }

    public async Task<(IReadOnlyList<TaskRow> Tasks, IReadOnlyList<ContactRow> Contacts, decimal Hours)> ReadAsync(Guid trajectId, CancellationToken ct)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.TrajectId == trajectId).ToListAsync(ct);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.TrajectId == trajectId).ToListAsync(ct);
        return ([.. tasks.OrderBy(t => t.AgreedOn).ThenBy(t => t.Kind).Select(DuoViews.Task)],
            [.. contacts.OrderByDescending(c => c.On).Select(DuoViews.Contact)], contacts.Sum(c => c.Hours));
    }
}
