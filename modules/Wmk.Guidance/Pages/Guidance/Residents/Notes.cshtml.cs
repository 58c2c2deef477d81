using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Kernel.Authorization;

namespace Wmk.Guidance.Pages.Guidance.Residents;

[Permission(GuidancePermissions.ManageConversations)]
internal sealed class NotesModel(NotesHandler notes, IStringLocalizerFactory localizers) : GuidancePage(localizers)
{
    public IReadOnlyList<NoteView> Notes { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostAsync(Guid id, string? text, NoteVisibility visibility, CancellationToken ct) =>
        RunAsync(() => notes.AddAsync(id, new NoteInput(text, visibility), ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct) => Notes = await notes.GetAsync(id, ct);
}
