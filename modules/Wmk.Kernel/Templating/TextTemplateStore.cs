using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Security;

namespace Wmk.Kernel.Templating;

internal sealed class TextTemplateStore(
    KernelDbContext db,
    TemplateDefinitionRegistry registry,
    ParsedTemplateCache cache,
    ICurrentTenant tenant,
    ICurrentUser user,
    TimeProvider clock) : ITextTemplateStore
{
    private DbSet<TextTemplateOverride> Overrides => db.Set<TextTemplateOverride>();

    public async Task<IReadOnlyList<TextTemplateOverride>> ListAsync(CancellationToken cancellationToken = default)
    {
        tenant.GetRequiredId();
        return await Overrides.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Culture).ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(string templateName, CultureInfo? culture, string content, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.GetRequiredId();
        registry.Get(templateName);
        ScribanParser.Parse(templateName, content);
        var row = await FindAsync(templateName, culture, cancellationToken);
        if (row is null)
        {
            row = new TextTemplateOverride { Name = templateName, Culture = CultureChain.StoredName(culture), Content = content };
            Overrides.Add(row);
        }

        row.Content = content;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        cache.Drop(tenantId, templateName);
    }

    public async Task<bool> DeleteAsync(string templateName, CultureInfo? culture, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.GetRequiredId();
        var row = await FindAsync(templateName, culture, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Overrides.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        cache.Drop(tenantId, templateName);
        return true;
    }

    private Task<TextTemplateOverride?> FindAsync(string name, CultureInfo? culture, CancellationToken ct)
    {
        var stored = CultureChain.StoredName(culture);
        return Overrides.SingleOrDefaultAsync(o => o.Name == name && o.Culture == stored, ct);
    }
}
