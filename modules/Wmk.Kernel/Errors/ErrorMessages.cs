using Microsoft.Extensions.Localization;

namespace Wmk.Kernel.Errors;

/// <summary>Turns the errors a handler throws into messages a page can show (the API gets problem details).</summary>
public static class ErrorMessages
{
    /// <summary>The user-facing messages of a <see cref="WmkException"/> or <see cref="InvalidRequestException"/>; null for other errors.</summary>
    public static IReadOnlyList<string>? For(Exception exception, IStringLocalizerFactory localizers)
    {
        ArgumentNullException.ThrowIfNull(localizers);
        return exception switch
        {
            InvalidRequestException invalid => invalid.Messages,
            WmkException wmk => [localizers.Create(wmk.ResourceType)[wmk.Key, [.. wmk.Args]].Value],
            _ => null,
        };
    }
}
