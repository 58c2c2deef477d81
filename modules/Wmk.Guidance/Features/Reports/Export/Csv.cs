using System.Globalization;
using System.Text;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Features.Reports.Export;

/// <summary>A CSV file as Excel in nl-BE opens it: a UTF-8 byte order mark, ';' between fields, a decimal comma.</summary>
internal static class Csv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(';', row.Select(Quote))).Append("\r\n");
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }

    /// <summary>A whole number, without thousands separators.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One decimal with a comma (12,5); empty for no value.</summary>
    public static string Number(decimal? value) => value?.ToString("0.0", WmkCultures.Dutch) ?? string.Empty;

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Text that a spreadsheet must not run as a formula (a leading =, +, -, @ gets an apostrophe).</summary>
    public static string Text(string value) =>
        value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
