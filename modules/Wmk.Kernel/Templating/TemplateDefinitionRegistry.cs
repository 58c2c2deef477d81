namespace Wmk.Kernel.Templating;

/// <summary>All templates the modules registered, by name.</summary>
internal sealed class TemplateDefinitionRegistry
{
    private readonly Dictionary<string, TemplateDefinition> definitions = new(StringComparer.Ordinal);

    public TemplateDefinitionRegistry(IEnumerable<TemplateDefinition> all)
    {
        foreach (var definition in all)
        {
            if (!definitions.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"The template '{definition.Name}' is registered twice.");
            }
        }
    }

    public bool Contains(string name) => definitions.ContainsKey(name);

    public TemplateDefinition Get(string name) =>
        definitions.GetValueOrDefault(name)
        ?? throw new TemplateRenderException(name, TemplateFailure.Unknown, TemplatingResource.Unknown, name);
}
