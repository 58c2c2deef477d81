using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Wmk.Kernel.Web.Pages;

/// <summary>
/// Replaces a matched page endpoint that only knows its route with the endpoint of the page's built action model
/// (handlers, filters, authorization and module metadata). Runs before every other matcher policy, so everything after
/// routing sees the same endpoint as with eagerly built pages.
/// </summary>
internal sealed class LazyPageMatcherPolicy(PageLoader loader) : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => int.MinValue + 100;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (IsUnbuiltPage(endpoint, out _))
            {
                return true;
            }
        }

        return false;
    }

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && IsUnbuiltPage(candidates[i].Endpoint, out var page))
            {
                var built = await loader.LoadAsync(page, candidates[i].Endpoint.Metadata);
                candidates.ReplaceEndpoint(i, built.Endpoint, candidates[i].Values);
            }
        }
    }

    private static bool IsUnbuiltPage(Endpoint endpoint, [NotNullWhen(true)] out PageActionDescriptor? page)
    {
        page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
        return page is not null and not CompiledPageActionDescriptor;
    }
}
