using Wmk.Kernel.Emailing;
using Wmk.Kernel.Modularity;

namespace Wmk.Host.Startup;

/// <summary>The platform's own definitions that belong to no business module.</summary>
internal sealed class CoreModule : WmkModule
{
    public override string Name => "Core";

    public override bool CanBeDisabled => false;

    public override Type? ResourceType => typeof(HostResource);

    public override void Define(ModuleDefinitions definitions) => EmailSettingNames.Define(definitions);
}
