using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Intake;

/// <summary>A volunteer in staff's list.</summary>
internal sealed record VolunteerRow(Guid Id, string Name, string Email, string Status, string Kind, string? Area, DateOnly SignedUpOn, DateOnly? IntakeOn);

/// <summary>A volunteer's whole file for staff: sign-up, intake, certificate, hours and trajects.</summary>
internal sealed record VolunteerFile(
    Guid Id, string FirstName, string LastName, string Email, string? Phone, IReadOnlyList<int> Availability, string? Area,
    string? Interests, string HeardVia, DateTime SignedUpAt, string Status, string Kind, int? HoursTarget, DateOnly? IntakeOn,
    string? IntakeNotes, string? Skills, string? Trainings, DateOnly? GoodConductOn, DateOnly? GoodConductExpiresOn, bool GoodConductValid,
    bool GoodConductRequired, DateOnly? WelcomePackSentOn, DateOnly? InvitedOn, bool HasAccount, decimal Hours, int? Progress,
    IReadOnlyList<ActivityRow> Activities);

/// <summary>Hours given outside a duo.</summary>
internal sealed record ActivityRow(Guid Id, string Kind, DateOnly On, decimal Hours, string? Note);

internal static class VolunteerViews
{
    public static VolunteerRow Row(Volunteer v) => new(
        v.Id, v.FullName, v.Email, v.Status.ToString(), v.Kind.ToString(), v.Area, DateOnly.FromDateTime(v.SignedUpAt), v.IntakeOn);
}
