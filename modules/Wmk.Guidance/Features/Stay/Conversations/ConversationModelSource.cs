using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Contracts;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Conversations;

/// <summary>
/// "conversation": an interim conversation (kind, days, agenda, attendees, notes) with the resident's names, for a
/// conversation report. The counsellor filter of <see cref="Conversation"/> applies: a partner counsellor loads only the
/// conversations of their own clients.
/// </summary>
internal sealed class ConversationModelSource(GuidanceDbContext db, IStringLocalizer<GuidanceResource> texts) : IDocumentModelSource
{
    public string Model => "conversation";

    public bool AboutResidents => true;

    public DocumentModel Demo => Of("Jana", "Peeters", texts["Stay:Kind:FirstInterim"], new DateOnly(2026, 12, 22), new DateOnly(2026, 12, 22),
        "Eerste tussentijds gesprek: budget, woning, werk.", "Jana, haar begeleider, de sociaal beheerder", "Afspraken: wekelijks budgetoverzicht.");

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.Conversations.AsNoTracking().Where(c => c.Id == id)
            .Join(db.Residents, c => c.ResidentId, r => r.Id, (c, r) => new { Conversation = c, r.CandidateId })
            .Join(db.Candidates, x => x.CandidateId, p => p.Id, (x, p) => new { x.Conversation, p.FirstName, p.LastName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var c = row.Conversation;
        var data = Of(row.FirstName, row.LastName, texts["Stay:Kind:" + c.Kind], c.PlannedOn, c.HeldOn, c.Agenda, c.Attendees, c.Notes);
        return new DocumentSubject(data, $"{row.FirstName} {row.LastName} · {texts["Stay:Kind:" + c.Kind]}", c.ResidentId);
    }

    private static DocumentModel Of(
        string first, string last, string kind, DateOnly? plannedOn, DateOnly? heldOn, string? agenda, string? attendees, string? notes) => new()
    {
        ["resident"] = new DocumentModel { ["first_name"] = first, ["last_name"] = last, ["full_name"] = first + " " + last },
        ["conversation"] = new DocumentModel
        {
            ["kind"] = kind,
            ["planned_on"] = Day(plannedOn),
            ["held_on"] = Day(heldOn),
            ["agenda"] = agenda ?? string.Empty,
            ["attendees"] = attendees ?? string.Empty,
            ["notes"] = notes ?? string.Empty,
        },
    };

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
