using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Scriban;

namespace Wmk.Kernel.Templating;

/// <summary>Parsed templates keyed by tenant, name and requested culture; a saved override drops its name's entries.</summary>
internal sealed class ParsedTemplateCache(IMemoryCache cache, IOptions<TemplateSandboxOptions> options)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> generations = new(StringComparer.Ordinal);

    public async Task<Template> GetOrAddAsync(Guid? tenantId, string name, string culture, Func<Task<Template>> create)
    {
        var key = $"{Group(tenantId, name)}:{culture}";
        if (cache.TryGetValue(key, out Template? cached) && cached is not null)
        {
            return cached;
        }

        var generation = generations.GetOrAdd(Group(tenantId, name), _ => new CancellationTokenSource());
        var template = await create();
        using var entry = cache.CreateEntry(key);
        entry.Value = template;
        entry.AbsoluteExpirationRelativeToNow = options.Value.CacheLifetime;
        entry.AddExpirationToken(new CancellationChangeToken(generation.Token));
        return template;
    }

    public void Drop(Guid? tenantId, string name)
    {
        if (generations.TryRemove(Group(tenantId, name), out var generation))
        {
            // Not disposed: a render that took the token before the drop may still read it.
            generation.Cancel();
        }
    }

    private static string Group(Guid? tenantId, string name) => $"t:{tenantId?.ToString("N") ?? "host"}:template:{name}";
}
