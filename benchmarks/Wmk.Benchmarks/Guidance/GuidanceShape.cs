namespace Wmk.Benchmarks.Guidance;

/// <summary>
/// How much guidance data one tenant gets (<see cref="GuidanceBenchSeed"/>).
/// </summary>
/// <param name="Active">Active residents, started evenly over the last 365 days (one-year contracts).</param>
/// <param name="Former">Residents who left, over the four years before.</param>
/// <param name="Conversations">All conversations of the tenant; 0: quarterly conversations of the active residents only.</param>
/// <param name="ConversationDays">Days between two conversations of an active resident (the next one is planned).</param>
/// <param name="Waiting">Candidates on the waiting list (one in ten invited), plus half as many off the list.</param>
/// <param name="HousingContracts">Also a housing unit and occupancy contract per active resident (the job syncs contract ends).</param>
/// <param name="StatusHistory">The status changes of every candidate (the waiting list reads the referral moments).</param>
internal sealed record GuidanceShape(
    int Active, int Former, int Conversations, int ConversationDays, int Waiting, bool HousingContracts, bool StatusHistory)
{
    /// <summary>Issue #5: 5,000 residents, 50,000 conversations; plus 300 candidates waiting.</summary>
    public static readonly GuidanceShape LargeTenant = new(2_000, 3_000, 50_000, 33, 300, HousingContracts: false, StatusHistory: true);

    /// <summary>Issue #5: one of 1,000 tenants with 100 residents (quarterly conversations, housing contracts).</summary>
    public static readonly GuidanceShape SchedulerTenant = new(100, 0, 0, 91, 0, HousingContracts: true, StatusHistory: false);
}
