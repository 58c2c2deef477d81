using System.Globalization;
using System.Text;
using static Wmk.Finance.Features.Payments.Coda.CodaParser;

namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>The movement and information records between the old and the new balance.</summary>
internal sealed class CodaBody
{
    private readonly List<CodaDraft> drafts = [];
    private CodaDraft? current;
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

        current = new CodaDraft((wraps * 10_000) + seq, detail, amount, value, entry, structured, communication, record[124], record[125] == '1', line);
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
