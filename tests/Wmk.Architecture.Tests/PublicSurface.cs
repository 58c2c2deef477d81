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
            .Where(t => !modules.Contains(t) && !ModuleBoundary.IsContracts(t.Namespace ?? string.Empty, root) && !IsDeclaredSurface(t, root))
            .Select(t => $"{t.FullName} is public but neither the module class nor in {root}.Contracts; make it internal."));
        return problems;
    }

    /// <summary>
    /// Also public by design: the module's permission constants (static class *Permissions), its resource marker
    /// (*Resource, for localisers in other assemblies) and EF Core's generated migrations.
    /// </summary>
    private static bool IsDeclaredSurface(Type type, string root) =>
        (type.Namespace == root && type.IsAbstract && type.IsSealed && type.Name.EndsWith("Permissions", StringComparison.Ordinal))
        || (type.Namespace == root && type.Name.EndsWith("Resource", StringComparison.Ordinal) && type.GetMembers().All(m => m.DeclaringType != type || m is System.Reflection.ConstructorInfo))
        || ModuleBoundary.IsInside(type.Namespace ?? string.Empty, root + ".Migrations");

    private static bool IsCompilerOrRazor(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false)
        || type.Namespace == "AspNetCoreGeneratedDocument"
        || RazorBases.Any(type.IsSubclassOf);
}
