using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Kernel.Tests.Support;

/// <summary>What a <see cref="KernelHarness"/> adds to the bare kernel.</summary>
public sealed class KernelHarnessOptions
{
    internal KernelHarnessOptions(string folder) => Folder = folder;

    /// <summary>The harness's temp folder (deleted on dispose), for paths in the configuration.</summary>
    public string Folder { get; }

    /// <summary>Host configuration ("Settings:Email.Smtp.Host", ...); the connection string is set by the harness.</summary>
    public Dictionary<string, string?> Configuration { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal List<Action<ModuleDefinitions>> Definitions { get; } = [];

    internal List<Action<IServiceCollection, IConfiguration>> Services { get; } = [];

    /// <summary>Declarations of the harness's test module (settings, features, permissions).</summary>
    public KernelHarnessOptions Define(Action<ModuleDefinitions> define)
    {
        Definitions.Add(define);
        return this;
    }

    /// <summary>Services registered after the kernel (as a module's ConfigureServices would).</summary>
    public KernelHarnessOptions ConfigureServices(Action<IServiceCollection> configure)
    {
        Services.Add((s, _) => configure(s));
        return this;
    }
}
