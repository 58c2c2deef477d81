using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Intake.Checklists;

internal sealed record ChecklistItemInput(string? Text);

/// <summary>Rewords an item and switches it on or off.</summary>
internal sealed record ChecklistItemUpdate(string? Text, bool Active);

/// <summary>Every item of one checklist (active or not), in the new order.</summary>
internal sealed record ChecklistOrderInput(IReadOnlyList<Guid>? ItemIds);

internal sealed record ChecklistItemView(Guid Id, ChecklistKind Kind, int Position, string Text, bool Active)
{
    public static ChecklistItemView Of(ChecklistItem i) => new(i.Id, i.Kind, i.Position, i.Text, i.Active);
}

internal sealed record ChecklistView(ChecklistKind Kind, IReadOnlyList<ChecklistItemView> Items);
