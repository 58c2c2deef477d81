using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Rules;

namespace Wmk.Guidance.Features.Referrals.Refer;

/// <summary>
/// The checks of a referral, as pure functions. Ages count whole years; a 29 February birthday falls on 1 March in a
/// common year (the person is not a year older before 28 February has passed). The guidance must have run for
/// MinGuidanceMonths <b>at the referral date</b> (domain.md: the counsellor "has followed the candidate for at least 2
/// months" when referring): started on S, it is long enough from S + months (a month end clamps: 31/12 + 2 = 28/02).
/// </summary>
internal static class ReferralRules
{
    public const int NameMax = 100;
    public const int NotesMax = 4000;

    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return (on.Month, on.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? age - 1 : age;
    }

    /// <summary>The day a person born on <paramref name="birthDate"/> turns <paramref name="age"/>.</summary>
    public static DateOnly Birthday(DateOnly birthDate, int age)
    {
        var year = birthDate.Year + age;
        return birthDate is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, birthDate.Month, birthDate.Day);
    }

    /// <summary>The first referral date at which guidance started on <paramref name="guidanceStartedOn"/> is long enough.</summary>
    public static DateOnly GuidanceLongEnoughFrom(DateOnly guidanceStartedOn, int months) => guidanceStartedOn.AddMonths(months);

    public static IReadOnlyList<RuleError> Check(ReferralInput input, DateOnly referredOn, ReferralLimits limits)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(input.FirstName) is not { Length: <= NameMax })
        {
            errors.Add(new("Referral:FirstNameRequired", NameMax));
        }

        if (Text.Clean(input.LastName) is not { Length: <= NameMax })
        {
            errors.Add(new("Referral:LastNameRequired", NameMax));
        }

        if (input.BirthDate > referredOn)
        {
            errors.Add(new("Referral:BirthDateInFuture", input.BirthDate));
        }
        else if (AgeOn(input.BirthDate, input.ExpectedStartOn) is var age && (age < limits.MinAge || age > limits.MaxAge))
        {
            errors.Add(new("Referral:AgeOutOfRange", input.ExpectedStartOn, age, limits.MinAge, limits.MaxAge));
        }

        if (GuidanceLongEnoughFrom(input.GuidanceStartedOn, limits.MinGuidanceMonths) > referredOn)
        {
            errors.Add(new("Referral:GuidanceTooShort", input.GuidanceStartedOn, limits.MinGuidanceMonths, referredOn,
                GuidanceLongEnoughFrom(input.GuidanceStartedOn, limits.MinGuidanceMonths)));
        }

        if (input.ExpectedStartOn < referredOn)
        {
            errors.Add(new("Referral:StartBeforeReferral", input.ExpectedStartOn, referredOn));
        }

        if (!Enum.IsDefined(input.Gender))
        {
            errors.Add(new("Referral:GenderInvalid"));
        }

        if (!Enum.IsDefined(input.Preference))
        {
            errors.Add(new("Referral:PreferenceInvalid"));
        }

        if (Text.Clean(input.SharedNotes) is { Length: > NotesMax })
        {
            errors.Add(new("Referral:NotesTooLong", NotesMax));
        }

        return errors;
    }

    /// <summary>The counsellor's name and a way to reach them, as staff type them.</summary>
    public static IReadOnlyList<RuleError> CheckCounsellor(string? name, string? email, string? phone)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(name) is not { Length: <= 200 })
        {
            errors.Add(new("Referral:CounsellorNameRequired"));
        }

        var (mail, tel) = (Text.Clean(email), Text.Clean(phone));
        if (mail is null && tel is null)
        {
            errors.Add(new("Referral:CounsellorContactRequired"));
        }

        if (mail is not null && (mail.Length > 256 || !new EmailAddressAttribute().IsValid(mail)))
        {
            errors.Add(new("Referral:CounsellorEmailInvalid"));
        }

        if (tel is not null && (tel.Length > 30 || !tel.All(c => char.IsAsciiDigit(c) || " +()-/.".Contains(c))))
        {
            errors.Add(new("Referral:CounsellorPhoneInvalid"));
        }

        return errors;
    }

    /// <summary>The name as the duplicate check compares it: trimmed, single spaces, without accents, case-insensitive.</summary>
    public static string NameKey(string? firstName, string? lastName)
    {
        var joined = string.Join(' ', $"{firstName} {lastName}".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var plain = new StringBuilder(joined.Length);
        foreach (var c in joined.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    /// <summary>The statuses of a candidate still in the trajectory: a new referral of the same person is a duplicate.</summary>
    public static bool IsActive(CandidateStatus status, bool residentLeft) => status switch
    {
        CandidateStatus.Waiting or CandidateStatus.Invited or CandidateStatus.OnHold or CandidateStatus.Accepted => true,
        CandidateStatus.Started => !residentLeft,
        _ => false,
    };
}
