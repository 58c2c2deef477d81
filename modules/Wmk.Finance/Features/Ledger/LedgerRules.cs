namespace Wmk.Finance.Features.Ledger;

/// <summary>Something a resident owes (a month's charge or an extra charge), due on a day. A negative amount is a credit.</summary>
internal sealed record Debit(Guid SourceId, LedgerKind Kind, DateOnly Due, decimal Amount);

/// <summary>The part of a debit that is still unpaid after the payments were applied oldest first.</summary>
internal sealed record OpenItem(Guid SourceId, LedgerKind Kind, DateOnly Due, decimal Amount, decimal Open);

/// <summary>What a ledger line is.</summary>
internal enum LedgerKind
{
    Rent,
    Damage,
    Cleaning,
    Key,
    EnergySettlement,
    Other,
    Payment,
}

/// <summary>The arithmetic of a resident's account: due days and allocating payments to the oldest debts first.</summary>
internal static class LedgerRules
{
    /// <summary>
    /// The day a month's charge is due: the tenant's due day (default the 10th: "due before the 10th") of the charged
    /// month, or the first charged day when the stay starts later in the month.
    /// </summary>
    public static DateOnly RentDue(DateOnly month, DateOnly firstDay, int dueDay)
    {
        var day = Math.Clamp(dueDay, 1, DateTime.DaysInMonth(month.Year, month.Month));
        var due = new DateOnly(month.Year, month.Month, day);
        return firstDay > due ? firstDay : due;
    }

    /// <summary>
    /// Applies <paramref name="credits"/> (payments and credit notes, in total) to the debits oldest due first (then by
    /// id, so the result never depends on the input order) and returns the debits that are not fully paid, with what is
    /// still open. Negative debits are credits and add to <paramref name="credits"/>.
    /// </summary>
    public static IReadOnlyList<OpenItem> Allocate(IEnumerable<Debit> debits, decimal credits)
    {
        var all = debits.ToList();
        var available = credits - all.Where(d => d.Amount < 0).Sum(d => d.Amount);
        var open = new List<OpenItem>();
        foreach (var debit in all.Where(d => d.Amount > 0).OrderBy(d => d.Due).ThenBy(d => d.SourceId))
        {
            var applied = Math.Min(Math.Max(available, 0m), debit.Amount);
            available -= applied;
            if (debit.Amount - applied > 0m)
            {
                open.Add(new OpenItem(debit.SourceId, debit.Kind, debit.Due, debit.Amount, debit.Amount - applied));
            }
        }

        return open;
    }

    /// <summary>Days a debit is overdue on <paramref name="asOf"/> (0 when not yet due).</summary>
    public static int DaysOverdue(DateOnly due, DateOnly asOf) => Math.Max(0, asOf.DayNumber - due.DayNumber);
}
