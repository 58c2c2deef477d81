using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmk.Documents.Contracts;
using Wmk.Finance.Data;
using Wmk.Finance.Features.Payments;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Documents;

/// <summary>
/// The shared parts of Finance's document models: the resident (through <see cref="IResidents"/>, so a partner counsellor
/// gets only their own clients), the organisation's account and a contract's structured communication. Dates dd/MM/yyyy,
/// amounts in nl-BE euros.
/// </summary>
internal sealed class FinanceDocumentData(FinanceDbContext db, IResidents residents, IPermissionChecker permissions, BankAccountHandler bank)
{
    public static readonly ResidentInfo DemoResident = new(Guid.Empty, Guid.Empty, "Sam", "Peeters", new DateOnly(2005, 3, 1), "sam@voorbeeld.be",
        null, "An Consulent", "an@caw.be", Guid.Empty, Guid.Empty, new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31), null);

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Euro(decimal amount) => Money.Cents(amount).ToString("C", WmkCultures.Dutch);

    public static DocumentModel Resident(ResidentInfo r) => new()
    {
        ["first_name"] = r.FirstName, ["last_name"] = r.LastName, ["full_name"] = r.FullName, ["email"] = r.Email ?? string.Empty,
        ["counsellor_name"] = r.CounsellorName, ["counsellor_email"] = r.CounsellorEmail ?? string.Empty,
    };

    public static DocumentModel Account(string iban, string beneficiary, string communication) => new()
    {
        ["iban"] = iban, ["beneficiary"] = beneficiary, ["communication"] = communication,
    };

    /// <summary>The whole model: <c>resident.*</c> and the subject's part with the account's fields added to it.</summary>
    public static DocumentModel With(ResidentInfo resident, string name, DocumentModel subject, DocumentModel account)
    {
        foreach (var (field, value) in account)
        {
            subject[field] = value;
        }

        return new DocumentModel { ["resident"] = Resident(resident), [name] = subject };
    }

    /// <summary>The resident when the user may see finance data and this resident (a counsellor: only their own clients).</summary>
    public async Task<ResidentInfo?> ResidentAsync(Guid residentId, CancellationToken ct)
    {
        if (!await permissions.IsGrantedAsync(FinancePermissions.View, ct) && !await permissions.IsGrantedAsync(FinancePermissions.ViewOwnClients, ct))
        {
            return null;
        }

        return (await residents.ListAsync(new ResidentQuery(Ids: [residentId]), ct)).FirstOrDefault();
    }

    /// <summary>The organisation's account (empty texts when not set yet) and the contract's communication (empty when none was made).</summary>
    public async Task<DocumentModel> AccountAsync(Guid? contractId, CancellationToken ct)
    {
        var account = await bank.GetAsync(ct);
        var digits = contractId is { } id
            ? await db.PaymentReferences.AsNoTracking().Where(r => r.ContractId == id).Select(r => r.Digits).FirstOrDefaultAsync(ct)
            : null;
        return Account(Iban.IsValid(account.Iban) ? Iban.Display(account.Iban!) : string.Empty, account.Name ?? string.Empty,
            digits is null ? string.Empty : StructuredCommunication.Format(digits));
    }
}
