using System.Globalization;
using System.Text;

namespace Wmk.Testing.Finance;

/// <summary>
/// Writes CODA 2 bank statements for tests and benchmarks: per statement a header, the old balance, one 2.1 record per
/// movement (with a 2.3 record when a name or account is given), the new balance and a trailer whose counts and totals
/// add up. Amounts are euros; a positive amount is a credit.
/// </summary>
public sealed class CodaFileBuilder(string account = "BE68539007547034")
{
    private readonly StringBuilder text = new();
    private readonly List<(decimal Amount, string? Structured, string? Communication, string? Name, string? Iban)> movements = [];
    private (int Number, DateOnly Day, decimal OldBalance)? open;

    /// <summary>Starts a statement (closing the one before).</summary>
    public CodaFileBuilder Statement(int number, DateOnly day, decimal oldBalance = 0m)
    {
        Close();
        open = (number, day, oldBalance);
        return this;
    }

    public CodaFileBuilder Movement(decimal amount, string? structuredDigits = null, string? communication = null, string? name = null, string? iban = null)
    {
        movements.Add((amount, structuredDigits, communication, name, iban));
        return this;
    }

    public string Build()
    {
        Close();
        return text.ToString();
    }

    public byte[] Bytes() => Encoding.Latin1.GetBytes(Build());

    private void Close()
    {
        if (open is not { } s)
        {
            return;
        }

        var day = Date(s.Day);
        var zone = Pad(account, 31) + "   EUR";
        Line("0" + "0000" + day + "725" + "05" + " " + new string(' ', 7) + Pad("TEST", 10) + Pad("WONEN MET KANSEN VZW", 26) + Pad("KREDBEBB", 11)
            + "00123456789" + " " + "00000" + new string(' ', 39) + "2");
        Line("1" + "2" + Num(s.Number, 3) + zone + Money(s.OldBalance) + Date(s.Day.AddDays(-1)) + Pad("WONEN MET KANSEN VZW", 26) + Pad(string.Empty, 35)
            + Num(s.Number, 3));
        var records = 2;
        decimal debit = 0m, credit = 0m;
        for (var i = 0; i < movements.Count; i++)
        {
            var m = movements[i];
            var seq = (i + 1) % 10_000;
            var more = m.Name is not null || m.Iban is not null;
            var communication = m.Structured is { } d ? "1" + Pad("101" + d, 53) : "0" + Pad(m.Communication ?? string.Empty, 53);
            Line("21" + Num(seq, 4) + "0000" + Pad("REF" + (i + 1).ToString(CultureInfo.InvariantCulture), 21) + Money(m.Amount) + day + "00150000"
                + communication + day + Num(s.Number, 3) + "0" + (more ? "1" : "0") + " " + "0");
            if (more)
            {
                Line("23" + Num(seq, 4) + "0000" + Pad(m.Iban ?? string.Empty, 34) + "EUR" + Pad(m.Name ?? string.Empty, 35) + Pad(string.Empty, 43) + "0 0");
                records++;
            }

            records++;
            (debit, credit) = m.Amount < 0 ? (debit - m.Amount, credit) : (debit, credit + m.Amount);
        }

        Line("8" + Num(s.Number, 3) + zone + Money(s.OldBalance + credit - debit) + day + new string(' ', 64) + "0");
        Line("9" + new string(' ', 15) + Num(records, 6) + Money(debit)[1..] + Money(credit)[1..] + new string(' ', 75) + "2");
        movements.Clear();
        open = null;
    }

    private void Line(string record)
    {
        if (record.Length != 128)
        {
            throw new InvalidOperationException($"A CODA record of {record.Length} characters: {record}");
        }

        text.Append(record).Append("\r\n");
    }

    private static string Money(decimal amount) =>
        (amount < 0 ? "1" : "0") + ((long)Math.Round(Math.Abs(amount) * 1000m)).ToString("D15", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("ddMMyy", CultureInfo.InvariantCulture);

    private static string Num(int value, int width) => value.ToString(new string('0', width), CultureInfo.InvariantCulture);

    private static string Pad(string value, int width) => value.Length > width ? value[..width] : value.PadRight(width);
}
