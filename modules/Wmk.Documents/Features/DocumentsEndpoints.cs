using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Templates;
using Wmk.Kernel.Authorization;

namespace Wmk.Documents.Features;

/// <summary>The JSON face of the documents handlers under /api/v1/documents.</summary>
internal static class DocumentsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var templates = api.MapGroup("/documents/templates");
        templates.MapGet("/", (TemplatesHandler h, CancellationToken ct) => h.ListAsync(ct)).RequirePermission(DocumentsPermissions.Generate);
        templates.MapPost("/", (UploadTemplateInput input, TemplatesHandler h, CancellationToken ct) => h.UploadAsync(input, null, ct))
            .RequirePermission(DocumentsPermissions.Manage);
        templates.MapGet("/{id:guid}", (Guid id, TemplatesHandler h, CancellationToken ct) => h.GetAsync(id, ct)).RequirePermission(DocumentsPermissions.Generate);
        templates.MapPost("/{id:guid}/versions", (Guid id, NewVersionInput input, TemplatesHandler h, CancellationToken ct) => h.NewVersionAsync(id, input, null, ct))
            .RequirePermission(DocumentsPermissions.Manage);
        templates.MapPost("/{id:guid}/rollback", (Guid id, RollbackInput input, TemplatesHandler h, CancellationToken ct) => h.RollbackAsync(id, input, ct))
            .RequirePermission(DocumentsPermissions.Manage);
        templates.MapGet("/{id:guid}/versions/{number:int}/file", async (Guid id, int number, TemplatesHandler h, CancellationToken ct) =>
            Send(await h.FileAsync(id, number, ct))).RequirePermission(DocumentsPermissions.Manage);
        templates.MapGet("/{id:guid}/preview", (Guid id, int? version, TemplatesHandler h, CancellationToken ct) => h.PreviewAsync(id, version, ct))
            .RequirePermission(DocumentsPermissions.Manage);

        var generated = api.MapGroup("/documents");
        generated.MapGet("/cases/{model}/{subjectId:guid}", (string model, Guid subjectId, GenerateHandler h, CancellationToken ct) =>
            h.CaseAsync(model, subjectId, ct)).RequirePermission(DocumentsPermissions.View);
        generated.MapPost("/generated", (GenerateInput input, GenerateHandler h, CancellationToken ct) => h.GenerateAsync(input, ct))
            .RequirePermission(DocumentsPermissions.Generate);
        generated.MapGet("/generated/{id:guid}/file", async (Guid id, GenerateHandler h, CancellationToken ct) => Send(await h.FileAsync(id, ct)))
            .RequirePermission(DocumentsPermissions.View);
        generated.MapGet("/generated/{id:guid}/pdf", async (Guid id, GenerateHandler h, CancellationToken ct) => Send(await h.PdfAsync(id, ct)))
            .RequirePermission(DocumentsPermissions.View);
        generated.MapPost("/generated/{id:guid}/sending", (Guid id, SendingInput input, GenerateHandler h, CancellationToken ct) =>
            h.RecordSendingAsync(id, input, ct)).RequirePermission(DocumentsPermissions.Generate);
    }

    public static IResult Send(DocumentFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
