using Microsoft.Extensions.Localization;
using Wmk.Guidance.Features.Ending.Tasks;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance;

[Permission(GuidancePermissions.ViewTasks)]
internal sealed class TasksModel(TasksHandler tasks, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public TaskList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => List = await tasks.ThisWeekAsync(ct);
}
