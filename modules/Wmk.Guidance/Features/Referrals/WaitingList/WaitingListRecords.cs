using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Referrals.WaitingList;

/// <summary>One line of the waiting list; <see cref="Position"/> is the place in the whole list of the tenant.</summary>
internal sealed record WaitingRow(
    int Position, Guid CandidateId, string FirstName, string LastName, DateOnly BirthDate, string? Partner, bool HasPriority, DateOnly ReferredOn,
    CandidateStatus Status, string CounsellorName);

/// <summary>The waiting list as the reader may see it (a partner counsellor: only their own lines); <see cref="Total"/> counts everybody.</summary>
internal sealed record WaitingListView(int Total, IReadOnlyList<WaitingRow> Rows);

/// <summary>A candidate accepted at the intake who waits for a start on a free place.</summary>
internal sealed record AcceptedRow(Guid CandidateId, string FirstName, string LastName, DateOnly ReferredOn, DateOnly ExpectedStartOn, string CounsellorName);
