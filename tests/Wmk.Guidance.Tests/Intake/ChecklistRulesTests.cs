using Wmk.Guidance.Features.Intake.Checklists;

namespace Wmk.Guidance.Tests.Intake;

public sealed class ChecklistRulesTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid C = Guid.NewGuid();

    [Fact]
    public void An_item_has_a_text_of_at_most_300_characters()
    {
        ChecklistRules.CheckText("Motivatie").ShouldBeEmpty();
        ChecklistRules.CheckText("  ").Single().Key.ShouldBe("Checklist:TextRequired");
        ChecklistRules.CheckText(new string('x', 301)).Single().Key.ShouldBe("Checklist:TextTooLong");
    }

    [Fact]
    public void A_new_order_names_every_item_once()
    {
        ChecklistRules.CheckOrder([C, A, B], [A, B, C]).ShouldBeEmpty();
        ChecklistRules.CheckOrder([A, B], [A, B, C]).Single().Key.ShouldBe("Checklist:OrderMismatch");
        ChecklistRules.CheckOrder([A, A, B], [A, B, C]).Single().Key.ShouldBe("Checklist:OrderMismatch");
        ChecklistRules.CheckOrder([A, B, Guid.NewGuid()], [A, B, C]).Single().Key.ShouldBe("Checklist:OrderMismatch");
        ChecklistRules.CheckOrder(null, [A]).Single().Key.ShouldBe("Checklist:OrderMismatch");
    }

    [Fact]
    public void Moving_swaps_with_the_neighbour_and_stops_at_either_end()
    {
        ChecklistRules.Move([A, B, C], B, -1).ShouldBe([B, A, C]);
        ChecklistRules.Move([A, B, C], B, 1).ShouldBe([A, C, B]);
        ChecklistRules.Move([A, B, C], A, -1).ShouldBe([A, B, C]);
        ChecklistRules.Move([A, B, C], C, 1).ShouldBe([A, B, C]);
    }
}
