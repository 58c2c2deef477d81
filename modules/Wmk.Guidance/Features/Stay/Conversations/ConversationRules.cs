using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Stay.Conversations;

/// <summary>When conversations fall and what a recorded conversation needs.</summary>
internal static class ConversationRules
{
    /// <summary>The first interim conversation: <paramref name="days"/> days after the start.</summary>
    public static DateOnly FirstOn(DateOnly start, int days) => start.AddDays(days);

    /// <summary>
    /// The latest day of the next conversation: <paramref name="months"/> calendar months after the one held, on the same
    /// day of the month or the month's last day when it has no such day (31/01 + 3 months = 30/04; 30/11 + 3 = 28/02 or 29/02).
    /// </summary>
    public static DateOnly LatestNext(DateOnly heldOn, int months) => heldOn.AddMonths(months);

    /// <summary>
    /// The next regular conversation after one held: the day asked for or else the latest day, and none when that falls
    /// after the contract end (the exit conversation takes over).
    /// </summary>
    public static DateOnly? NextPlanned(DateOnly heldOn, int months, DateOnly? asked, DateOnly contractEnd)
    {
        var next = asked ?? LatestNext(heldOn, months);
        return next <= contractEnd ? next : null;
    }

    public static List<RuleError> CheckHeld(DateOnly heldOn, DateOnly today, DateOnly startedOn, string? agenda, DateOnly? nextOn, DateOnly latestNext)
    {
        var errors = new List<RuleError>();
        if (heldOn > today)
        {
            errors.Add(new("Stay:Conversation:InFuture", heldOn));
        }

        if (heldOn < startedOn)
        {
            errors.Add(new("Stay:Conversation:BeforeStart", startedOn));
        }

        if (Text.Clean(agenda) is not { Length: <= 2000 })
        {
            errors.Add(new("Stay:Conversation:AgendaRequired"));
        }

        if (nextOn is { } next && (next <= heldOn || next > latestNext))
        {
            errors.Add(new("Stay:Conversation:NextOutOfRange", heldOn, latestNext));
        }

        return errors;
    }
}
