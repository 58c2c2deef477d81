using Microsoft.Extensions.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.Finance.Features.Payments;

internal sealed record BankAccountInput(string? Iban, string? Name, string? Bic);

internal sealed record BankAccountView(string? Iban, string? Name, string? Bic);

/// <summary>The organisation's bank account (tenant settings), checked before it is stored: a valid IBAN, a name, a well-formed BIC.</summary>
internal sealed class BankAccountHandler(ISettingProvider settings, IValueManager values, IStringLocalizer<FinanceResource> texts)
{
    public async Task<BankAccountView> GetAsync(CancellationToken ct) => new(
        await settings.GetAsync(FinanceSettings.Iban, ct), await settings.GetAsync(FinanceSettings.AccountName, ct),
        await settings.GetAsync(FinanceSettings.Bic, ct));

    public async Task<BankAccountView> SetAsync(BankAccountInput input, CancellationToken ct)
    {
        var iban = Iban.Normalize(input.Iban);
        var name = Text.Clean(input.Name);
        var bic = Text.Clean(input.Bic)?.ToUpperInvariant();
        Check(iban, name, bic).ThrowIfAny(texts);
        await values.SetTenantValueAsync(FinanceSettings.Iban, iban, ct);
        await values.SetTenantValueAsync(FinanceSettings.AccountName, name, ct);
        await values.SetTenantValueAsync(FinanceSettings.Bic, bic, ct);
        return await GetAsync(ct);
    }

    public static List<RuleError> Check(string iban, string? name, string? bic)
    {
        var errors = new List<RuleError>();
        if (!Iban.IsValid(iban))
        {
            errors.Add(new("Bank:IbanInvalid"));
        }

        if (name is not { Length: <= 70 })
        {
            errors.Add(new("Bank:NameRequired", 70));
        }

        if (bic is not null && (bic.Length is not (8 or 11) || !bic.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new("Bank:BicInvalid"));
        }

        return errors;
    }
}
