using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Onboarding;

namespace Wmk.Guidance.Tests.Stay;

public sealed class OnboardingPlanTests
{
    [Fact]
    public void Every_item_of_the_checklist_is_due_the_set_number_of_days_after_the_start()
    {
        var items = OnboardingPlan.Items(new DateOnly(2027, 2, 15), 21);

        items.Select(i => i.Kind).ShouldBe(
        [
            OnboardingKind.DocumentsSigned, OnboardingKind.EnergyTransfer, OnboardingKind.FamilyInsurance,
            OnboardingKind.AddressRegistration, OnboardingKind.NeighboursInformed, OnboardingKind.WelcomePack,
        ]);
        items.ShouldAllBe(i => i.DueOn == new DateOnly(2027, 3, 8));
        OnboardingPlan.Items(new DateOnly(2028, 2, 15), 21)[0].DueOn.ShouldBe(new DateOnly(2028, 3, 7));
    }

    [Fact]
    public void Family_insurance_and_energy_transfer_are_missing_unless_done_on_or_before_the_first_conversation()
    {
        var day = new DateOnly(2027, 1, 5);
        (OnboardingKind, DateOnly?)[] items =
        [
            (OnboardingKind.FamilyInsurance, day), (OnboardingKind.EnergyTransfer, day.AddDays(1)), (OnboardingKind.WelcomePack, null),
        ];

        OnboardingPlan.MissingOn(items, day).ShouldBe([OnboardingKind.EnergyTransfer]);
        OnboardingPlan.MissingOn(items, day.AddDays(1)).ShouldBeEmpty();
        OnboardingPlan.MissingOn([], day).ShouldBe([OnboardingKind.FamilyInsurance, OnboardingKind.EnergyTransfer]);
    }

    [Fact]
    public void An_item_cannot_be_done_in_the_future()
    {
        var today = new DateOnly(2026, 11, 26);

        OnboardingPlan.CheckDone(today, today).ShouldBeEmpty();
        OnboardingPlan.CheckDone(today.AddDays(1), today).Select(e => e.ToString()).ShouldBe(["Stay:Onboarding:InFuture(27/11/2026)"]);
    }
}
