namespace Wmk.Guidance;

/// <summary>Permissions of the guidance module (default grants in <c>GuidanceDefinitions</c>).</summary>
public static class GuidancePermissions
{
    /// <summary>Refer a candidate (partner counsellors: their own clients only).</summary>
    public const string Refer = "Guidance.Candidates.Refer";

    /// <summary>See candidates and the waiting list (partner counsellors: their own clients and positions only).</summary>
    public const string ViewCandidates = "Guidance.Candidates.View";

    /// <summary>Manage the waiting list: invite, put on hold, withdraw, link duplicates; welfare partners.</summary>
    public const string ManageCandidates = "Guidance.Candidates.Manage";

    /// <summary>Hold get-to-know and intake conversations, fill the checklists, match candidates for shared housing.</summary>
    public const string ManageIntake = "Guidance.Intake.Manage";

    /// <summary>Override a red checklist item with a reason (coordinators).</summary>
    public const string OverrideIntake = "Guidance.Intake.Override";

    /// <summary>Configure the tenant's checklists.</summary>
    public const string ConfigureChecklists = "Guidance.Checklists.Configure";

    /// <summary>See residents, their timeline, conversations and notes (as each note's visibility allows).</summary>
    public const string ViewResidents = "Guidance.Residents.View";

    /// <summary>Start a resident, keep the onboarding checklist, record notices and the exit.</summary>
    public const string ManageResidents = "Guidance.Residents.Manage";

    /// <summary>Plan and record conversations and goals, write notes (partner counsellors: their own clients).</summary>
    public const string ManageConversations = "Guidance.Conversations.Manage";

    /// <summary>See the to-do list of the week.</summary>
    public const string ViewTasks = "Guidance.Tasks.View";

    /// <summary>Reports: outflow, occupancy, waiting time, caseload; CSV export.</summary>
    public const string ViewReports = "Guidance.Reports.View";
}
