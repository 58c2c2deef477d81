namespace Wmk.Volunteers.Features.SignUp;

/// <summary>
/// A public sign-up. <paramref name="Website"/> is the honeypot: a hidden field people never see, so a filled one is a bot.
/// </summary>
internal sealed record SignUpInput(
    string? FirstName, string? LastName, string? Email, string? Phone, IReadOnlyList<int>? Availability, string? Area,
    string? Interests, string? HeardVia, bool Consent, string? Website = null);

/// <summary>What the sign-up page and API answer (the same for a bot, which is told nothing).</summary>
internal sealed record SignUpResult(string Message);
