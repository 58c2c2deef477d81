using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Ending.Exit;

/// <summary>
/// The exit's rules: the last day lies between the start of the stay and the contract end, at most
/// <see cref="MaxMonthsAhead"/> month ahead; a destination and the cleaning check are required (remarks when not ok);
/// the exit conversation is not in the future nor before the start; aftercare contacts fall on or after the last day;
/// the installation premium is received once (not after the exit when it was received at the start).
/// </summary>
internal static class ExitRules
{
    public const int MaxMonthsAhead = 1;

    public const int MaxAftercareContacts = 20;

    public static List<RuleError> Check(ExitInput input, DateOnly startedOn, DateOnly contractEnd, InstallationPremium premium, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (input.LastDay is not { } last)
        {
            errors.Add(new("Exit:LastDayRequired"));
        }
        else if (last < startedOn)
        {
            errors.Add(new("Exit:LastDayBeforeStart", last, startedOn));
        }
        else if (last > contractEnd)
        {
            errors.Add(new("Exit:LastDayAfterEnd", last, contractEnd));
        }
        else if (last > today.AddMonths(MaxMonthsAhead))
        {
            errors.Add(new("Exit:LastDayFarAhead", last, today.AddMonths(MaxMonthsAhead)));
        }

        if (input.Destination is not { } destination || !Enum.IsDefined(destination))
        {
            errors.Add(new("Exit:DestinationRequired"));
        }

        CheckCleaning(input, errors);
        CheckDates(input, startedOn, today, errors);
        if (input.InstallationPremium is { } used && !Enum.IsDefined(used))
        {
            errors.Add(new("Exit:PremiumUnknown"));
        }
        else if (input.InstallationPremium == InstallationPremium.AfterExit && premium == InstallationPremium.AtStart)
        {
            errors.Add(new("Exit:PremiumOnce"));
        }

        return errors;
    }

    private static void CheckCleaning(ExitInput input, List<RuleError> errors)
    {
        if (input.Cleaning is not { } cleaning || !Enum.IsDefined(cleaning))
        {
            errors.Add(new("Exit:CleaningRequired"));
        }
        else if (cleaning == CleaningResult.Remarks && Text.Clean(input.CleaningRemarks) is null)
        {
            errors.Add(new("Exit:CleaningRemarksRequired"));
        }

        if (Text.Clean(input.CleaningRemarks) is { Length: > 1000 })
        {
            errors.Add(new("Exit:RemarksTooLong", 1000));
        }
    }

    private static void CheckDates(ExitInput input, DateOnly startedOn, DateOnly today, List<RuleError> errors)
    {
        if (input.ConversationOn is { } talk && talk > today)
        {
            errors.Add(new("Exit:ConversationInFuture", talk));
        }
        else if (input.ConversationOn is { } early && early < startedOn)
        {
            errors.Add(new("Exit:ConversationBeforeStart", early, startedOn));
        }

        var aftercare = input.AftercareContacts ?? [];
        if (aftercare.Count > MaxAftercareContacts)
        {
            errors.Add(new("Exit:AftercareTooMany", MaxAftercareContacts));
        }

        if (input.LastDay is { } last && aftercare.Any(d => d < last))
        {
            errors.Add(new("Exit:AftercareBeforeLastDay", aftercare.Min(), last));
        }
    }
}
