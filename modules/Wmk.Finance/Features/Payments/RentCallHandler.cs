using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Data;
using Wmk.Finance.Features.Charges;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Payments;

/// <summary>A rent call: the month's charge with the organisation's account, the structured communication and the EPC QR text.</summary>
internal sealed record RentCallView(
    Guid ContractId, string ResidentName, DateOnly Month, decimal Amount, IReadOnlyList<ChargeLineView> Lines, string Iban, string Name, string? Bic,
    string Communication, string EpcPayload)
{
    /// <summary>The QR code a banking app scans (a PNG data URI).</summary>
    public string QrImage => EpcQrImage.DataUri(EpcPayload);
}

/// <summary>Payment references and rent calls of contracts (an unknown contract is a 404).</summary>
internal sealed class RentCallHandler(FinanceDbContext db, IOccupancy occupancy, PaymentReferencesHandler references, BankAccountHandler bank)
{
    public async Task<PaymentReferenceView> ReferenceAsync(Guid contractId, CancellationToken ct)
    {
        await KnownAsync(contractId, ct);
        return await references.ForContractAsync(contractId, ct);
    }

    public async Task<RentCallView> GetAsync(Guid contractId, DateOnly month, CancellationToken ct)
    {
        await KnownAsync(contractId, ct);
        var first = ChargeRules.MonthOf(month);
        var charge = await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.ContractId == contractId && c.Month == first, ct)
            ?? throw new NotFoundException(typeof(FinanceResource), "Charge:NotFound", RuleError.Format(first));
        var account = await bank.GetAsync(ct);
        if (!Iban.IsValid(account.Iban) || account.Name is null)
        {
            throw new BusinessRuleException(typeof(FinanceResource), "Bank:NotSet");
        }

        var reference = await references.ForContractAsync(contractId, ct);
        var view = ChargeView.Of(charge);
        return new RentCallView(contractId, charge.ResidentName, first, charge.Total, view.Lines, Iban.Display(account.Iban!), account.Name, account.Bic,
            reference.Communication, EpcQr.Payload(account.Bic, account.Name, account.Iban!, charge.Total, reference.Digits));
    }

    private async Task KnownAsync(Guid contractId, CancellationToken ct)
    {
        if ((await occupancy.ChargeableAsync(DateOnly.MinValue, DateOnly.MaxValue, contractId, ct)).Count == 0)
        {
            throw new NotFoundException(typeof(FinanceResource), "Contract:NotFound");
        }
    }
}
