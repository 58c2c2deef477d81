using Wmk.GroupMeetings.Features.Locations;
using Wmk.Kernel.Rules;

namespace Wmk.GroupMeetings.Features.Sessions;

/// <summary>
/// A Woonclub session needs a location, a date, an evening that starts before it ends and a theme (≤ 100); the
/// description is at most 2,000 characters. Attendance is recorded from the session's day on, never before.
/// </summary>
internal static class SessionRules
{
    /// <summary>Themes offered on the form (domain.md); any other theme is allowed.</summary>
    public static readonly IReadOnlyList<string> SuggestedThemes =
        ["Energie besparen", "Budget", "Familiale verzekering", "Afval", "Technische vaardigheden", "Vrije tijd", "Werk", "Opleiding", "Welzijn"];

    public static List<RuleError> Check(SessionInput input)
    {
        var errors = new List<RuleError>();
        if (input.LocationId is null || input.LocationId == Guid.Empty)
        {
            errors.Add(new("Session:LocationRequired"));
        }

        if (input.Date is null)
        {
            errors.Add(new("Session:DateRequired"));
        }

        if (input.StartsAt is not { } start || input.EndsAt is not { } end)
        {
            errors.Add(new("Session:TimesRequired"));
        }
        else if (end <= start)
        {
            errors.Add(new("Session:EndBeforeStart"));
        }

        LocationRules.Required(errors, input.Theme, 100, "Session:ThemeRequired", "Session:ThemeTooLong");
        if (Text.Clean(input.Description) is { Length: > 2000 })
        {
            errors.Add(new("Session:DescriptionTooLong", 2000));
        }

        return errors;
    }

    public static List<RuleError> CheckAttendance(DateOnly sessionDate, DateOnly today, IReadOnlyList<AttendanceMark>? marks, IReadOnlySet<Guid> invitable)
    {
        var errors = new List<RuleError>();
        if (sessionDate > today)
        {
            errors.Add(new("Attendance:BeforeSession", sessionDate));
        }

        if (marks is not { Count: > 0 })
        {
            errors.Add(new("Attendance:Empty"));
        }
        else if (marks.Any(m => !invitable.Contains(m.ResidentId)) || marks.DistinctBy(m => m.ResidentId).Count() != marks.Count)
        {
            errors.Add(new("Attendance:UnknownResident"));
        }

        return errors;
    }
}
