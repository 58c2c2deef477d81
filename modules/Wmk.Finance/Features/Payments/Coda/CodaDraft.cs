using System.Text;

namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>A movement being read: its 2.1 record and what its 2.2/2.3 continuations add.</summary>
internal sealed class CodaDraft(
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
