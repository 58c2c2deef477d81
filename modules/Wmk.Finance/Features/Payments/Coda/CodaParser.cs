using System.Globalization;
using System.Text;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>
/// Reads CODA 2.x bank statements (Febelfin "gecodeerde berichtgeving"): fixed records of 128 characters, per statement
/// 0 header, 1 old balance, 2.1/2.2/2.3 movements, 3.x information, 4 free communication, 8 new balance and 9 trailer.
/// Checks every record's length, the order of the records, the movements' sequence and detail numbers, the trailer's
/// record count and debit/credit totals, and that the old balance plus the movements is the new balance. Any break
/// throws a <see cref="PaymentFileException"/> naming the line; nothing is returned half. Pure: no I/O. The records are
/// handed out by <see cref="CodaReader"/>; the movements and their continuations are read by <see cref="CodaBody"/>.
/// </summary>
internal static class CodaParser
{
    public const int RecordLength = 128;

    /// <summary>The text of a CODA file: UTF-8 when the bytes are valid UTF-8, otherwise Latin-1 (the banks' usual encoding).</summary>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    /// <summary>The statements of the file, in file order.</summary>
    public static IReadOnlyList<CodaStatement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }

        if (count == 0)
        {
            throw Error("Coda:Empty");
        }

        var statements = new List<CodaStatement>();
        var reader = new CodaReader(lines, count);
        while (!reader.AtEnd)
        {
            statements.Add(Statement(reader));
        }

        return statements;
    }

    private static CodaStatement Statement(CodaReader reader)
    {
        var header = reader.Next('0');
        if (header[127] != '2')
        {
            throw Error("Coda:Version", reader.Line, header[127]);
        }

        var old = reader.Next('1');
        var oldLine = reader.Line;
        var account = Account(old[1], old[5..42]);
        var oldBalance = Signed(old[42], old[43..58], oldLine);
        var oldDate = Date(old[58..64], oldLine);
        var number = Number(old[125..128], oldLine) is var coded and > 0 ? coded : Number(old[2..5], oldLine);
        var records = 1;
        var body = new CodaBody();
        string record;
        while (true)
        {
            record = reader.Next(null);
            if (record[0] == '8')
            {
                break;
            }

            records += record[0] is '2' or '3' ? 1 : 0;
            body.Read(record, reader.Line);
        }

        body.Finish(reader.Line);
        records++;
        var newLine = reader.Line;
        var newBalance = Signed(record[41], record[42..57], newLine);
        var newDate = Date(record[57..63], newLine);
        if (oldBalance + body.Credit - body.Debit != newBalance)
        {
            throw Error("Coda:Balance", newLine, oldBalance + body.Credit - body.Debit, newBalance);
        }

        while (reader.Peek() == '4')
        {
            reader.Next('4');
        }

        var trailer = reader.Next('9');
        var trailerLine = reader.Line;
        if (Number(trailer[16..22], trailerLine) != records)
        {
            throw Error("Coda:Count", trailerLine, Number(trailer[16..22], trailerLine), records);
        }

        if (Amount(trailer[22..37], trailerLine) != body.Debit || Amount(trailer[37..52], trailerLine) != body.Credit)
        {
            throw Error("Coda:Totals", trailerLine);
        }

        return new CodaStatement(account, number, oldDate, oldBalance, newDate, newBalance, body.Movements());
    }

    internal static string Account(char structure, string zone) => structure switch
    {
        '0' => zone[..12].Trim(),
        '2' => zone[..31].Replace(" ", string.Empty, StringComparison.Ordinal),
        _ => zone[..34].Replace(" ", string.Empty, StringComparison.Ordinal),
    };

    internal static decimal Signed(char sign, string digits, int line) => sign switch
    {
        '0' => Amount(digits, line),
        '1' => -Amount(digits, line),
        _ => throw Error("Coda:Sign", line, sign),
    };

    internal static decimal Amount(string digits, int line) =>
        digits.All(char.IsAsciiDigit)
            ? decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) / 1000m
            : throw Error("Coda:Amount", line, digits.Trim());

    internal static int Number(string digits, int line) =>
        digits.All(char.IsAsciiDigit) ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : throw Error("Coda:Digits", line, digits.Trim());

    internal static DateOnly Date(string ddmmyy, int line) =>
        DateOnly.TryParseExact(ddmmyy, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Error("Coda:Date", line, ddmmyy.Trim());

    internal static string? Clean(string value)
    {
        var text = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    internal static PaymentFileException Error(string key, params object[] args) => new(new RuleError(key, args));
}
