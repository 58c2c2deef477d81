using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Matching;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Payments.Entry;

/// <summary>A payment typed in by a person (a deposit at the counter, a line from a paper statement).</summary>
/// <param name="ContractId">The contract it is for, when known: the line is then matched at once.</param>
internal sealed record ManualPaymentInput(
    DateOnly? Day, decimal? Amount, string? CounterpartyName, string? CounterpartyIban, string? Communication, Guid? ContractId);

/// <summary>
/// Records a manual payment: a day (not in the future, at most five years back), an amount above zero and at most
/// € 100.000, a valid IBAN and structured communication when given. With a contract it is matched on that contract's
/// resident (another tenant's or an unknown contract is a 404); without, the matching rules run as for imports.
/// </summary>
internal sealed class ManualPaymentHandler(
    FinanceDbContext db, PaymentMatcher matcher, PaymentViews views, ICurrentUser user, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    public async Task<PaymentView> RecordAsync(ManualPaymentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = Text.Clean(input.CounterpartyName);
        var iban = Text.Clean(input.CounterpartyIban) is { } i ? Iban.Normalize(i) : null;
        var communication = Text.Clean(input.Communication);
        Check(input, name, iban, communication, clock.Today()).ThrowIfAny(texts);
        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            BookedOn = input.Day!.Value, Amount = input.Amount!.Value, Source = PaymentSource.Manual, CounterpartyName = name, CounterpartyIban = iban,
            Communication = communication, RecordedBy = user.Id, RecordedAt = now,
            StructuredDigits = PaymentRules.StructuredDigits(communication) is { } d && StructuredCommunication.IsValid(d) ? d : null,
        };
        if (input.ContractId is { } contractId)
        {
            var resident = await matcher.ResidentOfAsync(contractId, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Payments:ContractNotFound");
            (payment.Status, payment.ContractId, payment.ResidentId, payment.MatchedBy, payment.MatchedAt) =
                (PaymentStatus.Matched, resident.ContractId, resident.ResidentId, user.Id, now);
        }
        else
        {
            await matcher.MatchAsync([payment], ct);
        }

        db.Payments.Add(payment);
        await db.SaveChangesAsync(ct);
        return (await views.OfAsync([payment], ct))[0];
    }

    public static List<RuleError> Check(ManualPaymentInput input, string? name, string? iban, string? communication, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<RuleError>();
        if (input.Day is not { } day || day > today || day < today.AddYears(-5))
        {
            errors.Add(new("Payments:Day", today.AddYears(-5), today));
        }

        if (input.Amount is not { } amount || amount <= 0m || !PaymentRules.AmountOk(amount))
        {
            errors.Add(new("Payments:Amount", PaymentRules.Maximum));
        }

        if (name is { Length: > 200 })
        {
            errors.Add(new("Payments:NameLength", 200));
        }

        if (iban is not null && !Iban.IsValid(iban))
        {
            errors.Add(new("Bank:IbanInvalid"));
        }

        if (communication is { Length: > 500 })
        {
            errors.Add(new("Payments:CommunicationLength", 500));
        }
        else if (communication is not null && (communication.StartsWith("+++", StringComparison.Ordinal) || communication.StartsWith("***", StringComparison.Ordinal)
            || PaymentRules.StructuredDigits(communication) is not null) && !StructuredCommunication.IsValid(PaymentRules.StructuredDigits(communication)))
        {
            errors.Add(new("Payments:StructuredInvalid", communication));
        }

        return errors;
    }
}
