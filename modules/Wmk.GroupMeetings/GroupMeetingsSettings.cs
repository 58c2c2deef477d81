namespace Wmk.GroupMeetings;

/// <summary>The tenant settings of the group meetings module.</summary>
internal static class GroupMeetingsSettings
{
    /// <summary>"true" names the Woonclub theme in the residents' invitation and reminder (default: not named).</summary>
    public const string NameThemeToResidents = "GroupMeetings.NameThemeToResidents";

    /// <summary>How many laundry slots one resident may book in one week (Monday to Sunday, all locations).</summary>
    public const string LaundrySlotsPerWeek = "GroupMeetings.LaundrySlotsPerWeek";
}
