using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Wmk.Kernel.Modularity.Plugins;

/// <summary>Makes the Razor pages of every module (plugins included) visible to MVC.</summary>
public static class ModuleApplicationPartExtensions
{
    /// <summary>
    /// Adds an <see cref="AssemblyPart"/> and, when it holds compiled Razor items, a
    /// <see cref="CompiledRazorAssemblyPart"/> for each module assembly that MVC does not know yet. Modules serve pages
    /// with Razor Pages and JSON with minimal APIs: MVC's controller and view-component discovery is removed, because it
    /// loads every type of every module assembly at the first request (a third of a second of start-up) to find none.
    /// </summary>
    public static IMvcBuilder AddWmkModuleParts(this IMvcBuilder builder, ModuleCatalog catalog)
    {
        var providers = builder.PartManager.FeatureProviders;
        foreach (var scanner in providers.Where(p => p is ControllerFeatureProvider or ViewComponentFeatureProvider).ToList())
        {
            providers.Remove(scanner);
        }

        var parts = builder.PartManager.ApplicationParts;
        foreach (var assembly in catalog.Assemblies)
        {
            if (!parts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                parts.Add(new AssemblyPart(assembly));
            }

            if (HasRazorItems(assembly) && !parts.OfType<CompiledRazorAssemblyPart>().Any(p => p.Assembly == assembly))
            {
                parts.Add(new CompiledRazorAssemblyPart(assembly));
            }
        }

        return builder;
    }

    private static bool HasRazorItems(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Any();
}
