using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Imports;

namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>Imports a CODA file: every movement of every statement, booked on its value day, then matched.</summary>
internal sealed class CodaImportHandler(PaymentImportHandler imports)
{
    public Task<PaymentImportResult> ImportAsync(string? fileName, byte[] content, CancellationToken ct) =>
        imports.ImportAsync(PaymentSource.Coda, fileName, content, Lines, ct);

    /// <summary>The movements of a CODA file as import lines (a structured communication kept only when its check digits are right).</summary>
    public static IReadOnlyList<ImportLine> Lines(byte[] content) =>
    [
        .. CodaParser.Parse(CodaParser.Decode(content)).SelectMany(s => s.Movements.Select(m => new ImportLine(
            s.KeyOf(m), m.ValueDate, m.Amount, m.CounterpartyName, m.CounterpartyAccount,
            m.StructuredDigits is { } d ? StructuredCommunication.Format(d) : m.Communication,
            StructuredCommunication.IsValid(m.StructuredDigits) ? m.StructuredDigits : null))),
    ];
}
