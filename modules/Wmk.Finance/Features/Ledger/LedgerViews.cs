namespace Wmk.Finance.Features.Ledger;

/// <summary>One line of a resident's account, oldest first, with the running balance (positive: the resident owes).</summary>
/// <param name="Detail">The month (charges), the description (extra charges) or the counterparty (payments).</param>
internal sealed record LedgerLine(DateOnly On, LedgerKind Kind, string Detail, decimal Debit, decimal Credit, decimal Balance, Guid SourceId, Guid ContractId);

/// <summary>A resident's (or former resident's) account on a day.</summary>
/// <param name="Balance">Charged minus paid: positive is owed, negative is paid in advance.</param>
/// <param name="Overdue">What is owed and past its due day.</param>
/// <param name="OldestOverdue">The due day of the oldest overdue debt, if any.</param>
internal sealed record ResidentBalance(
    Guid ResidentId, string ResidentName, decimal Charged, decimal Paid, decimal Balance, decimal Overdue, DateOnly? OldestOverdue);

/// <summary>An unpaid debt of a resident on a day (for follow-up and ageing).</summary>
internal sealed record ResidentOpenItem(Guid ResidentId, string ResidentName, Guid ContractId, OpenItem Item, int DaysOverdue);
