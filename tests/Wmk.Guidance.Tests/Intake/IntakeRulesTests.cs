using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Conversations;

namespace Wmk.Guidance.Tests.Intake;

public sealed class IntakeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Motivation = Guid.NewGuid();
    private static readonly Guid Budget = Guid.NewGuid();
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Bert = Guid.NewGuid();

    [Fact]
    public void A_complete_green_conversation_breaks_no_rule()
    {
        Keys(Input()).ShouldBeEmpty();
    }

    [Fact]
    public void One_red_blocks_acceptance_and_the_message_names_the_red_items()
    {
        var input = Input(budget: AnswerColour.Red);

        var errors = IntakeRules.Check(input, Context());

        errors.Select(e => e.Key).ShouldBe(["Intake:RedBlocks"]);
        errors.Single().Args.ShouldBe(["Budget"]);
        IntakeRules.Overrides(input, Context()).ShouldBeFalse();
    }

    [Fact]
    public void A_red_still_standing_from_the_other_checklist_blocks_acceptance_too()
    {
        var errors = IntakeRules.Check(Input(), Context(earlierReds: ["Dakloos"]));

        errors.Single().Key.ShouldBe("Intake:RedBlocks");
        errors.Single().Args.ShouldBe(["Dakloos"]);
    }

    [Theory]
    [InlineData((int)IntakeOutcome.NotAccepted)]
    [InlineData((int)IntakeOutcome.AnotherConversation)]
    public void A_red_does_not_block_another_outcome_than_acceptance(int outcome)
    {
        Keys(Input(budget: AnswerColour.Red, outcome: (IntakeOutcome)outcome, reason: "Eerst schulden in beeld")).ShouldBeEmpty();
    }

    [Fact]
    public void An_override_with_a_reason_by_someone_allowed_accepts_despite_a_red()
    {
        var input = Input(budget: AnswerColour.Red, overrideReason: "Budgetbeheer loopt via het OCMW");

        Keys(input, Context(mayOverride: true)).ShouldBeEmpty();
        IntakeRules.Overrides(input, Context(mayOverride: true)).ShouldBeTrue();
    }

    [Fact]
    public void An_override_needs_the_permission()
    {
        Keys(Input(budget: AnswerColour.Red, overrideReason: "Toch proberen"), Context(mayOverride: false)).ShouldBe(["Intake:OverrideNotAllowed"]);
    }

    [Fact]
    public void An_override_needs_a_reason_even_with_the_permission()
    {
        Keys(Input(budget: AnswerColour.Red, overrideReason: "   "), Context(mayOverride: true)).ShouldBe(["Intake:RedBlocks"]);
    }

    [Fact]
    public void An_override_reason_without_a_red_is_no_override()
    {
        IntakeRules.Overrides(Input(overrideReason: "Niet nodig"), Context(mayOverride: true)).ShouldBeFalse();
    }

    [Theory]
    [InlineData((int)AnswerColour.Orange)]
    [InlineData((int)AnswerColour.Red)]
    public void Orange_and_red_need_a_remark(int colour)
    {
        var input = Input(budget: (AnswerColour)colour, budgetRemark: " ", outcome: IntakeOutcome.AnotherConversation);

        var errors = IntakeRules.Check(input, Context());

        errors.Select(e => e.Key).ShouldBe(["Intake:RemarkRequired"]);
        errors.Single().Args.ShouldBe(["Budget"]);
    }

    [Fact]
    public void Every_active_item_needs_exactly_one_answer_and_no_answer_may_point_elsewhere()
    {
        var missing = Input() with { Answers = [new AnswerInput(Motivation, AnswerColour.Green, null)] };
        var twice = Input() with { Answers = [.. Input().Answers!, new AnswerInput(Budget, AnswerColour.Green, null)] };
        var unknown = Input() with { Answers = [.. Input().Answers!, new AnswerInput(Guid.NewGuid(), AnswerColour.Green, null)] };
        var colourless = Input() with { Answers = [new AnswerInput(Motivation, AnswerColour.Green, null), new AnswerInput(Budget, 0, null)] };

        Keys(missing).ShouldBe(["Intake:AnswerMissing"]);
        Keys(twice).ShouldBe(["Intake:AnswerMissing"]);
        Keys(unknown).ShouldBe(["Intake:UnknownItem"]);
        Keys(colourless).ShouldBe(["Intake:AnswerMissing"]);
    }

    [Fact]
    public void Two_different_active_staff_members_hold_the_conversation()
    {
        var stranger = Guid.NewGuid();

        Keys(Input() with { SecondStaffAccountId = null }).ShouldBe(["Intake:TwoStaffRequired"]);
        Keys(Input() with { SecondStaffAccountId = Ann }).ShouldBe(["Intake:StaffDifferent"]);
        Keys(Input() with { SecondStaffAccountId = stranger }).ShouldBe(["Intake:NotStaff"]);
    }

    [Fact]
    public void The_date_lies_between_the_referral_and_today_both_included()
    {
        var referred = new DateOnly(2026, 4, 1);

        Keys(Input() with { HeldOn = Today }, Context(referredOn: referred)).ShouldBeEmpty();
        Keys(Input() with { HeldOn = referred }, Context(referredOn: referred)).ShouldBeEmpty();
        Keys(Input() with { HeldOn = Today.AddDays(1) }, Context(referredOn: referred)).ShouldBe(["Intake:DateInFuture"]);
        Keys(Input() with { HeldOn = referred.AddDays(-1) }, Context(referredOn: referred)).ShouldBe(["Intake:DateBeforeReferral"]);
    }

    [Fact]
    public void The_outcome_needs_a_next_step_and_not_accepted_needs_a_reason()
    {
        Keys(Input() with { Outcome = 0 }).ShouldBe(["Intake:OutcomeRequired"]);
        Keys(Input() with { NextStep = " " }).ShouldBe(["Intake:NextStepRequired"]);
        Keys(Input(outcome: IntakeOutcome.NotAccepted)).ShouldBe(["Intake:ReasonRequired"]);
        Keys(Input() with { Kind = 0 }).ShouldBe(["Intake:KindRequired"]);
    }

    [Fact]
    public void The_get_to_know_conversation_answers_the_target_group_checklist_and_the_intake_the_intake_checklist()
    {
        IntakeRules.ChecklistOf(IntakeKind.GetToKnow).ShouldBe(ChecklistKind.TargetGroup);
        IntakeRules.ChecklistOf(IntakeKind.Intake).ShouldBe(ChecklistKind.Intake);
    }

    private static IReadOnlyList<string> Keys(IntakeInput input, IntakeContext? context = null) =>
        [.. IntakeRules.Check(input, context ?? Context()).Select(e => e.Key)];

    private static IntakeContext Context(bool mayOverride = false, IReadOnlyList<string>? earlierReds = null, DateOnly? referredOn = null) =>
        new(Today, referredOn ?? new DateOnly(2026, 4, 1), [(Motivation, "Motivatie"), (Budget, "Budget")], [Ann, Bert], earlierReds ?? [], mayOverride);

    private static IntakeInput Input(
        AnswerColour budget = AnswerColour.Green, string? budgetRemark = "Opmerking", IntakeOutcome outcome = IntakeOutcome.Accepted,
        string? reason = null, string? overrideReason = null) =>
        new(IntakeKind.Intake, Today, Ann, Bert, null,
            [new AnswerInput(Motivation, AnswerColour.Green, null), new AnswerInput(Budget, budget, budgetRemark)], outcome, "Matching", reason, overrideReason);
}
