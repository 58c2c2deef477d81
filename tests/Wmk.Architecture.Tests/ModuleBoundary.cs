using NetArchTest.Rules;
using Wmk.Kernel.Modularity;

namespace Wmk.Architecture.Tests;

/// <summary>Modules meet only through Wmk.Y.Contracts (and Y's module class, for DependsOn).</summary>
internal static class ModuleBoundary
{
    /// <summary>The types of module <paramref name="root"/> that no other module may touch.</summary>
    public static string[] ForbiddenTypesOf(string root, IEnumerable<Type> typesOfModule) => typesOfModule
        .Where(t => !t.IsNested && t.Namespace is { } ns && IsInside(ns, root) && !IsContracts(ns, root))
        .Where(t => !typeof(WmkModule).IsAssignableFrom(t))
        .Select(t => t.FullName!)
        .ToArray();

    /// <summary>The types of a module (given as a fresh rule on them) that depend on any of <paramref name="forbidden"/>.</summary>
    public static IReadOnlyList<string> Violations(Func<Conditions> typesOfModuleShouldNot, string[] forbidden) =>
        forbidden.Length == 0
            ? []
            : typesOfModuleShouldNot().HaveDependencyOnAny(forbidden).GetResult().FailingTypeNames?.ToList() ?? [];

    public static bool IsContracts(string ns, string root) => IsInside(ns, root + ".Contracts");

    public static bool IsInside(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
}
