using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Payments.Csv;

/// <summary>How to read a bank's CSV export (the saved <see cref="Domain.CsvMapping"/>); columns are 1-based.</summary>
internal sealed record CsvLayout(
    char Delimiter, bool HasHeader, int DateColumn, int AmountColumn, int? NameColumn, int? IbanColumn, int? CommunicationColumn,
    string DateFormat, bool DecimalComma)
{
    public int Columns => new[] { DateColumn, AmountColumn, NameColumn ?? 0, IbanColumn ?? 0, CommunicationColumn ?? 0 }.Max();
}

/// <summary>One payment line of a CSV file, with its key: a hash of the mapped fields and the how-many-th such line it is.</summary>
internal sealed record CsvPaymentRow(int Line, DateOnly Day, decimal Amount, string? Name, string? Iban, string? Communication, string Key);

/// <summary>
/// Reads payment lines from CSV text with a column layout. Every line must have the mapped columns, a date in the
/// layout's format and an amount (not zero, at most € 100.000); the first bad line throws a
/// <see cref="PaymentFileException"/> with its number and the reason, so a file is taken whole or not at all. Pure.
/// </summary>
internal static class CsvPaymentParser
{
    public static IReadOnlyList<CsvPaymentRow> Parse(string text, CsvLayout layout)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var rows = new List<CsvPaymentRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = layout.HasHeader ? 1 : 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var row = Row(Fields(lines[i], layout.Delimiter, i + 1), layout, i + 1);
            var hash = Hash(row);
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            rows.Add(row with { Key = $"CSV:{hash}:{seen[hash]}" });
        }

        return rows.Count > 0 ? rows : throw Error("Csv:Empty");
    }

    /// <summary>The fields of one line; a field in double quotes may hold the delimiter and doubled quotes.</summary>
    public static IReadOnlyList<string> Fields(string line, char delimiter, int number)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw Error("Csv:Quote", number);
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>An amount written 1.288,46 (decimal comma) or 1288.46, optionally with € or EUR; null when it is no amount.</summary>
    public static decimal? Amount(string text, bool decimalComma)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = text.Replace("€", string.Empty, StringComparison.Ordinal).Replace("EUR", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        clean = decimalComma ? clean.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : clean.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }

    private static CsvPaymentRow Row(IReadOnlyList<string> fields, CsvLayout layout, int line)
    {
        if (fields.Count < layout.Columns)
        {
            throw Error("Csv:Columns", line, fields.Count, layout.Columns);
        }

        var dayText = fields[layout.DateColumn - 1].Trim();
        if (!DateOnly.TryParseExact(dayText, layout.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw Error("Csv:Date", line, dayText, layout.DateFormat);
        }

        var amountText = fields[layout.AmountColumn - 1].Trim();
        if (Amount(amountText, layout.DecimalComma) is not { } amount)
        {
            throw Error("Csv:Amount", line, amountText);
        }

        if (!PaymentRules.AmountOk(amount))
        {
            throw Error("Csv:AmountRange", line, amountText);
        }

        return new CsvPaymentRow(line, day, amount, Field(fields, layout.NameColumn), Field(fields, layout.IbanColumn)?.Replace(" ", string.Empty, StringComparison.Ordinal),
            Field(fields, layout.CommunicationColumn), string.Empty);
    }

    private static string? Field(IReadOnlyList<string> fields, int? column) => column is { } c ? Text.Clean(fields[c - 1]) : null;

    private static string Hash(CsvPaymentRow row)
    {
        var text = string.Join('\u001F', row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            row.Name, row.Iban, row.Communication);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..40];
    }

    private static PaymentFileException Error(string key, params object[] args) => new(new RuleError(key, args));
}
