using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;

namespace Wmk.Kernel.Templating;

/// <summary>Finds a template's content: the current tenant's override chain first, then the embedded chain.</summary>
internal sealed class TemplateContentResolver(TemplateDefinitionRegistry registry, KernelDbContext db, ICurrentTenant tenant)
{
    public async Task<string> ResolveAsync(string name, CultureInfo culture, CancellationToken ct)
    {
        var definition = registry.Get(name);
        var chain = CultureChain.Of(culture);
        if (tenant.IsAvailable)
        {
            var overrides = await db.Set<TextTemplateOverride>().AsNoTracking()
                .Where(o => o.Name == name)
                .Select(o => new { o.Culture, o.Content })
                .ToListAsync(ct);
            var own = chain
                .Select(c => overrides.FirstOrDefault(o => string.Equals(o.Culture ?? string.Empty, c, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(o => o is not null);
            if (own is not null)
            {
                return own.Content;
            }
        }

        foreach (var c in chain)
        {
            if (definition.Contents.TryGetValue(c, out var embedded))
            {
                return embedded.Read();
            }
        }

        throw new InvalidOperationException(
            $"Template '{name}' has no content for culture '{culture.Name}' and no culture-neutral default.");
    }
}
