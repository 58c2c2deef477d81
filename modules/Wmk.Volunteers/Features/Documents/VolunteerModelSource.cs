using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Contracts;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;
using Wmk.Volunteers.Data;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Documents;

/// <summary>
/// "volunteer" (subject: a volunteer's id): <c>volunteer.*</c> (names, e-mail, phone, area, kind, intake date) and
/// <c>duo.*</c>, the running (else the latest) duo: the resident's first name only and the start day (empty without a
/// duo). Nothing of the intake notes, the staff note or the guidance file. Staff with <c>Volunteers.Manage</c> only.
/// </summary>
internal sealed class VolunteerModelSource(
    VolunteersDbContext db, IResidents residents, IPermissionChecker permissions, IStringLocalizer<VolunteersResource> texts) : IDocumentModelSource
{
    public string Model => "volunteer";

    public bool AboutResidents => false;

    public DocumentModel Demo => Build(
        new Volunteer { FirstName = "Lien", LastName = "Claes", Email = "lien@voorbeeld.be", Phone = "0470 12 34 56", Area = "Hoboken", IntakeOn = new DateOnly(2026, 9, 1) },
        "Sam",
        new DateOnly(2026, 10, 1));

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!await permissions.IsGrantedAsync(VolunteersPermissions.Manage, cancellationToken)
            || await db.Volunteers.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } volunteer)
        {
            return null;
        }

        var duo = await db.Trajects.AsNoTracking()
            .Where(t => t.VolunteerId == id && t.StartedOn != null && (t.Status == DuoStatus.Active || t.Status == DuoStatus.Ended))
            .OrderBy(t => t.Status == DuoStatus.Active ? 0 : 1).ThenByDescending(t => t.StartedOn)
            .Select(t => new { t.ResidentId, t.StartedOn }).FirstOrDefaultAsync(cancellationToken);
        var firstName = duo is null ? null : (await residents.ListAsync(new ResidentQuery(Ids: [duo.ResidentId]), cancellationToken)).FirstOrDefault()?.FirstName;
        return new DocumentSubject(Build(volunteer, firstName, duo?.StartedOn), volunteer.FullName, null);
    }

    private DocumentModel Build(Volunteer v, string? residentFirstName, DateOnly? duoStart) => new()
    {
        ["volunteer"] = new DocumentModel
        {
            ["first_name"] = v.FirstName, ["last_name"] = v.LastName, ["full_name"] = v.FullName, ["email"] = v.Email, ["phone"] = v.Phone ?? string.Empty,
            ["area"] = v.Area ?? string.Empty, ["kind"] = texts["Kind:" + v.Kind].Value, ["intake_date"] = Date(v.IntakeOn),
        },
        ["duo"] = new DocumentModel { ["resident_first_name"] = residentFirstName ?? string.Empty, ["start_date"] = Date(duoStart) },
    };

    private static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
}
