using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Contracts;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Guidance.Contracts;

namespace Wmk.Finance.Features.Documents;

/// <summary>
/// "paymentplan" (subject: a plan's id): <c>resident.*</c> and <c>paymentplan.*</c> (purpose, total, start, number of
/// instalments, <c>{{ for term in paymentplan.terms }}</c> with number, due date and amount), the account and the
/// communication of the resident's contract. The plan's staff note is not in the model.
/// </summary>
internal sealed class PaymentPlanModelSource(FinanceDbContext db, FinanceDocumentData data, IStringLocalizer<FinanceResource> texts) : IDocumentModelSource
{
    public string Model => "paymentplan";

    public bool AboutResidents => true;

    public DocumentModel Demo => Build(
        new PaymentPlan
        {
            ResidentName = "Sam Peeters", Purpose = PlanPurpose.Rent, Total = 300m, StartsOn = new DateOnly(2026, 12, 10),
            Instalments = [new PlanInstalment { Number = 1, Due = new DateOnly(2026, 12, 10), Amount = 150m }, new PlanInstalment { Number = 2, Due = new DateOnly(2027, 1, 10), Amount = 150m }],
        },
        FinanceDocumentData.DemoResident,
        FinanceDocumentData.Account("BE68 5390 0754 7034", "Woonkans vzw", "+++090/9337/55493+++"));

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await db.PaymentPlans.AsNoTracking().Include(p => p.Instalments).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null || await data.ResidentAsync(plan.ResidentId, cancellationToken) is not { } resident)
        {
            return null;
        }

        var model = Build(plan, resident, await data.AccountAsync(resident.ContractId, cancellationToken));
        return new DocumentSubject(model, resident.FullName, resident.ResidentId);
    }

    private DocumentModel Build(PaymentPlan plan, ResidentInfo resident, DocumentModel account)
    {
        var model = new DocumentModel
        {
            ["purpose"] = texts["Purpose:" + plan.Purpose].Value, ["total"] = FinanceDocumentData.Euro(plan.Total),
            ["start_date"] = FinanceDocumentData.Date(plan.StartsOn), ["count"] = plan.Instalments.Count,
            ["terms"] = plan.Instalments.OrderBy(i => i.Number).Select(i => new DocumentModel
            {
                ["number"] = i.Number, ["due_date"] = FinanceDocumentData.Date(i.Due), ["amount"] = FinanceDocumentData.Euro(i.Amount),
            }).ToList(),
        };
        return FinanceDocumentData.With(resident, "paymentplan", model, account);
    }
}
