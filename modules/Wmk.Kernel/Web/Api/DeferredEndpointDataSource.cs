using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace Wmk.Kernel.Web.Api;

/// <summary>
/// The module API's endpoints, built only when <see cref="EnsureBuilt"/> is first called (by
/// <see cref="ModuleApiActivationMiddleware"/> at the first /api/v1 or /openapi request). Until then it has no endpoints,
/// so the routing matcher and the link generator of a page request do not build ~200 request delegates and their JSON
/// contracts. Building fires the change token, on which routing rebuilds its matcher before the request is routed.
/// </summary>
internal sealed class DeferredEndpointDataSource(IReadOnlyList<EndpointDataSource> sources) : EndpointDataSource
{
    private readonly CompositeEndpointDataSource inner = new(sources);
    private readonly CancellationTokenSource notBuilt = new();
    private readonly Lock gate = new();
    private volatile bool built;

    public bool IsBuilt => built;

    public override IReadOnlyList<Endpoint> Endpoints => built ? inner.Endpoints : [];

    public override IChangeToken GetChangeToken() =>
        built ? inner.GetChangeToken() : new CancellationChangeToken(notBuilt.Token);

    /// <summary>Builds the endpoints once; concurrent callers wait for the first and return when routing sees them.</summary>
    public void EnsureBuilt()
    {
        if (built)
        {
            return;
        }

        lock (gate)
        {
            if (built)
            {
                return;
            }

            _ = inner.Endpoints;
            built = true;

            // Inside the lock: a second caller must not route before routing has rebuilt its matcher (done synchronously
            // by the change callbacks that Cancel runs).
            notBuilt.Cancel();
        }
    }
}
