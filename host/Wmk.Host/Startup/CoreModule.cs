using Wmk.Kernel.Emailing;
using Wmk.Kernel.Modularity;

namespace Wmk.Host.Startup;

/// <summary>The platform's own definitions that belong to no business module.</summary>
internal sealed class CoreModule : WmkModule
{
    public override string Name => "Core";

    public override bool CanBeDisabled => false;

    public override Type? ResourceType => typeof(HostResource);

    /// <summary>A user's preferred language (nl-BE or en).</summary>
    public const string UiCulture = "Ui.Culture";

    public override void Define(ModuleDefinitions definitions)
    {
        EmailSettingNames.Define(definitions);
        definitions.Setting(UiCulture, "nl-BE", userScoped: true);
    }
}
