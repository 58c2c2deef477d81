using Wmk.Kernel.Data;

namespace Wmk.Volunteers.Domain;

/// <summary>A person who signed up publicly to help; staff complete the intake and invite an account.</summary>
internal sealed class Volunteer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Lower case, trimmed.</summary>
    public required string Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The week's parts of day the person is free (<see cref="Availability"/> bits).</summary>
    public int Availability { get; set; }

    /// <summary>The district the person prefers to help in (Merksem, Deurne ...).</summary>
    public string? Area { get; set; }

    public string? Interests { get; set; }

    public HeardVia HeardVia { get; set; }

    /// <summary>UTC (a DateTime: SQLite compares it, the hourly sign-up window needs that).</summary>
    public DateTime SignedUpAt { get; set; }

    /// <summary>When the person agreed to the privacy statement (a sign-up without it is never stored).</summary>
    public DateTime ConsentedAt { get; set; }

    public VolunteerKind Kind { get; set; }

    /// <summary>An intern's hours target (e.g. 40).</summary>
    public int? HoursTarget { get; set; }

    public VolunteerStatus Status { get; set; }

    public DateOnly? IntakeOn { get; set; }

    public string? IntakeNotes { get; set; }

    public string? Skills { get; set; }

    public string? Trainings { get; set; }

    public DateOnly? GoodConductOn { get; set; }

    public DateOnly? WelcomePackSentOn { get; set; }

    public DateOnly? InvitedOn { get; set; }

    /// <summary>The account once the person accepted the invitation and opened their duos.</summary>
    public Guid? AccountId { get; set; }

    public string FullName => FirstName + " " + LastName;
}

internal enum VolunteerStatus
{
    SignedUp,
    Active,
    Stopped,
}

internal enum VolunteerKind
{
    Volunteer,
    Intern,
}

internal enum HeardVia
{
    Neighbourhood,
    LocalOrganisation,
    Flyer,
    Website,
    School,
    Other,
}
