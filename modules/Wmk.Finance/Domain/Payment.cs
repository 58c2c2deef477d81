using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>Where a payment line came from.</summary>
internal enum PaymentSource
{
    Manual,
    Csv,
    Coda,
}

/// <summary>How far a payment line is matched to a contract.</summary>
internal enum PaymentStatus
{
    /// <summary>In the queue of unmatched lines: nobody knows yet whose it is.</summary>
    Unmatched,

    /// <summary>A contract is proposed (by amount and name) and waits for a person to confirm it.</summary>
    Suggested,

    /// <summary>Booked on a contract and its resident: counts in the ledger.</summary>
    Matched,

    /// <summary>Not a resident's payment (e.g. a transfer between own accounts); kept with a reason.</summary>
    Ignored,
}

/// <summary>
/// A received (positive) or returned (negative) amount on the organisation's account. Only <see cref="PaymentStatus.Matched"/>
/// payments count in a resident's ledger. The concurrency stamp makes two people matching the same line at once see that
/// one of them was first.
/// </summary>
internal sealed class Payment : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The booking day on the account (the value day for CODA lines).</summary>
    public DateOnly BookedOn { get; set; }

    public decimal Amount { get; set; }

    public PaymentSource Source { get; set; }

    public PaymentStatus Status { get; set; }

    public string? CounterpartyName { get; set; }

    public string? CounterpartyIban { get; set; }

    /// <summary>The free communication as received.</summary>
    public string? Communication { get; set; }

    /// <summary>The twelve digits of a structured communication, when the line carried one.</summary>
    public string? StructuredDigits { get; set; }

    /// <summary>The contract the payment is booked on (matched) or proposed for (suggested).</summary>
    public Guid? ContractId { get; set; }

    /// <summary>The resident of <see cref="ContractId"/> (set together with it).</summary>
    public Guid? ResidentId { get; set; }

    /// <summary>The import the line came from, if any.</summary>
    public Guid? ImportId { get; set; }

    /// <summary>A key of the line within its source (unique per tenant): importing the same statement twice adds nothing.</summary>
    public string? ExternalKey { get; set; }

    /// <summary>A person's note (why ignored, what was agreed, ...).</summary>
    public string? Note { get; set; }

    public Guid? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Who matched, confirmed or ignored the line, and when (null for automatic matches).</summary>
    public Guid? MatchedBy { get; set; }

    public DateTimeOffset? MatchedAt { get; set; }
}

/// <summary>One imported file (CSV or CODA): the same file (hash) is refused the second time.</summary>
internal sealed class PaymentImport : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public PaymentSource Source { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file, hex (unique per tenant).</summary>
    public required string FileHash { get; set; }

    public int Lines { get; set; }

    public int Matched { get; set; }

    public Guid? ImportedBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
