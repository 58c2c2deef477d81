using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Payments.Csv;

/// <summary>The tenant's CSV column mapping (as edited and shown).</summary>
internal sealed record CsvMappingInput(
    string? Delimiter, bool HasHeader, int DateColumn, int AmountColumn, int? NameColumn, int? IbanColumn, int? CommunicationColumn,
    string? DateFormat, bool DecimalComma);

/// <summary>Saves the tenant's CSV mapping and imports CSV files with it.</summary>
internal sealed class CsvImportHandler(
    FinanceDbContext db, PaymentImportHandler imports, ICurrentUser user, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    private static readonly string[] Delimiters = [";", ",", "\t", "|"];

    /// <summary>The saved mapping, or null when the tenant has none yet.</summary>
    public async Task<CsvMappingInput?> MappingAsync(CancellationToken ct) =>
        await db.CsvMappings.AsNoTracking().SingleOrDefaultAsync(ct) is { } m
            ? new(m.Delimiter, m.HasHeader, m.DateColumn, m.AmountColumn, m.NameColumn, m.IbanColumn, m.CommunicationColumn, m.DateFormat, m.DecimalComma)
            : null;

    public async Task<CsvMappingInput> SaveMappingAsync(CsvMappingInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var delimiter = input.Delimiter is "\\t" or "tab" ? "\t" : input.Delimiter ?? string.Empty;
        var format = Text.Clean(input.DateFormat) ?? string.Empty;
        Check(input, delimiter, format).ThrowIfAny(texts);
        var mapping = await db.CsvMappings.SingleOrDefaultAsync(ct);
        if (mapping is null)
        {
            mapping = new CsvMapping();
            db.CsvMappings.Add(mapping);
        }

        (mapping.Delimiter, mapping.HasHeader, mapping.DateColumn, mapping.AmountColumn, mapping.NameColumn, mapping.IbanColumn,
            mapping.CommunicationColumn, mapping.DateFormat, mapping.DecimalComma, mapping.UpdatedBy, mapping.UpdatedAt) =
            (delimiter, input.HasHeader, input.DateColumn, input.AmountColumn, input.NameColumn, input.IbanColumn, input.CommunicationColumn, format,
                input.DecimalComma, user.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (await MappingAsync(ct))!;
    }

    public async Task<PaymentImportResult> ImportAsync(string? fileName, byte[] content, CancellationToken ct)
    {
        var layout = await MappingAsync(ct) is { } m
            ? new CsvLayout(m.Delimiter![0], m.HasHeader, m.DateColumn, m.AmountColumn, m.NameColumn, m.IbanColumn, m.CommunicationColumn, m.DateFormat!, m.DecimalComma)
            : throw new BusinessRuleException(typeof(FinanceResource), "Csv:NoMapping");
        return await imports.ImportAsync(PaymentSource.Csv, fileName, content, c => Lines(c, layout), ct);
    }

    /// <summary>The rows of a CSV file as import lines (a communication that is a valid structured one also gives its digits).</summary>
    public static IReadOnlyList<ImportLine> Lines(byte[] content, CsvLayout layout) =>
    [
        .. CsvPaymentParser.Parse(Encoding.UTF8.GetString(content), layout).Select(r => new ImportLine(
            r.Key, r.Day, r.Amount, r.Name, r.Iban, r.Communication,
            PaymentRules.StructuredDigits(r.Communication) is { } d && StructuredCommunication.IsValid(d) ? d : null)),
    ];

    public static List<RuleError> Check(CsvMappingInput input, string delimiter, string format)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<RuleError>();
        if (!Delimiters.Contains(delimiter))
        {
            errors.Add(new("Csv:Delimiter"));
        }

        int?[] columns = [input.DateColumn, input.AmountColumn, input.NameColumn, input.IbanColumn, input.CommunicationColumn];
        if (columns.Any(c => c is < 1 or > 50))
        {
            errors.Add(new("Csv:ColumnRange", 50));
        }

        if (columns.OfType<int>().GroupBy(c => c).Any(g => g.Count() > 1))
        {
            errors.Add(new("Csv:ColumnTwice"));
        }

        if (format.Length is 0 or > 20 || !format.Contains('d', StringComparison.Ordinal) || !format.Contains('M', StringComparison.Ordinal)
            || !format.Contains('y', StringComparison.Ordinal))
        {
            errors.Add(new("Csv:DateFormat"));
        }

        return errors;
    }
}
