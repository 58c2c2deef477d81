using System.Reflection;
using McMaster.NETCore.Plugins;

namespace Wmk.Kernel.Modularity.Plugins;

/// <summary>
/// Loads the modules dropped into a plugins folder, each plugin in its own load context that shares the kernel's types.
/// Layout: <c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c> (with its dependencies) or <c>plugins/&lt;Name&gt;.dll</c>.
/// </summary>
public static class PluginModuleLoader
{
    /// <summary>
    /// Returns one module per plugin, ordered by file name; a missing folder means no plugins. Any plugin that cannot
    /// be loaded throws <see cref="ModuleLoadException"/> naming its file, so the host never starts half-configured.
    /// </summary>
    public static IReadOnlyList<WmkModule> LoadFrom(string pluginsFolder)
    {
        if (!Directory.Exists(pluginsFolder))
        {
            return [];
        }

        return PluginFiles(pluginsFolder).Select(Load).ToList();
    }

    internal static IEnumerable<string> PluginFiles(string pluginsFolder)
    {
        var root = Path.GetFullPath(pluginsFolder);
        var files = Directory.GetFiles(root, "*.dll").ToList();
        foreach (var folder in Directory.GetDirectories(root))
        {
            var main = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (!File.Exists(main))
            {
                throw new ModuleLoadException(
                    $"Plugin folder '{folder}' holds no '{Path.GetFileName(main)}': a plugin folder must contain the assembly of the same name.");
            }

            files.Add(main);
        }

        return files.OrderBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
    }

    private static WmkModule Load(string file)
    {
        Assembly assembly;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                file, isUnloadable: false, sharedTypes: PluginSharedTypes.All, configure: c => c.PreferSharedTypes = true);
            assembly = loader.LoadDefaultAssembly();
        }
        catch (Exception ex)
        {
            throw new ModuleLoadException($"Plugin '{file}' could not be loaded: {ex.Message}", ex);
        }

        return CreateModule(assembly, file);
    }

    internal static WmkModule CreateModule(Assembly assembly, string file)
    {
        WmkPluginAttribute? declaration;
        try
        {
            declaration = assembly.GetCustomAttribute<WmkPluginAttribute>();
        }
        catch (Exception ex)
        {
            throw new ModuleLoadException($"Plugin '{file}' could not be read: {ex.Message}", ex);
        }

        if (declaration is null)
        {
            throw new ModuleLoadException(
                $"Plugin '{file}' declares no module: add [assembly: WmkPlugin(typeof(YourModule))] to it.");
        }

        var type = declaration.ModuleType;
        if (!typeof(WmkModule).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ModuleLoadException(
                $"Plugin '{file}' names '{type.FullName}' as its module, which is not a concrete WmkModule (or was built against another kernel).");
        }

        try
        {
            return (WmkModule)Activator.CreateInstance(type)!;
        }
        catch (Exception ex)
        {
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            throw new ModuleLoadException($"Plugin '{file}' failed to create its module '{type.FullName}': {cause.Message}", cause);
        }
    }
}
