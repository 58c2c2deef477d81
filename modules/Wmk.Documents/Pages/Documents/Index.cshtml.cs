using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Features;
using Wmk.Documents.Features.Seed;
using Wmk.Documents.Features.Templates;
using Wmk.Kernel.Authorization;

namespace Wmk.Documents.Pages.Documents;

[Permission(DocumentsPermissions.Generate)]
internal sealed class IndexModel(TemplatesHandler templates, ModelSources models, IPermissionChecker permissions, IStringLocalizerFactory localizers)
    : DocumentsPage(localizers)
{
    public IReadOnlyList<TemplateListItem> Templates { get; private set; } = [];

    public IReadOnlyCollection<string> Models => models.Names;

    public IEnumerable<string> Kinds => DefaultTemplates.All.Select(d => d.Kind);

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? kind, string? model, IFormFile? file, CancellationToken ct)
    {
        Guid id = default;
        return await RunAsync(async () =>
        {
            await templates.CheckSizeAsync(file?.Length ?? 0, ct);
            id = (await templates.UploadAsync(new UploadTemplateInput(name, kind, model, file?.FileName, null), await ReadAsync(file, ct), ct)).Id;
        }, () => LoadAsync(ct), () => Redirect($"/documents/templates/{id}"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Templates = await templates.ListAsync(ct);
        CanManage = await permissions.IsGrantedAsync(DocumentsPermissions.Manage, ct);
    }
}
