using Microsoft.EntityFrameworkCore;
using Wmk.Documents.Data;
using Wmk.Documents.Domain;

namespace Wmk.Documents.Features.Seed;

/// <summary>Gives a tenant the default of every kind it has no template of yet (safe to run twice).</summary>
internal sealed class TemplateSeeder(DocumentsDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var kinds = await db.Templates.Select(t => t.Kind).ToListAsync(ct);
        foreach (var d in DefaultTemplates.All.Where(d => !kinds.Contains(d.Kind)))
        {
            var template = new DocumentTemplate { Kind = d.Kind, Name = d.Name, Model = d.Model, Format = d.Format, CurrentVersion = 1 };
            db.Templates.Add(template);
            db.TemplateVersions.Add(new TemplateVersion
            {
                TemplateId = template.Id, Number = 1, FileName = d.FileName, Content = d.Content(), CreatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
