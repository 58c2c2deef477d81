using Wmk.Kernel.Data;

namespace Wmk.Guidance.Domain;

/// <summary>
/// A candidate's stay: started from an accepted candidate on a free place (the housing module holds the contract,
/// <see cref="ContractId"/>), until the exit.
/// </summary>
internal sealed class Resident : ICounselledRecord, IHasConcurrencyStamp
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public Guid ConcurrencyStamp { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>Copied from the candidate (and kept in step with it) for the counsellor filter.</summary>
    public Guid? CounsellorAccountId { get; set; }

    /// <summary>The occupancy contract in the housing module.</summary>
    public Guid ContractId { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>The contract's end as last known (the housing contract is the truth; notices follow its changes).</summary>
    public DateOnly ContractEnd { get; set; }

    public ResidentStatus Status { get; set; } = ResidentStatus.Active;

    /// <summary>The last day of the stay once the resident has left.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>The staff member who follows this resident (caseload), if assigned.</summary>
    public Guid? CaseWorkerAccountId { get; set; }

    /// <summary>Where the resident went (the outflow report), recorded at the exit.</summary>
    public Destination? Destination { get; set; }

    /// <summary>When the one-time installation premium (OCMW) was used, if at all.</summary>
    public InstallationPremium InstallationPremium { get; set; } = InstallationPremium.NotUsed;
}
