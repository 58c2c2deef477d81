using System.Reflection;

namespace Wmk.Kernel.Modularity;

/// <summary>The modules of this host, ordered so that each comes after the modules it depends on.</summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<WmkModule> modules) => Modules = modules;

    /// <summary>All modules in dependency order.</summary>
    public IReadOnlyList<WmkModule> Modules { get; }

    /// <summary>The assemblies that hold the modules (for Razor pages and resources).</summary>
    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();

    /// <summary>Finds a module by name (case-insensitive).</summary>
    public WmkModule? Find(string name) =>
        Modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module whose assembly holds the given type, if any.</summary>
    public WmkModule? ForAssembly(Assembly assembly) => Modules.FirstOrDefault(m => m.GetType().Assembly == assembly);

    /// <summary>Orders the modules topologically; a missing dependency, a cycle or a duplicate name throws naming the module.</summary>
    public static ModuleCatalog Create(IEnumerable<WmkModule> modules)
    {
        var list = modules.ToList();
        var duplicate = list.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleLoadException($"Module '{duplicate.Key}' is registered twice.");
        }

        var byType = list.ToDictionary(m => m.GetType());
        var ordered = new List<WmkModule>();
        var state = new Dictionary<WmkModule, bool>();
        foreach (var module in list)
        {
            Visit(module, byType, state, ordered, []);
        }

        return new ModuleCatalog(ordered);
    }

    private static void Visit(WmkModule module, Dictionary<Type, WmkModule> byType, Dictionary<WmkModule, bool> state,
        List<WmkModule> ordered, Stack<string> path)
    {
        if (state.TryGetValue(module, out var done))
        {
            if (!done)
            {
                throw new ModuleLoadException(
                    $"Module '{module.Name}' depends on itself through {string.Join(" -> ", path.Reverse())} -> {module.Name}.");
            }

            return;
        }

        state[module] = false;
        path.Push(module.Name);
        foreach (var dependency in module.DependsOn)
        {
            if (!byType.TryGetValue(dependency, out var required))
            {
                throw new ModuleLoadException(
                    $"Module '{module.Name}' depends on '{dependency.Name}', which is not registered in this host.");
            }

            Visit(required, byType, state, ordered, path);
        }

        path.Pop();
        state[module] = true;
        ordered.Add(module);
    }
}
