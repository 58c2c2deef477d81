using System.Globalization;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.GroupMeetings.Pages.Meetings;

/// <summary>A group meetings page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class MeetingsPage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(GroupMeetingsResource))
{
    public static string Day(DateOnly day) => day.ToString("ddd dd/MM/yyyy", Wmk.Kernel.Localization.WmkCultures.Dutch);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
