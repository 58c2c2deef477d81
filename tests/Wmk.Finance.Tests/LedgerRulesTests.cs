using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wmk.Finance.Features.Ledger;

namespace Wmk.Finance.Tests;

public sealed class LedgerRulesTests
{
    private static readonly DateOnly Jan = new(2026, 1, 1);

    [Fact]
    public void Rent_is_due_on_the_due_day_or_the_first_charged_day_when_later()
    {
        LedgerRules.RentDue(Jan, Jan, 10).ShouldBe(new DateOnly(2026, 1, 10));
        LedgerRules.RentDue(Jan, new DateOnly(2026, 1, 20), 10).ShouldBe(new DateOnly(2026, 1, 20));
        LedgerRules.RentDue(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), 31).ShouldBe(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void Payments_pay_the_oldest_debt_first()
    {
        var old = new Debit(Guid.NewGuid(), LedgerKind.Rent, new DateOnly(2026, 1, 10), 300m);
        var newer = new Debit(Guid.NewGuid(), LedgerKind.Damage, new DateOnly(2026, 2, 3), 50m);

        var open = LedgerRules.Allocate([newer, old], 320m);

        open.Count.ShouldBe(1);
        open[0].SourceId.ShouldBe(newer.SourceId);
        open[0].Open.ShouldBe(30m);
    }

    [Fact]
    public void A_credit_note_counts_as_a_payment()
    {
        var rent = new Debit(Guid.NewGuid(), LedgerKind.Rent, new DateOnly(2026, 1, 10), 300m);
        var settlement = new Debit(Guid.NewGuid(), LedgerKind.EnergySettlement, new DateOnly(2026, 1, 31), -40m);

        LedgerRules.Allocate([rent, settlement], 200m).Single().Open.ShouldBe(60m);
    }

    [Fact]
    public void Days_overdue_start_after_the_due_day()
    {
        LedgerRules.DaysOverdue(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10)).ShouldBe(0);
        LedgerRules.DaysOverdue(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 15)).ShouldBe(5);
        LedgerRules.DaysOverdue(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 1)).ShouldBe(0);
    }

    [Property(MaxTest = 500)]
    public Property Open_amounts_are_what_was_not_paid_and_never_lose_a_cent()
    {
        var amounts = Gen.Choose(-5_000, 60_000).Select(c => c / 100m).ListOf();
        return Prop.ForAll(amounts.ToArbitrary(), Gen.Choose(0, 200_000).Select(c => c / 100m).ToArbitrary(), (list, paid) =>
        {
            var debits = list.Select((a, i) => new Debit(Guid.NewGuid(), LedgerKind.Rent, Jan.AddDays(i), a)).ToList();
            var open = LedgerRules.Allocate(debits, paid);
            var charged = debits.Where(d => d.Amount > 0).Sum(d => d.Amount);
            var credited = paid - debits.Where(d => d.Amount < 0).Sum(d => d.Amount);
            return open.Sum(o => o.Open) == Math.Max(0m, charged - credited)
                && open.All(o => o.Open > 0 && o.Open <= o.Amount)
                && open.Skip(1).All(o => o.Open == o.Amount);
        });
    }
}
