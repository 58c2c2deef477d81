using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>A guidance page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class GuidancePage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(GuidanceResource));
