using System.Text;
using Wmk.Kernel.Localization;

namespace Wmk.Volunteers.Features.Reports;

/// <summary>A report file as Excel in nl-BE reads it (as the guidance reports): UTF-8 with a BOM, ';' between fields, a decimal comma.</summary>
internal static class VolunteerCsv
{
    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var lines = rows.Select(r => string.Join(';', r.Select(Field)));
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(string.Concat(lines.Select(l => l + "\r\n")))];
    }

    public static string Hours(decimal hours) => hours.ToString("0.00", WmkCultures.Dutch);

    public static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Quotes a field with a separator or quote; a leading formula character gets an apostrophe.</summary>
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) < 0 ? safe : '"' + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
    }
}
