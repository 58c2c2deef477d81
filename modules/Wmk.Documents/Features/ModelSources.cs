using Wmk.Documents.Contracts;
using Wmk.Kernel.Errors;

namespace Wmk.Documents.Features;

/// <summary>The registered models by name.</summary>
internal sealed class ModelSources(IEnumerable<IDocumentModelSource> sources)
{
    private readonly Dictionary<string, IDocumentModelSource> byName = sources.ToDictionary(s => s.Model, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Names => byName.Keys;

    public IDocumentModelSource? Find(string model) => byName.GetValueOrDefault(model);

    public IDocumentModelSource Get(string model) =>
        Find(model) ?? throw new BusinessRuleException(typeof(DocumentsResource), "Model:Unavailable", model);
}
