using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Wmk.Kernel.Modularity;

namespace Wmk.Architecture.Tests;

/// <summary>
/// A module's public types are its one module class and its Contracts; Razor's page models, pages, view
/// components and tag helpers may be public because MVC requires or generates them so.
/// </summary>
internal static class PublicSurface
{
    private static readonly Type[] RazorBases = [typeof(PageModel), typeof(RazorPageBase), typeof(ViewComponent), typeof(TagHelper)];

    public static IReadOnlyList<string> Violations(string root, IEnumerable<Type> publicTypes)
    {
        var types = publicTypes.Where(t => !IsCompilerOrRazor(t)).ToList();
        var modules = types.Where(t => t.IsSubclassOf(typeof(WmkModule)) && !t.IsAbstract).ToList();
        var problems = new List<string>();
        if (modules.Count != 1)
        {
            problems.Add($"{root} has {modules.Count} public module classes ({string.Join(", ", modules.Select(m => m.Name))}); it needs exactly one.");
        }

        problems.AddRange(types
            .Where(t => !modules.Contains(t) && !ModuleBoundary.IsContracts(t.Namespace ?? string.Empty, root))
            .Select(t => $"{t.FullName} is public but neither the module class nor in {root}.Contracts; make it internal."));
        return problems;
    }

    private static bool IsCompilerOrRazor(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false)
        || type.Namespace == "AspNetCoreGeneratedDocument"
        || RazorBases.Any(type.IsSubclassOf);
}
