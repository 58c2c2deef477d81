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
/// throws a <see cref="PaymentFileException"/> naming the line; nothing is returned half. Pure: no I/O.
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
        var reader = new Reader(lines, count);
        while (!reader.AtEnd)
        {
            statements.Add(Statement(reader));
        }

        return statements;
    }

    private static CodaStatement Statement(Reader reader)
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
        var body = new Body();
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

    private static string Account(char structure, string zone) => structure switch
    {
        '0' => zone[..12].Trim(),
        '2' => zone[..31].Replace(" ", string.Empty, StringComparison.Ordinal),
        _ => zone[..34].Replace(" ", string.Empty, StringComparison.Ordinal),
    };

    private static decimal Signed(char sign, string digits, int line) => sign switch
    {
        '0' => Amount(digits, line),
        '1' => -Amount(digits, line),
        _ => throw Error("Coda:Sign", line, sign),
    };

    private static decimal Amount(string digits, int line) =>
        digits.All(char.IsAsciiDigit)
            ? decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) / 1000m
            : throw Error("Coda:Amount", line, digits.Trim());

    private static int Number(string digits, int line) =>
        digits.All(char.IsAsciiDigit) ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : throw Error("Coda:Digits", line, digits.Trim());

    private static DateOnly Date(string ddmmyy, int line) =>
        DateOnly.TryParseExact(ddmmyy, "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Error("Coda:Date", line, ddmmyy.Trim());

    private static string? Clean(string value)
    {
        var text = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    private static PaymentFileException Error(string key, params object[] args) => new(new RuleError(key, args));

    /// <summary>The lines of the file with the current position; every record handed out has been checked for its length.</summary>
    private sealed class Reader(string[] lines, int count)
    {
        private int index;

        public int Line => index;

        public bool AtEnd => index >= count;

        public char? Peek() => index < count && lines[index].Length > 0 ? lines[index][0] : null;

        /// <summary>The next record, which must start with <paramref name="type"/> (any type when null).</summary>
        public string Next(char? type)
        {
            if (index >= count)
            {
                throw Error("Coda:Truncated", index);
            }

            var record = lines[index++];
            if (record.Length != RecordLength)
            {
                throw Error("Coda:Length", index, record.Length);
            }

            if (type is { } expected && record[0] != expected)
            {
                throw Error("Coda:Unexpected", index, record[0], expected);
            }

            return record;
        }
    }

    /// <summary>The movement and information records between the old and the new balance.</summary>
    private sealed class Body
    {
        private readonly List<Draft> drafts = [];
        private Draft? current;
        private int sequence;
        private int wraps;
        private string last = "1";

        public decimal Debit { get; private set; }

        public decimal Credit { get; private set; }

        public void Read(string record, int line)
        {
            if (record[0] == '4')
            {
                return;
            }

            switch (record[..2])
            {
                case "21":
                    Movement(record, line);
                    break;
                case "22" or "23":
                    Continuation(record, line);
                    break;
                case "31" or "32" or "33":
                    if (current is null || Number(record[2..6], line) != current.Sequence % 10_000)
                    {
                        throw Error("Coda:Sequence", line, record[2..6], current?.Sequence ?? 0);
                    }

                    break;
                default:
                    throw Error("Coda:Record", line, record[..2].Trim());
            }

            last = record[..2];
        }

        public void Finish(int line)
        {
            if (current is { NextFollows: true })
            {
                throw Error("Coda:Missing", line);
            }
        }

        /// <summary>
        /// The movements to book: a movement without details, or the details (globalisation code 0) of a globalised one.
        /// </summary>
        public IReadOnlyList<CodaMovement> Movements() =>
        [
            .. drafts.GroupBy(d => d.Sequence).SelectMany(g => g.Any(d => d.Detail > 0) ? g.Where(d => d.Detail > 0 && d.Globalisation == '0') : g)
                .Select(d => new CodaMovement(d.Sequence, d.Detail, d.Amount, d.ValueDate, d.EntryDate, d.Structured, Clean(d.Communication.ToString()),
                    d.Name, d.Counterparty, d.Line)),
        ];

        private void Movement(string record, int line)
        {
            if (current is { NextFollows: true })
            {
                throw Error("Coda:Missing", line);
            }

            var seq = Number(record[2..6], line);
            var detail = Number(record[6..10], line);
            var expected = detail == 0 ? (sequence + 1) % 10_000 : sequence;
            if (seq != expected || (detail > 0 && (current is null || detail != (current.Detail + 1) % 10_000)))
            {
                throw Error("Coda:Sequence", line, record[2..6], expected.ToString("0000", CultureInfo.InvariantCulture));
            }

            wraps += detail == 0 && seq == 0 ? 1 : 0;
            sequence = seq;
            var amount = Signed(record[31], record[32..47], line);
            var entry = Date(record[115..121], line);
            var value = record[47..53] == "000000" ? entry : Date(record[47..53], line);
            string? structured = null;
            var communication = new StringBuilder();
            if (record[61] == '1' && record[62..65] is "101" or "102")
            {
                structured = record[65..77];
            }
            else
            {
                communication.Append(record[62..115]);
            }

            current = new Draft((wraps * 10_000) + seq, detail, amount, value, entry, structured, communication, record[124], record[125] == '1', line);
            drafts.Add(current);
            if (detail == 0)
            {
                (Credit, Debit) = amount >= 0 ? (Credit + amount, Debit) : (Credit, Debit - amount);
            }
        }

        private void Continuation(string record, int line)
        {
            if (current is null || Number(record[2..6], line) != current.Sequence % 10_000 || Number(record[6..10], line) != current.Detail
                || !current.NextFollows || (record[1] == '2' && last != "21") || (record[1] == '3' && last is not ("21" or "22")))
            {
                throw Error("Coda:Continuation", line, record[..2]);
            }

            if (record[1] == '2')
            {
                current.Communication.Append(record[10..63]);
            }
            else
            {
                current.Counterparty = Clean(record[10..44])?.Replace(" ", string.Empty, StringComparison.Ordinal);
                current.Name = Clean(record[47..82]);
                current.Communication.Append(record[82..125]);
            }

            current.NextFollows = record[125] == '1';
        }
    }

    private sealed class Draft(
        int sequence, int detail, decimal amount, DateOnly valueDate, DateOnly entryDate, string? structured, StringBuilder communication,
        char globalisation, bool nextFollows, int line)
    {
        public int Sequence => sequence;

        public int Detail => detail;

        public decimal Amount => amount;

        public DateOnly ValueDate => valueDate;

        public DateOnly EntryDate => entryDate;

        public string? Structured => structured;

        public StringBuilder Communication => communication;

        public char Globalisation => globalisation;

        public bool NextFollows { get; set; } = nextFollows;

        public int Line => line;

        public string? Name { get; set; }

        public string? Counterparty { get; set; }
    }
}
