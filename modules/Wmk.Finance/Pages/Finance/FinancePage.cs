using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.Finance.Pages.Finance;

/// <summary>A finance page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class FinancePage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(FinanceResource))
{
    public static string Euro(decimal amount) => amount.ToString("C", Wmk.Kernel.Localization.WmkCultures.Dutch);
}
