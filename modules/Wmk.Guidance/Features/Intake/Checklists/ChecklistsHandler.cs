using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Intake.Checklists;

/// <summary>The tenant's target-group and intake checklists: add, reword, reorder, (de)activate items.</summary>
internal sealed class ChecklistsHandler(GuidanceDbContext db, IStringLocalizer<GuidanceResource> texts)
{
    public async Task<IReadOnlyList<ChecklistView>> ListAsync(CancellationToken ct)
    {
        var items = await db.ChecklistItems.AsNoTracking().OrderBy(i => i.Kind).ThenBy(i => i.Position).ToListAsync(ct);
        return [.. Enum.GetValues<ChecklistKind>().Select(k => new ChecklistView(k, [.. items.Where(i => i.Kind == k).Select(ChecklistItemView.Of)]))];
    }

    /// <summary>The items asked in a conversation today: the active ones, in order.</summary>
    public async Task<IReadOnlyList<ChecklistItemView>> ActiveAsync(ChecklistKind kind, CancellationToken ct) =>
        [.. (await db.ChecklistItems.AsNoTracking().Where(i => i.Kind == kind && i.Active).OrderBy(i => i.Position).ToListAsync(ct))
            .Select(ChecklistItemView.Of)];

    public async Task<ChecklistItemView> AddAsync(ChecklistKind kind, ChecklistItemInput input, CancellationToken ct)
    {
        Known(kind);
        ChecklistRules.CheckText(input.Text).ThrowIfAny(texts);
        var last = await db.ChecklistItems.Where(i => i.Kind == kind).MaxAsync(i => (int?)i.Position, ct) ?? 0;
        var item = new ChecklistItem { Kind = kind, Position = last + 1, Text = Text.Clean(input.Text)! };
        db.ChecklistItems.Add(item);
        await db.SaveChangesAsync(ct);
        return ChecklistItemView.Of(item);
    }

    public async Task<ChecklistItemView> UpdateAsync(Guid id, ChecklistItemUpdate input, CancellationToken ct)
    {
        var item = await db.ChecklistItems.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        ChecklistRules.CheckText(input.Text).ThrowIfAny(texts);
        item.Text = Text.Clean(input.Text)!;
        item.Active = input.Active;
        await db.SaveChangesAsync(ct);
        return ChecklistItemView.Of(item);
    }

    public async Task<IReadOnlyList<ChecklistItemView>> ReorderAsync(ChecklistKind kind, ChecklistOrderInput input, CancellationToken ct)
    {
        Known(kind);
        var items = await db.ChecklistItems.Where(i => i.Kind == kind).ToListAsync(ct);
        ChecklistRules.CheckOrder(input.ItemIds, [.. items.Select(i => i.Id)]).ThrowIfAny(texts);
        for (var p = 0; p < input.ItemIds!.Count; p++)
        {
            items.Single(i => i.Id == input.ItemIds[p]).Position = p + 1;
        }

        await db.SaveChangesAsync(ct);
        return [.. items.OrderBy(i => i.Position).Select(ChecklistItemView.Of)];
    }

    /// <summary>Moves an item one place up (-1) or down (+1) in its checklist.</summary>
    public async Task MoveAsync(Guid id, int step, CancellationToken ct)
    {
        var item = await db.ChecklistItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        var order = await db.ChecklistItems.AsNoTracking().Where(i => i.Kind == item.Kind).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync(ct);
        await ReorderAsync(item.Kind, new ChecklistOrderInput(ChecklistRules.Move(order, id, step)), ct);
    }

    private static void Known(ChecklistKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw NotFound();
        }
    }

    private static NotFoundException NotFound() => new(typeof(GuidanceResource), "Checklist:NotFound");
}
