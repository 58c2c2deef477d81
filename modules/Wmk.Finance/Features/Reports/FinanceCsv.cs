using System.Globalization;
using System.Text;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Features.Reports;

/// <summary>A downloadable report file.</summary>
internal sealed record FinanceCsvFile(string FileName, byte[] Content);

/// <summary>CSV for Excel in nl-BE: UTF-8 with a byte order mark, ';' between fields, amounts with a decimal comma and no thousands separator.</summary>
internal static class FinanceCsv
{
    private static readonly Encoding Bom = new UTF8Encoding(true);

    public static byte[] Bytes(IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return [.. Bom.GetPreamble(), .. Bom.GetBytes(builder.ToString())];
    }

    /// <summary>An amount in euros: 1288,46.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", WmkCultures.Dutch);

    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A name or address: a leading =, +, -, @ would run as a formula, so it gets an apostrophe.</summary>
    public static string Name(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Field(string value) =>
        value.Contains(';', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : value;
}
