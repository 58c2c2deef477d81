namespace Wmk.Volunteers;

/// <summary>The tenant settings of the volunteers module.</summary>
internal static class VolunteersSettings
{
    /// <summary>Whether a volunteer needs a certificate of good conduct before a duo ("true"/"false", default false).</summary>
    public const string GoodConductRequired = "Volunteers.GoodConductRequired";

    /// <summary>How many months a certificate of good conduct stays valid (default 12).</summary>
    public const string GoodConductValidMonths = "Volunteers.GoodConductValidMonths";

    /// <summary>Days a volunteer has to answer a proposal before it lapses (default 7).</summary>
    public const string ProposalAnswerDays = "Volunteers.ProposalAnswerDays";

    /// <summary>Public sign-ups one organisation takes per hour, whatever their address (default 30).</summary>
    public const string SignUpsPerHour = "Volunteers.SignUpsPerHour";

    /// <summary>The hours target of an intern when intake names none (default 40).</summary>
    public const string InternHoursTarget = "Volunteers.InternHoursTarget";
}
