using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Guidance.Features.Stay.Notes;

/// <summary>Notes on a resident, each read only by whom its visibility allows (<see cref="NoteAccess"/>), in the query.</summary>
internal sealed class NotesHandler(
    GuidanceDbContext db, ResidentAccess access, StayNames names, ICurrentUser user, TimeProvider clock, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<NoteView>> GetAsync(Guid residentId, CancellationToken ct)
    {
        var (resident, _) = await access.OpenAsync(residentId, "notes", ct);
        return await VisibleAsync(resident, ct);
    }

    /// <summary>The notes of a resident already opened through <see cref="ResidentAccess"/> that the current user may read.</summary>
    public async Task<IReadOnlyList<NoteView>> VisibleAsync(Resident resident, CancellationToken ct)
    {
        var me = user.Id;
        var readable = Readable(resident);
        var notes = await db.ResidentNotes.AsNoTracking()
            .Where(n => n.ResidentId == resident.Id && (readable.Contains(n.Visibility) || (me != null && n.AuthorAccountId == me)))
            .OrderByDescending(n => n.WrittenOn).ToListAsync(ct);
        return [.. notes.Select(n => new NoteView(n.Id, n.WrittenOn, n.Visibility, n.Text, n.AuthorName))];
    }

    public async Task<NoteView> AddAsync(Guid residentId, NoteInput input, CancellationToken ct)
    {
        var (resident, _) = await access.OpenAsync(residentId, "notes", ct);
        var errors = new List<RuleError>();
        var text = Text.Clean(input.Text);
        if (text is not { Length: <= 4000 })
        {
            errors.Add(new("Stay:Note:TextRequired"));
        }

        if (!Readable(resident).Contains(input.Visibility))
        {
            errors.Add(new("Stay:Note:VisibilityNotAllowed"));
        }

        errors.ThrowIfAny(texts);
        var author = user.Id is { } id ? (await names.OfAsync([id], ct)).GetValueOrDefault(id) : null;
        var note = new ResidentNote
        {
            ResidentId = resident.Id, CounsellorAccountId = resident.CounsellorAccountId, Visibility = input.Visibility, Text = text!,
            WrittenOn = clock.Today(), AuthorAccountId = user.Id, AuthorName = author,
        };
        db.ResidentNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return new NoteView(note.Id, note.WrittenOn, note.Visibility, note.Text, note.AuthorName);
    }

    private List<NoteVisibility> Readable(Resident resident) =>
        [.. NoteAccess.Readable(user.Roles.Any(WmkRoles.StaffRoles.Contains), user.Id is { } me && resident.CounsellorAccountId == me)];
}
