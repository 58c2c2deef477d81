using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Features.Generate;
using Wmk.Kernel.Authorization;

namespace Wmk.Documents.Pages.Documents;

[Permission(DocumentsPermissions.View)]
internal sealed class CaseModel(GenerateHandler handler, IPermissionChecker permissions, IStringLocalizerFactory localizers) : DocumentsPage(localizers)
{
    public CaseView Case { get; private set; } = null!;

    public bool CanGenerate { get; private set; }

    public async Task OnGetAsync(string model, Guid subjectId, CancellationToken ct) => await LoadAsync(model, subjectId, ct);

    public async Task<IActionResult> OnPostGenerateAsync(string model, Guid subjectId, Guid templateId, Guid target, CancellationToken ct) =>
        !await permissions.IsGrantedAsync(DocumentsPermissions.Generate, ct)
            ? Forbid()
            : await RunAsync(() => handler.GenerateAsync(new GenerateInput(templateId, target), ct), () => LoadAsync(model, subjectId, ct), RedirectToPage);

    public async Task<IActionResult> OnPostSendingAsync(string model, Guid subjectId, Guid documentId, SendingInput input, CancellationToken ct) =>
        !await permissions.IsGrantedAsync(DocumentsPermissions.Generate, ct)
            ? Forbid()
            : await RunAsync(() => handler.RecordSendingAsync(documentId, input, ct), () => LoadAsync(model, subjectId, ct), RedirectToPage);

    private async Task LoadAsync(string model, Guid subjectId, CancellationToken ct)
    {
        Case = await handler.CaseAsync(model, subjectId, ct);
        CanGenerate = await permissions.IsGrantedAsync(DocumentsPermissions.Generate, ct);
    }
}
