using static Wmk.Finance.Features.Payments.Coda.CodaParser;

namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>The lines of the file with the current position; every record handed out has been checked for its length.</summary>
internal sealed class CodaReader(string[] lines, int count)
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
