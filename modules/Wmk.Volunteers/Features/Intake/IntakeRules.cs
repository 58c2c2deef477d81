using Wmk.Kernel.Rules;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Intake;

/// <summary>The intake input as staff type it.</summary>
internal sealed record IntakeInput(
    DateOnly? On, string? Notes, string? Skills, string? Trainings, DateOnly? GoodConductOn, DateOnly? WelcomePackSentOn,
    string? Kind, int? HoursTarget, string? Area);

/// <summary>The intake conversation's rules and the certificate of good conduct.</summary>
internal static class IntakeRules
{
    public static List<RuleError> Check(IntakeInput input, DateOnly today, bool goodConductRequired, int validMonths)
    {
        var errors = new List<RuleError>();
        if (input.On is not { } on || on > today)
        {
            errors.Add(new("Intake:DateRequired"));
        }

        if (Text.Clean(input.Notes)?.Length > 4000 || Text.Clean(input.Skills)?.Length > 1000 || Text.Clean(input.Trainings)?.Length > 1000)
        {
            errors.Add(new("Intake:TooLong", 4000, 1000));
        }

        if (goodConductRequired && input.GoodConductOn is null)
        {
            errors.Add(new("Intake:GoodConductRequired"));
        }
        else if (input.GoodConductOn is { } issued && (issued > today || !GoodConductValid(issued, validMonths, today)))
        {
            errors.Add(new("Intake:GoodConductExpired", GoodConductExpiresOn(issued, validMonths)));
        }

        if (input.WelcomePackSentOn > today)
        {
            errors.Add(new("Intake:WelcomePackFuture"));
        }

        if (!Enum.TryParse<VolunteerKind>(input.Kind ?? nameof(VolunteerKind.Volunteer), out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(new("Intake:KindUnknown"));
        }
        else if (kind == VolunteerKind.Intern && input.HoursTarget is < 1 or > 1000)
        {
            errors.Add(new("Intake:HoursTargetInvalid", 1, 1000));
        }

        return errors;
    }

    /// <summary>The last day a certificate issued on <paramref name="issued"/> counts.</summary>
    public static DateOnly GoodConductExpiresOn(DateOnly issued, int validMonths) => issued.AddMonths(validMonths).AddDays(-1);

    public static bool GoodConductValid(DateOnly issued, int validMonths, DateOnly today) =>
        issued <= today && today <= GoodConductExpiresOn(issued, validMonths);
}
