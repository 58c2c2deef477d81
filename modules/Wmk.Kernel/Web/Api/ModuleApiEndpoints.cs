namespace Wmk.Kernel.Web.Api;

/// <summary>
/// Holds the module API's deferred endpoints once <c>MapWmkModules</c> has mapped them, for the activation middleware
/// and for anything (tests, tools) that needs every endpoint built now.
/// </summary>
public sealed class ModuleApiEndpoints
{
    private DeferredEndpointDataSource? source;

    /// <summary>Whether the module API's endpoints have been built (false before the first API or OpenAPI request).</summary>
    public bool IsBuilt => source?.IsBuilt ?? false;

    /// <summary>Builds the module API's endpoints if that has not happened yet; a no-op when none were mapped.</summary>
    public void EnsureBuilt() => source?.EnsureBuilt();

    internal void Attach(DeferredEndpointDataSource deferred)
    {
        if (source is not null)
        {
            throw new InvalidOperationException("The module API endpoints are already mapped.");
        }

        source = deferred;
    }
}
