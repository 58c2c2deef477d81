using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Ending.Exit;

namespace Wmk.Guidance.Tests.Ending;

public sealed class ExitRulesTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);
    private static readonly DateOnly End = new(2027, 5, 31);
    private static readonly DateOnly Today = new(2027, 3, 10);

    private static readonly ExitInput Good = new(
        new DateOnly(2027, 3, 31), Destination.PrivateRental, new DateOnly(2027, 3, 5), true, true, CleaningResult.Ok, null,
        InstallationPremium.AfterExit, [new DateOnly(2027, 4, 15)]);

    private static IEnumerable<string> Keys(ExitInput input, InstallationPremium premium = InstallationPremium.NotUsed) =>
        ExitRules.Check(input, Start, End, premium, Today).Select(e => e.Key);

    [Fact]
    public void A_complete_exit_breaks_no_rule() => Keys(Good).ShouldBeEmpty();

    [Fact]
    public void The_last_day_on_the_contract_end_or_on_the_start_is_allowed()
    {
        ExitRules.Check(Good with { LastDay = End, AftercareContacts = [] }, Start, End, InstallationPremium.NotUsed, End).ShouldBeEmpty();
        ExitRules.Check(Good with { LastDay = Start, ConversationOn = Start, AftercareContacts = [] }, Start, End, InstallationPremium.NotUsed, Start)
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_last_day_is_required_and_lies_between_the_start_and_the_contract_end_and_not_far_ahead()
    {
        Keys(Good with { LastDay = null }).ShouldBe(["Exit:LastDayRequired"]);
        Keys(Good with { LastDay = Start.AddDays(-1), ConversationOn = null, AftercareContacts = [] }).ShouldBe(["Exit:LastDayBeforeStart"]);
        Keys(Good with { LastDay = End.AddDays(1), AftercareContacts = [] }).ShouldBe(["Exit:LastDayAfterEnd"]);
        Keys(Good with { LastDay = Today.AddMonths(1).AddDays(1), AftercareContacts = [] }).ShouldBe(["Exit:LastDayFarAhead"]);
    }

    [Fact]
    public void A_destination_and_a_cleaning_check_with_remarks_when_not_ok_are_required()
    {
        Keys(Good with { Destination = null }).ShouldBe(["Exit:DestinationRequired"]);
        Keys(Good with { Destination = (Destination)99 }).ShouldBe(["Exit:DestinationRequired"]);
        Keys(Good with { Cleaning = null }).ShouldBe(["Exit:CleaningRequired"]);
        Keys(Good with { Cleaning = CleaningResult.Remarks, CleaningRemarks = "  " }).ShouldBe(["Exit:CleaningRemarksRequired"]);
        Keys(Good with { CleaningRemarks = new string('x', 1001) }).ShouldBe(["Exit:RemarksTooLong"]);
    }

    [Fact]
    public void The_conversation_is_not_in_the_future_nor_before_the_start()
    {
        Keys(Good with { ConversationOn = Today.AddDays(1) }).ShouldBe(["Exit:ConversationInFuture"]);
        Keys(Good with { ConversationOn = Start.AddDays(-1) }).ShouldBe(["Exit:ConversationBeforeStart"]);
    }

    [Fact]
    public void Aftercare_contacts_fall_on_or_after_the_last_day_and_are_limited()
    {
        Keys(Good with { AftercareContacts = [new DateOnly(2027, 3, 31), new DateOnly(2027, 3, 30)] }).ShouldBe(["Exit:AftercareBeforeLastDay"]);
        Keys(Good with { AftercareContacts = [.. Enumerable.Range(0, 21).Select(i => new DateOnly(2027, 4, 1).AddDays(i))] })
            .ShouldBe(["Exit:AftercareTooMany"]);
    }

    [Fact]
    public void The_installation_premium_is_received_only_once()
    {
        Keys(Good, InstallationPremium.AtStart).ShouldBe(["Exit:PremiumOnce"]);
        Keys(Good with { InstallationPremium = InstallationPremium.AtStart }, InstallationPremium.AtStart).ShouldBeEmpty();
        Keys(Good with { InstallationPremium = (InstallationPremium)7 }).ShouldBe(["Exit:PremiumUnknown"]);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        Keys(new ExitInput(null, null, null, false, false, null, null, null, null))
            .ShouldBe(["Exit:LastDayRequired", "Exit:DestinationRequired", "Exit:CleaningRequired"]);
    }
}
