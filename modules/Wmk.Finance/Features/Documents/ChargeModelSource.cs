using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmk.Documents.Contracts;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.Documents;

/// <summary>
/// "charge" (subject: a charge's id): <c>resident.*</c> and <c>charge.*</c>, the month's charge with its lines
/// (<c>{{ for line in charge.lines }}</c>), the account and the contract's structured communication.
/// </summary>
internal sealed class ChargeModelSource(FinanceDbContext db, FinanceDocumentData data) : IDocumentModelSource
{
    public string Model => "charge";

    public bool AboutResidents => true;

    public DocumentModel Demo => Build(
        new Charge
        {
            ResidentName = "Sam Peeters", Month = new DateOnly(2026, 12, 1), From = new DateOnly(2026, 12, 1), To = new DateOnly(2026, 12, 31), Total = 262m,
            Lines = [new ChargeLine { Name = "Bezettingsvergoeding", Amount = 110m }, new ChargeLine { Name = "Forfait", Amount = 152m }],
        },
        FinanceDocumentData.DemoResident,
        FinanceDocumentData.Account("BE68 5390 0754 7034", "Woonkans vzw", "+++090/9337/55493+++"));

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var charge = await db.Charges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (charge is null || await data.ResidentAsync(charge.ResidentId, cancellationToken) is not { } resident)
        {
            return null;
        }

        var model = Build(charge, resident, await data.AccountAsync(charge.ContractId, cancellationToken));
        return new DocumentSubject(model, resident.FullName + " " + charge.Month.ToString("MM/yyyy", CultureInfo.InvariantCulture), resident.ResidentId);
    }

    private static DocumentModel Build(Charge charge, ResidentInfo resident, DocumentModel account)
    {
        var model = new DocumentModel
        {
            ["month"] = charge.Month.ToString("MMMM yyyy", WmkCultures.Dutch), ["from"] = FinanceDocumentData.Date(charge.From),
            ["to"] = FinanceDocumentData.Date(charge.To), ["total"] = FinanceDocumentData.Euro(charge.Total),
            ["lines"] = charge.Lines.OrderBy(l => l.Position)
                .Select(l => new DocumentModel { ["name"] = l.Name, ["amount"] = FinanceDocumentData.Euro(l.Amount) }).ToList(),
        };
        return FinanceDocumentData.With(resident, "charge", model, account);
    }
}
