using Wmk.Kernel.Rules;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Duos;

/// <summary>The rules of a duo-traject: who may be proposed, the answer window, tasks and the end.</summary>
internal static class DuoRules
{
    /// <summary>The last day a proposal made on <paramref name="proposedOn"/> may be answered.</summary>
    public static DateOnly AnswerBy(DateOnly proposedOn, int days) => proposedOn.AddDays(Math.Max(1, days));

    public static ProposalState StateOf(ProposalAnswer answer, DateOnly answerBy, DateOnly today) => answer switch
    {
        ProposalAnswer.Accepted => ProposalState.Accepted,
        ProposalAnswer.Declined => ProposalState.Declined,
        _ => today > answerBy ? ProposalState.Lapsed : ProposalState.Pending,
    };

    /// <summary>Why this volunteer cannot be proposed for the traject (empty: they can).</summary>
    public static List<RuleError> CheckProposal(
        DuoStatus traject, bool openProposal, Volunteer volunteer, int wanted, DateOnly today, bool goodConductRequired, int validMonths)
    {
        var errors = new List<RuleError>();
        if (traject is DuoStatus.Active or DuoStatus.Ended || openProposal)
        {
            errors.Add(new("Duo:NotOpenForProposal"));
        }

        if (volunteer.Status != VolunteerStatus.Active || volunteer.IntakeOn is null)
        {
            errors.Add(new("Duo:VolunteerNotActive", volunteer.FullName));
        }
        else if (goodConductRequired && (volunteer.GoodConductOn is not { } issued || !Intake.IntakeRules.GoodConductValid(issued, validMonths, today)))
        {
            errors.Add(new("Duo:GoodConductMissing", volunteer.FullName));
        }

        if (wanted != 0 && Availability.Common(wanted, volunteer.Availability) == 0)
        {
            errors.Add(new("Duo:NoCommonTime", volunteer.FullName));
        }

        return errors;
    }

    /// <summary>Suitable volunteers first: the same area, then the most common parts of day, then by name.</summary>
    public static IReadOnlyList<Volunteer> Rank(IEnumerable<Volunteer> volunteers, string? area, int wanted) =>
    [
        .. volunteers
            .OrderByDescending(v => area is not null && string.Equals(v.Area, area, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(v => wanted == 0 ? Availability.Slots : Availability.Common(wanted, v.Availability))
            .ThenBy(v => v.LastName, StringComparer.CurrentCulture)
            .ThenBy(v => v.FirstName, StringComparer.CurrentCulture),
    ];

    public static List<RuleError> CheckAnswer(ProposalState state)
    {
        var errors = new List<RuleError>();
        if (state == ProposalState.Lapsed)
        {
            errors.Add(new("Duo:ProposalLapsed"));
        }
        else if (state != ProposalState.Pending)
        {
            errors.Add(new("Duo:ProposalAnswered"));
        }

        return errors;
    }

    public static List<RuleError> CheckTask(DuoStatus status, string? kind, string? description)
    {
        var errors = new List<RuleError>();
        if (status == DuoStatus.Ended)
        {
            errors.Add(new("Duo:IsEnded"));
        }

        if (!Enum.TryParse<DuoTaskKind>(kind, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(new("Duo:TaskKindUnknown"));
        }
        else if (parsed == DuoTaskKind.Other && Text.Clean(description) is null)
        {
            errors.Add(new("Duo:TaskDescriptionRequired"));
        }

        if (Text.Clean(description)?.Length > 500)
        {
            errors.Add(new("Duo:TooLong", 500));
        }

        return errors;
    }

    public static List<RuleError> CheckEnd(DuoTraject traject, DateOnly? on, string? outcome, string? note, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (traject.Status != DuoStatus.Active)
        {
            errors.Add(new("Duo:NotActive"));
        }
        else if (on is not { } day || day > today || day < traject.StartedOn)
        {
            errors.Add(new("Duo:EndDateInvalid", traject.StartedOn!.Value));
        }

        if (!Enum.TryParse<DuoOutcome>(outcome, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(new("Duo:OutcomeRequired"));
        }

        if (Text.Clean(note)?.Length > 2000)
        {
            errors.Add(new("Duo:TooLong", 2000));
        }

        return errors;
    }
}
