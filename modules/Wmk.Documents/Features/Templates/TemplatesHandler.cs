using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Data;
using Wmk.Documents.Domain;
using Wmk.Documents.Engine;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Settings;

namespace Wmk.Documents.Features.Templates;

/// <summary>Lists templates, stores a checked upload as a new template or version, rolls back, previews with demo data.</summary>
internal sealed class TemplatesHandler(
    DocumentsDbContext db, ModelSources models, TemplateChecker checker, ISettingProvider settings, Author author, TimeProvider clock,
    IStringLocalizer<DocumentsResource> texts)
{
    public async Task<IReadOnlyList<TemplateListItem>> ListAsync(CancellationToken ct)
    {
        var latest = await db.TemplateVersions.AsNoTracking()
            .Join(db.Templates, v => new { v.TemplateId, v.Number }, t => new { TemplateId = t.Id, Number = t.CurrentVersion }, (v, t) =>
                new TemplateListItem(t.Id, t.Kind, t.Name, t.Model, t.Format, t.CurrentVersion, v.CreatedAt, v.CreatedByName))
            .ToListAsync(ct);
        return [.. latest.OrderBy(t => t.Name, StringComparer.CurrentCulture)];
    }

    public async Task<TemplateView> GetAsync(Guid id, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        var versions = await db.TemplateVersions.AsNoTracking().Where(v => v.TemplateId == id).OrderByDescending(v => v.Number)
            .Select(v => new TemplateVersionView(v.Number, v.FileName, v.CreatedAt, v.CreatedByName, v.RestoredFrom, v.Content.Length))
            .ToListAsync(ct);
        return new TemplateView(template.Id, template.Kind, template.Name, template.Model, template.Format, template.CurrentVersion, versions,
            [.. models.Find(template.Model)?.Fields ?? [], .. DocumentGlobals.Fields]);
    }

    public async Task<TemplateView> UploadAsync(UploadTemplateInput input, byte[]? content, CancellationToken ct)
    {
        content ??= Decode(input.ContentBase64);
        var errors = UploadRules.CheckNames(input.Name, input.Kind, input.Model, models.Names);
        errors.AddRange(UploadRules.CheckFile(input.FileName, content.Length, await MaxBytesAsync(ct)));
        errors.ThrowIfAny(texts);
        var format = UploadRules.FormatOf(input.FileName)!.Value;
        Check(format, content, input.Model!);
        var template = new DocumentTemplate
        {
            Name = Text.Clean(input.Name)!, Kind = Text.Clean(input.Kind)!, Model = input.Model!, Format = format, CurrentVersion = 1,
        };
        db.Templates.Add(template);
        await AddVersionAsync(template, input.FileName!, content, null, ct);
        return await GetAsync(template.Id, ct);
    }

    public async Task<TemplateView> NewVersionAsync(Guid id, NewVersionInput input, byte[]? content, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        content ??= Decode(input.ContentBase64);
        UploadRules.CheckFile(input.FileName, content.Length, await MaxBytesAsync(ct), template.Format).ThrowIfAny(texts);
        Check(template.Format, content, template.Model);
        template.CurrentVersion++;
        await AddVersionAsync(template, input.FileName!, content, null, ct);
        return await GetAsync(id, ct);
    }

    public async Task<TemplateView> RollbackAsync(Guid id, RollbackInput input, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        var old = await db.TemplateVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TemplateId == id && v.Number == input.Number, ct)
                  ?? throw new NotFoundException(typeof(DocumentsResource), "Version:NotFound", input.Number);
        template.CurrentVersion++;
        await AddVersionAsync(template, old.FileName, old.Content, old.Number, ct);
        return await GetAsync(id, ct);
    }

    public async Task<DocumentFile> FileAsync(Guid id, int? number, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        var version = await VersionAsync(template, number, ct);
        return new DocumentFile(version.FileName, DocumentFile.TypeOf(template.Format), version.Content);
    }

    public async Task<PreviewView> PreviewAsync(Guid id, int? number, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        var version = await VersionAsync(template, number, ct);
        var filled = Check(template.Format, version.Content, template.Model);
        return template.Format == TemplateFormat.Docx
            ? new PreviewView(id, version.Number, template.Format, DocxText.Blocks(filled), null)
            : new PreviewView(id, version.Number, template.Format, [], HtmlFiller.Decode(filled));
    }

    /// <summary>The template filled with demo data, as a file (for a preview download or PDF).</summary>
    public async Task<DocumentFile> PreviewFileAsync(Guid id, CancellationToken ct)
    {
        var template = await FindAsync(id, ct);
        var version = await VersionAsync(template, null, ct);
        var filled = Check(template.Format, version.Content, template.Model);
        return new DocumentFile(Path.GetFileNameWithoutExtension(version.FileName) + " (voorbeeld)" + DocumentFile.Extension(template.Format),
            DocumentFile.TypeOf(template.Format), filled);
    }

    private byte[] Check(TemplateFormat format, byte[] content, string model)
    {
        try
        {
            return checker.Check(format, content, models.Get(model), WmkCultures.Dutch);
        }
        catch (TemplateProblemException ex)
        {
            throw ex.ToRequestError(texts);
        }
    }

    private async Task AddVersionAsync(DocumentTemplate template, string fileName, byte[] content, int? restoredFrom, CancellationToken ct)
    {
        var (who, name) = await author.GetAsync(ct);
        db.TemplateVersions.Add(new TemplateVersion
        {
            TemplateId = template.Id, Number = template.CurrentVersion, FileName = fileName, Content = content, CreatedAt = clock.GetUtcNow(),
            CreatedBy = who, CreatedByName = name, RestoredFrom = restoredFrom,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(typeof(DocumentsResource), "Version:Conflict");
        }
    }

    private async Task<DocumentTemplate> FindAsync(Guid id, CancellationToken ct) =>
        await db.Templates.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException(typeof(DocumentsResource), "Template:NotFound");

    private async Task<TemplateVersion> VersionAsync(DocumentTemplate template, int? number, CancellationToken ct)
    {
        var wanted = number ?? template.CurrentVersion;
        return await db.TemplateVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TemplateId == template.Id && v.Number == wanted, ct)
               ?? throw new NotFoundException(typeof(DocumentsResource), "Version:NotFound", wanted);
    }

    /// <summary>Refuses a file larger than the tenant's limit before anyone reads it into memory.</summary>
    public async Task CheckSizeAsync(long size, CancellationToken ct)
    {
        var max = await MaxBytesAsync(ct);
        if (size > max)
        {
            throw new InvalidRequestException([texts["Upload:TooLarge", UploadRules.Megabytes(max)].Value]);
        }
    }

    private async Task<int> MaxBytesAsync(CancellationToken ct) => await settings.GetIntAsync(DocumentsSettings.MaxUploadKb, ct) * 1024;

    private byte[] Decode(string? base64)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidRequestException([texts["Upload:Base64"].Value]);
        }
    }
}
