using System.Reflection;
using Wmk.Kernel.Modularity;

namespace Wmk.Architecture.Tests;

/// <summary>
/// The business modules: every Wmk.*.dll next to the tests (the host's project references are copied here)
/// except the kernel, host, themes, contracts and test assemblies. A new module joins the rules by being referenced.
/// </summary>
internal static class ModuleAssemblies
{
    private static readonly string[] NotModules = ["Wmk.Kernel", "Wmk.Host", "Wmk.Testing"];

    public static Assembly Kernel => typeof(WmkModule).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = Directory
        .GetFiles(AppContext.BaseDirectory, "Wmk.*.dll")
        .Select(AssemblyName.GetAssemblyName)
        .Where(n => IsModule(n.Name!))
        .OrderBy(n => n.Name, StringComparer.Ordinal)
        .Select(Assembly.Load)
        .ToList();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in All)
        {
            data.Add(assembly.GetName().Name!);
        }

        return data;
    }

    public static Assembly Named(string name) => All.Single(a => a.GetName().Name == name);

    private static bool IsModule(string name) =>
        !NotModules.Contains(name)
        && !name.StartsWith("Wmk.Themes.", StringComparison.Ordinal)
        && !name.EndsWith(".Contracts", StringComparison.Ordinal)
        && !name.EndsWith(".Tests", StringComparison.Ordinal);
}
