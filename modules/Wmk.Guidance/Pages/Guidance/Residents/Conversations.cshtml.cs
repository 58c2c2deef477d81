using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ManageConversations)]
internal sealed class ConversationsModel(ConversationsHandler conversations, GoalsHandler goals, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public ConversationsView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>A held conversation; <paramref name="progress"/> and <paramref name="status"/> are keyed by goal id.</summary>
    public Task<IActionResult> OnPostRecordAsync(
        Guid id, DateOnly heldOn, string? agenda, string? attendees, string? notes, bool extra, DateOnly? nextOn,
        [FromForm(Name = "progress")] Dictionary<Guid, string?>? progress, [FromForm(Name = "status")] Dictionary<Guid, GoalStatus>? status,
        CancellationToken ct)
    {
        var input = new RecordConversationInput(heldOn, agenda, attendees, notes, extra, nextOn,
            [.. (progress ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => new GoalProgressInput(p.Key, p.Value, status?.GetValueOrDefault(p.Key)))]);
        return RunAsync(() => conversations.RecordAsync(id, input, ct), () => LoadAsync(id, ct), RedirectToPage);
    }

    public Task<IActionResult> OnPostGoalAsync(Guid id, string? text, CancellationToken ct) =>
        RunAsync(() => goals.AddAsync(id, new GoalInput(text), ct), () => LoadAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostGoalStatusAsync(Guid id, Guid goalId, GoalStatus status, CancellationToken ct) =>
        RunAsync(() => goals.SetStatusAsync(id, goalId, new GoalStatusInput(status), ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct) => View = await conversations.GetAsync(id, ct);
}
