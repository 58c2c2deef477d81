namespace Wmk.Kernel.Modularity;

/// <summary>
/// Marks a Razor class library as a theme (its Pages/Shared/_Layout.cshtml dresses every page). The host keeps the
/// theme named by configuration <c>Theme:Name</c> as an application part and removes the others.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class WmkThemeAttribute(string name) : Attribute
{
    /// <summary>The theme's name in configuration, e.g. "Basic".</summary>
    public string Name { get; } = name;
}
