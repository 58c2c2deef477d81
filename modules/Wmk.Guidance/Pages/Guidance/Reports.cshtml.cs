using Microsoft.AspNetCore.Mvc.RazorPages;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewReports)]
internal sealed class ReportsModel : PageModel
{
    public void OnGet()
    {
    }
}
