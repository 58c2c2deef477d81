using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Modularity;

namespace Wmk.Kernel.Tests.Support;

/// <summary>The one module of a <see cref="KernelHarness"/>: declares and registers what the test asks.</summary>
internal sealed class HarnessModule(KernelHarnessOptions options) : WmkModule
{
    public override string Name => "Harness";

    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        foreach (var configure in options.Services)
        {
            configure(services, configuration);
        }
    }

    public override void Define(ModuleDefinitions definitions)
    {
        foreach (var define in options.Definitions)
        {
            define(definitions);
        }
    }
}
