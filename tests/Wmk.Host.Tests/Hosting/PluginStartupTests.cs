using Wmk.Host.Startup;
using Wmk.Host.Tests.Plugins;

namespace Wmk.Host.Tests.Hosting;

public sealed class PluginStartupTests
{
    [Fact]
    public void A_plugin_that_fails_to_load_stops_the_host_naming_the_plugin()
    {
        using var plugins = new PluginsFolder();
        plugins.Write("Broken/Broken.dll", [0x4d, 0x5a, 0x00, 0x01, 0x02]);

        var ex = Should.Throw<StartupException>(() => WmkHost.Build(new CommandLine(null, [], "Data Source=:memory:", []),
            b => b.Configuration["Plugins:Folder"] = plugins.Path));

        ex.Message.ShouldContain("Broken.dll");
    }
}
