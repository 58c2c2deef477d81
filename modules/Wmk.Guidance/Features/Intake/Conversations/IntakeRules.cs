using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Intake.Conversations;

/// <summary>
/// The intake rules: a conversation on a day between the referral and today, held by two different active staff
/// members, an answer to every active item (red and orange with a remark), an outcome with its next step, and
/// <b>one red blocks acceptance</b> unless someone with the override permission gives a reason.
/// </summary>
internal static class IntakeRules
{
    public const int MaxNotes = 4000;
    public const int MaxShort = 500;
    public const int MaxRemark = 1000;

    /// <summary>The checklist a conversation answers.</summary>
    public static ChecklistKind ChecklistOf(IntakeKind kind) => kind == IntakeKind.GetToKnow ? ChecklistKind.TargetGroup : ChecklistKind.Intake;

    /// <summary>The wording of every red: this conversation's and those still standing from earlier.</summary>
    public static IReadOnlyList<string> Reds(IntakeInput input, IntakeContext context) =>
    [
        .. context.Items.Where(i => (input.Answers ?? []).Any(a => a.ItemId == i.Id && a.Colour == AnswerColour.Red)).Select(i => i.Text),
        .. context.EarlierReds,
    ];

    /// <summary>True when the outcome accepts despite a red, with a reason: the override is recorded.</summary>
    public static bool Overrides(IntakeInput input, IntakeContext context) =>
        input.Outcome == IntakeOutcome.Accepted && Reds(input, context).Count > 0 && Text.Clean(input.OverrideReason) is not null;

    public static List<RuleError> Check(IntakeInput input, IntakeContext context)
    {
        var errors = new List<RuleError>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new("Intake:KindRequired"));
        }

        CheckDate(errors, input.HeldOn, context);
        CheckStaff(errors, input.FirstStaffAccountId, input.SecondStaffAccountId, context.ActiveStaff);
        Limit(errors, input.Notes, MaxNotes, "Intake:NotesTooLong");
        CheckAnswers(errors, input.Answers ?? [], context.Items);
        CheckOutcome(errors, input, context);
        return errors;
    }

    private static void CheckDate(List<RuleError> errors, DateOnly day, IntakeContext context)
    {
        if (day > context.Today)
        {
            errors.Add(new("Intake:DateInFuture", day, context.Today));
        }

        if (day < context.ReferredOn)
        {
            errors.Add(new("Intake:DateBeforeReferral", day, context.ReferredOn));
        }
    }

    /// <summary>Two different accounts, each an active staff member of the tenant.</summary>
    public static void CheckStaff(List<RuleError> errors, Guid? first, Guid? second, IReadOnlyCollection<Guid> activeStaff)
    {
        if (first is null || second is null)
        {
            errors.Add(new("Intake:TwoStaffRequired"));
            return;
        }

        if (first == second)
        {
            errors.Add(new("Intake:StaffDifferent"));
        }

        if (!activeStaff.Contains(first.Value) || !activeStaff.Contains(second.Value))
        {
            errors.Add(new("Intake:NotStaff"));
        }
    }

    private static void CheckAnswers(List<RuleError> errors, IReadOnlyList<AnswerInput> answers, IReadOnlyList<(Guid Id, string Text)> items)
    {
        if (answers.Any(a => items.All(i => i.Id != a.ItemId)))
        {
            errors.Add(new("Intake:UnknownItem"));
        }

        foreach (var (id, text) in items)
        {
            var given = answers.Where(a => a.ItemId == id).ToList();
            if (given.Count != 1 || !Enum.IsDefined(given[0].Colour))
            {
                errors.Add(new("Intake:AnswerMissing", text));
                continue;
            }

            var remark = Text.Clean(given[0].Remark);
            if (given[0].Colour != AnswerColour.Green && remark is null)
            {
                errors.Add(new("Intake:RemarkRequired", text));
            }

            if (remark is { Length: > MaxRemark })
            {
                errors.Add(new("Intake:RemarkTooLong", text, MaxRemark));
            }
        }
    }

    private static void CheckOutcome(List<RuleError> errors, IntakeInput input, IntakeContext context)
    {
        if (!Enum.IsDefined(input.Outcome))
        {
            errors.Add(new("Intake:OutcomeRequired"));
        }

        if (Text.Clean(input.NextStep) is null)
        {
            errors.Add(new("Intake:NextStepRequired"));
        }

        Limit(errors, input.NextStep, MaxShort, "Intake:NextStepTooLong");
        if (input.Outcome == IntakeOutcome.NotAccepted && Text.Clean(input.Reason) is null)
        {
            errors.Add(new("Intake:ReasonRequired"));
        }

        Limit(errors, input.Reason, MaxShort, "Intake:ReasonTooLong");
        var reds = Reds(input, context);
        if (input.Outcome != IntakeOutcome.Accepted || reds.Count == 0)
        {
            return;
        }

        if (Text.Clean(input.OverrideReason) is null)
        {
            errors.Add(new("Intake:RedBlocks", string.Join(", ", reds)));
        }
        else if (!context.MayOverride)
        {
            errors.Add(new("Intake:OverrideNotAllowed", string.Join(", ", reds)));
        }

        Limit(errors, input.OverrideReason, MaxRemark, "Intake:OverrideReasonTooLong");
    }

    private static void Limit(List<RuleError> errors, string? text, int max, string key)
    {
        if (Text.Clean(text) is { } clean && clean.Length > max)
        {
            errors.Add(new(key, max));
        }
    }
}
