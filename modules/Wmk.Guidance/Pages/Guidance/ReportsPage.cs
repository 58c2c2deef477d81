using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Wmk.Guidance.Pages.Guidance;

/// <summary>A report page: loads its report on GET and shows the handler's messages (a bad year) instead of a table.</summary>
internal abstract class ReportsPage(IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    protected Task<IActionResult> LoadAsync(Func<Task> load) => RunAsync(load, () => Task.CompletedTask, Page);
}
