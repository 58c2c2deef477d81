using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.Status;

namespace Wmk.Guidance.Tests.Referrals;

public sealed class StatusRulesTests
{
    [Theory]
    [InlineData("Waiting", "Invited", true)]
    [InlineData("OnHold", "Invited", false)]
    [InlineData("Waiting", "OnHold", true)]
    [InlineData("Invited", "OnHold", true)]
    [InlineData("OnHold", "Withdrawn", true)]
    [InlineData("Withdrawn", "Waiting", false)]
    [InlineData("Invited", "Waiting", true)]
    [InlineData("Accepted", "Withdrawn", false)]
    [InlineData("Waiting", "Accepted", false)]
    public void Staff_move_candidates_only_along_the_waiting_list_steps(string from, string to, bool allowed) =>
        StatusRules.Check(Enum.Parse<CandidateStatus>(from), Enum.Parse<CandidateStatus>(to), "Reden").Any(e => e.Key == "Referral:StatusNotAllowed").ShouldBe(!allowed);

    [Theory]
    [InlineData("OnHold", null, true)]
    [InlineData("Withdrawn", "  ", true)]
    [InlineData("Withdrawn", "Verhuisd", false)]
    [InlineData("Invited", null, false)]
    public void Putting_on_hold_and_withdrawing_need_a_reason(string to, string? reason, bool missing) =>
        StatusRules.Check(CandidateStatus.Waiting, Enum.Parse<CandidateStatus>(to), reason).Any(e => e.Key == "Referral:ReasonRequired").ShouldBe(missing);

    [Fact]
    public void A_reason_is_bounded() =>
        StatusRules.Check(CandidateStatus.Waiting, CandidateStatus.OnHold, new string('r', 501)).Select(e => e.Key).ShouldBe(["Referral:ReasonTooLong"]);
}
