using System.Globalization;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.Volunteers.Pages.Volunteers;

/// <summary>A volunteers page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class VolunteersPage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(VolunteersResource))
{
    public static string Date(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);
}
