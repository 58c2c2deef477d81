using Wmk.Volunteers.Domain;

namespace Wmk.Volunteers.Features.Duos;

/// <summary>A resident's request for a volunteer (staff record it).</summary>
internal sealed record RequestInput(Guid ResidentId, DateOnly? RequestedOn, string? Area, IReadOnlyList<int>? Availability, string? Note);

internal sealed record ProposeInput(Guid VolunteerId);

internal sealed record AnswerInput(bool Accept);

internal sealed record TaskInput(string? Kind, string? Description);

internal sealed record ContactInput(DateOnly? On, decimal Hours, string? Note);

internal sealed record EndInput(DateOnly? On, string? Outcome, string? Note);

internal sealed record TrajectRow(
    Guid Id, string Resident, DateOnly RequestedOn, string Status, string? Volunteer, DateOnly? StartedOn, DateOnly? EndedOn, string? Outcome);

internal sealed record ProposalRow(Guid Id, Guid VolunteerId, string Volunteer, DateOnly ProposedOn, DateOnly AnswerBy, string State);

internal sealed record TaskRow(Guid Id, string Kind, string? Description, DateOnly AgreedOn);

internal sealed record ContactRow(Guid Id, DateOnly On, decimal Hours, string? Note);

/// <summary>A volunteer who could be proposed, with the parts of day they share with the request.</summary>
internal sealed record CandidateRow(Guid Id, string Name, string? Area, int CommonSlots);

/// <summary>Staff's view of a traject.</summary>
internal sealed record TrajectFile(
    Guid Id, Guid ResidentId, string Resident, string? Area, IReadOnlyList<int> Availability, string? RequestNote, DateOnly RequestedOn,
    string Status, string? Volunteer, DateOnly? StartedOn, DateOnly? EndedOn, string? Outcome, string? OutcomeNote,
    IReadOnlyList<ProposalRow> Proposals, IReadOnlyList<TaskRow> Tasks, IReadOnlyList<ContactRow> Contacts, decimal Hours,
    IReadOnlyList<CandidateRow> Candidates);

/// <summary>
/// What a volunteer sees of their own duo: the resident's first name and e-mail, the tasks and the contact log. Never the
/// request note, the resident's last name or anything of the guidance file.
/// </summary>
internal sealed record DuoView(
    Guid Id, string FirstName, string? Email, string Status, DateOnly? StartedOn, DateOnly? EndedOn, Guid? ProposalId, DateOnly? AnswerBy,
    IReadOnlyList<TaskRow> Tasks, IReadOnlyList<ContactRow> Contacts, decimal Hours);

internal static class DuoViews
{
    public static TaskRow Task(DuoTask t) => new(t.Id, t.Kind.ToString(), t.Description, t.AgreedOn);

    public static ContactRow Contact(DuoContact c) => new(c.Id, c.On, c.Hours, c.Note);
}
