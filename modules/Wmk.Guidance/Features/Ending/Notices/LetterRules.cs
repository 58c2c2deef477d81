using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Ending.Notices;

/// <summary>
/// A registered letter is sent on a day between the notice and today, with a postal tracking number: 8 to 30 letters
/// and digits (e.g. RR123456789BE), spaces and dashes left out, kept in capitals.
/// </summary>
internal static class LetterRules
{
    public static string? CleanTracking(string? value) =>
        Text.Clean(value) is { } text ? new string([.. text.Where(c => c is not (' ' or '-'))]).ToUpperInvariant() : null;

    public static List<RuleError> Check(DateOnly? sentOn, string? tracking, DateOnly noticeOn, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (sentOn is not { } day)
        {
            errors.Add(new("Letter:SentOnRequired"));
        }
        else if (day > today)
        {
            errors.Add(new("Letter:InFuture", day));
        }
        else if (day < noticeOn)
        {
            errors.Add(new("Letter:BeforeNotice", noticeOn));
        }

        if (CleanTracking(tracking) is not { Length: >= 8 and <= 30 } number || !number.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new("Letter:TrackingInvalid"));
        }

        return errors;
    }
}
