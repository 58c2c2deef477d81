using Wmk.Guidance.Features.Stay.Conversations;

namespace Wmk.Guidance.Tests.Stay;

public sealed class ConversationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void The_first_interim_conversation_falls_the_set_number_of_days_after_the_start_across_a_month_end()
    {
        ConversationRules.FirstOn(new DateOnly(2026, 12, 15), 21).ShouldBe(new DateOnly(2027, 1, 5));
        ConversationRules.FirstOn(new DateOnly(2028, 2, 10), 21).ShouldBe(new DateOnly(2028, 3, 2));
    }

    [Theory]
    [InlineData("2027-01-31", 3, "2027-04-30")]
    [InlineData("2026-11-30", 3, "2027-02-28")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2027-11-29", 3, "2028-02-29")]
    [InlineData("2026-10-31", 1, "2026-11-30")]
    [InlineData("2026-12-15", 3, "2027-03-15")]
    [InlineData("2027-05-31", 6, "2027-11-30")]
    public void The_next_conversation_is_at_most_the_interval_later_on_the_same_day_or_the_month_end(string held, int months, string latest) =>
        ConversationRules.LatestNext(DateOnly.Parse(held), months).ShouldBe(DateOnly.Parse(latest));

    [Fact]
    public void The_next_regular_conversation_is_the_day_asked_or_the_latest_day_and_none_after_the_contract_end()
    {
        var held = new DateOnly(2027, 1, 31);
        var end = new DateOnly(2027, 12, 20);

        ConversationRules.NextPlanned(held, 3, null, end).ShouldBe(new DateOnly(2027, 4, 30));
        ConversationRules.NextPlanned(held, 3, new DateOnly(2027, 3, 1), end).ShouldBe(new DateOnly(2027, 3, 1));
        ConversationRules.NextPlanned(new DateOnly(2027, 10, 1), 3, null, end).ShouldBeNull();
        ConversationRules.NextPlanned(new DateOnly(2027, 9, 20), 3, null, end).ShouldBe(end);
    }

    [Fact]
    public void A_conversation_held_today_with_an_agenda_and_a_next_date_within_the_interval_is_valid()
    {
        var latest = ConversationRules.LatestNext(Today, 3);

        ConversationRules.CheckHeld(Today, Today, Today.AddDays(-21), "Begeleidingsclausule", latest, latest).ShouldBeEmpty();
    }

    [Fact]
    public void A_conversation_in_the_future_before_the_start_without_agenda_or_with_a_late_next_date_names_each_problem()
    {
        var held = Today.AddDays(1);
        var latest = ConversationRules.LatestNext(held, 3);

        var errors = ConversationRules.CheckHeld(held, Today, Today.AddDays(2), "  ", latest.AddDays(1), latest);

        errors.Select(e => e.ToString()).ShouldBe(
        [
            "Stay:Conversation:InFuture(27/11/2026)",
            "Stay:Conversation:BeforeStart(28/11/2026)",
            "Stay:Conversation:AgendaRequired()",
            "Stay:Conversation:NextOutOfRange(27/11/2026, 27/02/2027)",
        ]);
    }

    [Fact]
    public void The_next_conversation_cannot_be_on_the_day_held_itself()
    {
        ConversationRules.CheckHeld(Today, Today, Today.AddDays(-30), "Doelen", Today, Today.AddMonths(3)).Select(e => e.Key)
            .ShouldBe(["Stay:Conversation:NextOutOfRange"]);
    }
}
