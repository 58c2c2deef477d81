using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Documents.Data;
using Wmk.Documents.Domain;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Templates;
using Wmk.Guidance.Contracts;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Documents.Features.Generate;

/// <summary>Fills a template from a case with today's data and stores the result with the case.</summary>
internal sealed class GenerateHandler(
    DocumentsDbContext db, ModelSources models, DocxFiller docx, HtmlFiller html, IResidents residents, IBrandingProvider branding,
    Author author, ICurrentUser user, TimeProvider clock, IAuditLog audit, PdfConverter pdf, IStringLocalizer<DocumentsResource> texts)
{
    public async Task<CaseView> CaseAsync(string model, Guid subjectId, CancellationToken ct)
    {
        var source = models.Find(model) ?? throw new NotFoundException(typeof(DocumentsResource), "Model:Unavailable", model);
        if (user.SeesOnlyOwnClients && !source.AboutResidents)
        {
            throw NotFound();
        }

        var subject = await source.LoadAsync(subjectId, ct) ?? throw NotFound();
        var related = new List<(string Model, Guid Id)> { (model, subjectId) };
        if (model == "resident" && (await residents.ListAsync(new ResidentQuery(Ids: [subjectId]), ct)).FirstOrDefault() is { } r)
        {
            related.Add(("contract", r.ContractId));
        }

        var names = related.Select(x => x.Model).ToList();
        var offers = (await db.Templates.AsNoTracking().Where(t => names.Contains(t.Model)).ToListAsync(ct))
            .Where(t => models.Find(t.Model) is not null)
            .OrderBy(t => t.Name, StringComparer.CurrentCulture)
            .Select(t => new Offer(t.Id, t.Name, t.Kind, t.Format, t.Model, related.First(x => x.Model == t.Model).Id)).ToList();
        var documents = model == "resident"
            ? db.GeneratedDocuments.Where(d => d.ResidentId == subjectId)
            : db.GeneratedDocuments.Where(d => d.Model == model && d.SubjectId == subjectId);
        return new CaseView(model, subjectId, subject.Title, offers, await ViewsAsync(documents, ct), pdf.Available);
    }

    public async Task<GeneratedView> GenerateAsync(GenerateInput input, CancellationToken ct)
    {
        var template = await db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == input.TemplateId, ct)
                       ?? throw new NotFoundException(typeof(DocumentsResource), "Template:NotFound");
        var version = await db.TemplateVersions.AsNoTracking().FirstAsync(v => v.TemplateId == template.Id && v.Number == template.CurrentVersion, ct);
        var subject = await models.Get(template.Model).LoadAsync(input.SubjectId, ct) ?? throw NotFound();
        var today = clock.Today();
        var data = DocumentGlobals.With(subject.Data, (await branding.GetAsync(ct)).Name, today);
        byte[] content;
        try
        {
            content = template.Format == TemplateFormat.Docx
                ? docx.Fill(version.Content, data, WmkCultures.Dutch)
                : html.Fill(version.Content, data, WmkCultures.Dutch);
        }
        catch (TemplateProblemException ex)
        {
            throw ex.ToRequestError(texts);
        }

        var (who, name) = await author.GetAsync(ct);
        var document = new GeneratedDocument
        {
            TemplateId = template.Id, TemplateVersionId = version.Id, VersionNumber = version.Number, Kind = template.Kind, Name = template.Name,
            Model = template.Model, SubjectId = input.SubjectId, SubjectTitle = Cut(subject.Title), ResidentId = subject.ResidentId,
            Format = template.Format, FileName = FileName(template.Name, subject.Title, today, template.Format), Content = content,
            CreatedAt = clock.GetUtcNow(), CreatedBy = who, CreatedByName = name,
        };
        db.GeneratedDocuments.Add(document);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditAction.Create, "GeneratedDocument", document.Id, template.Kind, ct);
        return document.View();
    }

    public async Task<DocumentFile> FileAsync(Guid id, CancellationToken ct)
    {
        var document = await VisibleAsync(id, ct);
        await audit.RecordAsync(AuditAction.Read, "GeneratedDocument", id, null, ct);
        return new DocumentFile(document.FileName, DocumentFile.TypeOf(document.Format), document.Content);
    }

    public async Task<DocumentFile> PdfAsync(Guid id, CancellationToken ct)
    {
        var document = await VisibleAsync(id, ct);
        if (!pdf.Available)
        {
            throw new BusinessRuleException(typeof(DocumentsResource), "Pdf:Unavailable");
        }

        var bytes = await pdf.ConvertAsync(document.Content, DocumentFile.Extension(document.Format), ct)
                    ?? throw new BusinessRuleException(typeof(DocumentsResource), "Pdf:Failed");
        await audit.RecordAsync(AuditAction.Read, "GeneratedDocument", id, "pdf", ct);
        return new DocumentFile(Path.ChangeExtension(document.FileName, ".pdf"), "application/pdf", bytes);
    }

    public async Task<GeneratedView> RecordSendingAsync(Guid id, SendingInput input, CancellationToken ct)
    {
        var document = await VisibleAsync(id, ct);
        var on = input.On ?? clock.Today();
        SendingRules.Check(document.Kind, input, on, clock.Today()).ThrowIfAny(texts);
        document.SentByEmailOn = input.Email ? on : document.SentByEmailOn;
        if (input.Registered)
        {
            document.RegisteredMailOn = on;
            document.TrackingNumber = SendingRules.Tracking(input.TrackingNumber);
        }

        await db.SaveChangesAsync(ct);
        return document.View();
    }

    private async Task<GeneratedDocument> VisibleAsync(Guid id, CancellationToken ct)
    {
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw NotFound();
        if (document.ResidentId is { } resident)
        {
            return (await residents.ListAsync(new ResidentQuery(Ids: [resident]), ct)).Count > 0 ? document : throw NotFound();
        }

        return !user.SeesOnlyOwnClients && models.Find(document.Model) is { AboutResidents: false } && await models.Get(document.Model).LoadAsync(document.SubjectId, ct) is not null
            ? document
            : throw NotFound();
    }

    private static async Task<IReadOnlyList<GeneratedView>> ViewsAsync(IQueryable<GeneratedDocument> query, CancellationToken ct) =>
        [.. (await query.AsNoTracking().Select(d => new GeneratedDocument
            {
                Id = d.Id, TemplateId = d.TemplateId, VersionNumber = d.VersionNumber, Kind = d.Kind, Name = d.Name, Model = d.Model,
                SubjectId = d.SubjectId, SubjectTitle = d.SubjectTitle, Format = d.Format, FileName = d.FileName, Content = Array.Empty<byte>(),
                CreatedAt = d.CreatedAt, CreatedByName = d.CreatedByName, SentByEmailOn = d.SentByEmailOn, RegisteredMailOn = d.RegisteredMailOn,
                TrackingNumber = d.TrackingNumber,
            }).ToListAsync(ct)).OrderByDescending(d => d.CreatedAt).Select(d => d.View())];

    private static string FileName(string name, string title, DateOnly day, TemplateFormat format)
    {
        var raw = $"{name} {title} {day:yyyy-MM-dd}";
        var safe = new string([.. raw.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' ? c : '_')]);
        return Cut(safe.Trim(), 190) + DocumentFile.Extension(format);
    }

    private static string Cut(string text, int max = 200) => text.Length <= max ? text : text[..max];

    private static NotFoundException NotFound() => new(typeof(DocumentsResource), "Subject:NotFound");
}
