using System.Text.Json.Serialization;
using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<MatchStatus>))]
internal enum MatchStatus
{
    Proposed = 1,
    Matched = 2,
    NoMatch = 3,
}

/// <summary>
/// Two accepted candidates proposed to share a unit; the first meeting (who attended), its outcome and the sharing
/// agreements (afspraken woning delen). A candidate is in at most one open proposal.
/// </summary>
internal sealed class SharedHousingMatch : ITenantOwned, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid FirstCandidateId { get; set; }

    public Guid SecondCandidateId { get; set; }

    public Guid UnitId { get; set; }

    public required string UnitAddress { get; set; }

    public DateOnly ProposedOn { get; set; }

    public MatchStatus Status { get; set; } = MatchStatus.Proposed;

    public DateOnly? MeetingOn { get; set; }

    public bool FirstCandidateAttended { get; set; }

    public bool SecondCandidateAttended { get; set; }

    public bool FirstCounsellorAttended { get; set; }

    public bool SecondCounsellorAttended { get; set; }

    public List<Guid> StaffAccountIds { get; set; } = [];

    public string? Reason { get; set; }

    public string? Agreements { get; set; }
}
