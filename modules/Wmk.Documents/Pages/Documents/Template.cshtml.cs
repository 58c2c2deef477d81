using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Features.Templates;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;

namespace Wmk.Documents.Pages.Documents;

[Permission(DocumentsPermissions.Manage)]
internal sealed class TemplateModel(TemplatesHandler templates, IStringLocalizerFactory localizers) : DocumentsPage(localizers)
{
    public TemplateView Template { get; private set; } = null!;

    public PreviewView? Preview { get; private set; }

    public IReadOnlyList<string> PreviewErrors { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnGetFileAsync(Guid id, int? number, bool demo, CancellationToken ct)
    {
        var file = demo ? await templates.PreviewFileAsync(id, ct) : await templates.FileAsync(id, number, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostVersionAsync(Guid id, IFormFile? file, CancellationToken ct) => RunAsync(async () =>
    {
        await templates.CheckSizeAsync(file?.Length ?? 0, ct);
        await templates.NewVersionAsync(id, new NewVersionInput(file?.FileName, null), await ReadAsync(file, ct), ct);
    }, () => LoadAsync(id, ct), RedirectToPage);

    public Task<IActionResult> OnPostRollbackAsync(Guid id, int number, CancellationToken ct) =>
        RunAsync(() => templates.RollbackAsync(id, new RollbackInput(number), ct), () => LoadAsync(id, ct), RedirectToPage);

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Template = await templates.GetAsync(id, ct);
        try
        {
            Preview = await templates.PreviewAsync(id, null, ct);
        }
        catch (Exception ex) when (ErrorMessages.For(ex, Localizers) is { } messages)
        {
            PreviewErrors = messages;
        }
    }
}
