using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Microsoft.Extensions.Time.Testing;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Modularity.Plugins;

namespace Wmk.Host.Tests.Plugins;

public sealed class PluginModuleLoaderTests
{
    [Fact]
    public void A_missing_plugins_folder_means_no_plugins()
    {
        PluginModuleLoader.LoadFrom(Path.Combine(Path.GetTempPath(), "wmk-no-such-" + Guid.NewGuid())).ShouldBeEmpty();
    }

    [Fact]
    public void The_sample_plugin_loads_in_its_own_context_sharing_the_kernels_module_type()
    {
        using var plugins = new PluginsFolder().WithSamplePlugin();

        var module = PluginModuleLoader.LoadFrom(plugins.Path).ShouldHaveSingleItem();

        module.Name.ShouldBe("Sample");
        module.GetType().BaseType.ShouldBe(typeof(WmkModule));
        var context = AssemblyLoadContext.GetLoadContext(module.GetType().Assembly);
        context.ShouldNotBe(AssemblyLoadContext.Default);
        context.ShouldNotBeNull().Assemblies.ShouldNotContain(typeof(WmkModule).Assembly);
    }

    [Fact]
    public void A_corrupt_plugin_refuses_to_load_naming_its_file()
    {
        using var plugins = new PluginsFolder();
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var file = plugins.Write(Path.Combine("Broken", "Broken.dll"), bytes);

        var error = Should.Throw<ModuleLoadException>(() => PluginModuleLoader.LoadFrom(plugins.Path));

        error.Message.ShouldContain(file);
        error.Message.ShouldContain("could not be loaded");
    }

    [Fact]
    public void An_assembly_without_the_plugin_attribute_refuses_to_load_naming_its_file()
    {
        using var plugins = new PluginsFolder();
        var source = typeof(FakeTimeProvider).Assembly.Location;
        var file = plugins.Write(Path.GetFileName(source), File.ReadAllBytes(source));

        var error = Should.Throw<ModuleLoadException>(() => PluginModuleLoader.LoadFrom(plugins.Path));

        error.Message.ShouldContain(file);
        error.Message.ShouldContain("WmkPlugin");
    }

    [Fact]
    public void A_plugin_folder_without_its_assembly_refuses_to_load_naming_the_folder()
    {
        using var plugins = new PluginsFolder();
        plugins.Write(Path.Combine("Orphan", "readme.txt"), [1]);

        var error = Should.Throw<ModuleLoadException>(() => PluginModuleLoader.LoadFrom(plugins.Path));

        error.Message.ShouldContain(Path.Combine(plugins.Path, "Orphan"));
    }

    [Fact]
    public void A_plugin_naming_a_type_that_is_not_a_module_refuses_to_load()
    {
        var error = Should.Throw<ModuleLoadException>(
            () => PluginModuleLoader.CreateModule(AssemblyDeclaring(typeof(string)), "/plugins/Odd.dll"));

        error.Message.ShouldContain("/plugins/Odd.dll");
        error.Message.ShouldContain("System.String");
    }

    [Fact]
    public void A_plugin_whose_module_constructor_throws_refuses_to_load_with_the_cause()
    {
        var error = Should.Throw<ModuleLoadException>(
            () => PluginModuleLoader.CreateModule(AssemblyDeclaring(typeof(ThrowingModule)), "/plugins/Throwing.dll"));

        error.Message.ShouldContain("/plugins/Throwing.dll");
        error.Message.ShouldContain("no licence key");
        error.InnerException.ShouldBeOfType<InvalidOperationException>();
    }

    private static Assembly AssemblyDeclaring(Type moduleType) =>
        AssemblyBuilder.DefineDynamicAssembly(
            new AssemblyName("Fake" + Guid.NewGuid().ToString("N")),
            AssemblyBuilderAccess.Run,
            [new CustomAttributeBuilder(typeof(WmkPluginAttribute).GetConstructor([typeof(Type)])!, [moduleType])]);

    public sealed class ThrowingModule : WmkModule
    {
        public ThrowingModule() => throw new InvalidOperationException("no licence key");

        public override string Name => "Throwing";
    }
}
