using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.Housing.Pages.Housing;

/// <summary>A housing page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class HousingPage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(HousingResource));
