using System.Globalization;

namespace Wmk.Finance.Features.Payments;

/// <summary>
/// The text of an EPC QR code (EPC069-12, version 002, UTF-8, SEPA credit transfer): BIC, beneficiary, IBAN, amount and
/// the structured reference (the twelve digits of the structured communication), no free text beside it.
/// </summary>
internal static class EpcQr
{
    public static string Payload(string? bic, string name, string iban, decimal amount, string referenceDigits) =>
        string.Join('\n',
            "BCD", "002", "1", "SCT", bic ?? string.Empty, Truncate(name, 70), iban,
            "EUR" + amount.ToString("0.00", CultureInfo.InvariantCulture), string.Empty, referenceDigits);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
