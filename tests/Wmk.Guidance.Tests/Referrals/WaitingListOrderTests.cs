using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.WaitingList;

namespace Wmk.Guidance.Tests.Referrals;

public sealed class WaitingListOrderTests
{
    private static readonly Guid Shelter = Guid.NewGuid();
    private static readonly Guid Caw = Guid.NewGuid();
    private static readonly DateTimeOffset Nine = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static WaitingEntry Entry(string name, Guid? partner, int day, CandidateStatus status = CandidateStatus.Waiting, int minute = 0) =>
        new(Id(name), partner, status, new DateOnly(2026, 1, day), Nine.AddDays(day - 1).AddMinutes(minute));

    private static Guid Id(string name) => new(name.PadLeft(32, '0'));

    private static string[] Order(IEnumerable<WaitingEntry> entries, params PriorityQuota[] quotas) =>
        [.. WaitingListOrder.Rank(entries, quotas).Select(r => r.Entry.CandidateId.ToString("N").TrimStart('0'))];

    [Fact]
    public void Without_priority_the_list_is_ordered_by_referral_date_then_moment()
    {
        var entries = new[] { Entry("c", Caw, 3), Entry("a", Caw, 1, minute: 30), Entry("b", null, 1, minute: 10) };

        Order(entries).ShouldBe(["b", "a", "c"]);
        WaitingListOrder.Rank(entries, []).Select(r => r.Position).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void A_priority_partner_under_its_cap_goes_first_for_as_many_places_as_it_has_left()
    {
        var entries = new[] { Entry("a", Caw, 1), Entry("b", Shelter, 2), Entry("c", Caw, 3), Entry("d", Shelter, 4), Entry("e", Shelter, 5) };

        var ranked = WaitingListOrder.Rank(entries, [new PriorityQuota(Shelter, Cap: 10, Held: 8)]);

        ranked.Select(r => r.Entry.CandidateId).ShouldBe([Id("b"), Id("d"), Id("a"), Id("c"), Id("e")]);
        ranked.Select(r => r.HasPriority).ShouldBe([true, true, false, false, false]);
        ranked.Select(r => r.Position).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    public void A_priority_partner_at_or_over_its_cap_waits_by_referral_date(int held)
    {
        var entries = new[] { Entry("a", Caw, 1), Entry("b", Shelter, 2) };

        Order(entries, new PriorityQuota(Shelter, 10, held)).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void An_invited_priority_candidate_already_holds_its_place_and_stays_in_front()
    {
        var entries = new[] { Entry("a", Caw, 1), Entry("b", Shelter, 2, CandidateStatus.Invited), Entry("c", Shelter, 3) };

        Order(entries, new PriorityQuota(Shelter, 10, 10)).ShouldBe(["b", "a", "c"]);
    }

    [Fact]
    public void A_partner_without_priority_gets_no_place_in_front_and_an_invited_candidate_keeps_its_date()
    {
        var entries = new[] { Entry("a", Shelter, 1), Entry("b", Caw, 2, CandidateStatus.Invited) };

        Order(entries, new PriorityQuota(Shelter, 0, 0)).ShouldBe(["a", "b"]);
    }
}
