using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Intake.Checklists;

/// <summary>Rules for editing a checklist: a worded item, and a new order that names each item once.</summary>
internal static class ChecklistRules
{
    public const int MaxText = 300;

    public static List<RuleError> CheckText(string? text)
    {
        var errors = new List<RuleError>();
        var clean = Text.Clean(text);
        if (clean is null)
        {
            errors.Add(new("Checklist:TextRequired"));
        }
        else if (clean.Length > MaxText)
        {
            errors.Add(new("Checklist:TextTooLong", MaxText));
        }

        return errors;
    }

    public static List<RuleError> CheckOrder(IReadOnlyCollection<Guid>? wanted, IReadOnlyCollection<Guid> existing)
    {
        var errors = new List<RuleError>();
        if (wanted is null || wanted.Count != existing.Count || wanted.Distinct().Count() != wanted.Count || !wanted.All(existing.Contains))
        {
            errors.Add(new("Checklist:OrderMismatch"));
        }

        return errors;
    }

    /// <summary>The order after moving one item a place up (-1) or down (+1); unchanged at either end.</summary>
    public static IReadOnlyList<Guid> Move(IReadOnlyList<Guid> order, Guid id, int step)
    {
        var list = order.ToList();
        var at = list.IndexOf(id);
        var to = at + Math.Sign(step);
        if (at < 0 || to < 0 || to >= list.Count)
        {
            return list;
        }

        (list[at], list[to]) = (list[to], list[at]);
        return list;
    }
}
