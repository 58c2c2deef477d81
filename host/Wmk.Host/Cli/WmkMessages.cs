using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;

namespace Wmk.Host.Cli;

internal static class WmkMessages
{
    public static string Format(IServiceProvider services, WmkException ex) =>
        services.GetRequiredService<IStringLocalizerFactory>().Create(ex.ResourceType)[ex.Key, [.. ex.Args]];
}
