namespace Wmk.Kernel.Modularity.Plugins;

/// <summary>
/// Names the module class of a plugin assembly: <c>[assembly: WmkPlugin(typeof(SampleModule))]</c>.
/// The loader reads only this attribute; it never scans a plugin for subclasses.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class WmkPluginAttribute(Type moduleType) : Attribute
{
    /// <summary>The plugin's <see cref="WmkModule"/> subclass; it needs a public parameterless constructor.</summary>
    public Type ModuleType { get; } = moduleType;
}
