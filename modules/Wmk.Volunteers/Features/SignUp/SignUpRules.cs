using System.ComponentModel.DataAnnotations;
using Wmk.Kernel.Rules;
using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.SignUp;

/// <summary>What a public sign-up must hold; every broken rule at once.</summary>
internal static class SignUpRules
{
    public const int NameLength = 100;

    public const int TextLength = 1000;

    public static List<RuleError> Check(SignUpInput input)
    {
        var errors = new List<RuleError>();
        if (Text.Clean(input.FirstName) is not { Length: <= NameLength } || Text.Clean(input.LastName) is not { Length: <= NameLength })
        {
            errors.Add(new("SignUp:NameRequired", NameLength));
        }

        if (!IsEmail(input.Email))
        {
            errors.Add(new("SignUp:EmailInvalid"));
        }

        if (Text.Clean(input.Phone) is { } phone && (phone.Length > 30 || !phone.All(c => char.IsAsciiDigit(c) || " +-./()".Contains(c, StringComparison.Ordinal))))
        {
            errors.Add(new("SignUp:PhoneInvalid"));
        }

        if (Availability.From(input.Availability) == 0)
        {
            errors.Add(new("SignUp:AvailabilityRequired"));
        }

        if (Text.Clean(input.Interests)?.Length > TextLength || Text.Clean(input.Area)?.Length > NameLength)
        {
            errors.Add(new("SignUp:TooLong", TextLength));
        }

        if (!Enum.TryParse<HeardVia>(input.HeardVia, ignoreCase: false, out var via) || !Enum.IsDefined(via))
        {
            errors.Add(new("SignUp:HeardViaRequired"));
        }

        if (!input.Consent)
        {
            errors.Add(new("SignUp:ConsentRequired"));
        }

        return errors;
    }

    /// <summary>True when the honeypot field holds anything: a person never sees it.</summary>
    public static bool IsBot(SignUpInput input) => !string.IsNullOrEmpty(input.Website);

    /// <summary>Whether one more sign-up fits in the organisation's hourly window.</summary>
    public static bool WindowFull(int signUpsInLastHour, int perHour) => signUpsInLastHour >= perHour;

    public static bool IsEmail(string? value) =>
        Text.Clean(value) is { Length: <= 256 } email && new EmailAddressAttribute().IsValid(email) && email.Contains('.', StringComparison.Ordinal)
        && !email.Any(char.IsWhiteSpace);
}
