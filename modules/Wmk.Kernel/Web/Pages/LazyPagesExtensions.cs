using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wmk.Kernel.Web.Pages;

/// <summary>Builds each Razor page's action model when the page is first requested instead of all of them at start.</summary>
public static class LazyPagesExtensions
{
    /// <summary>
    /// Razor Pages, as registered by <c>AddRazorPages</c>, builds the full action model of every compiled page (handler
    /// methods, model metadata of every bound property and parameter, filters, page conventions) when routing first
    /// asks for its endpoints, i.e. before the first page of any kind is served: for the ~90 pages of the modules that
    /// is reflection over every page model, about 0.1 s before the first page and 15 MB that a process serving only a
    /// few pages keeps for its whole life (docs/performance.md). This swaps the eager provider for the lazy one (the one Razor runtime
    /// compilation uses): routing knows every page by its route from the start, and <see cref="LazyPageMatcherPolicy"/>
    /// builds a page's action model (through MVC's own <see cref="PageLoader"/>, which caches it) the first time a
    /// request matches that page, before authorization and the module gate read its endpoint metadata.
    /// Call after <c>AddRazorPages</c>.
    /// </summary>
    public static IMvcBuilder AddWmkLazyPages(this IMvcBuilder builder)
    {
        var services = builder.Services;
        var eager = services.Where(d => d.ServiceType == typeof(IActionDescriptorProvider)
            && d.ImplementationType == typeof(CompiledPageActionDescriptorProvider)).ToList();
        if (eager.Count == 0)
        {
            throw new InvalidOperationException("AddWmkLazyPages must be called after AddRazorPages.");
        }

        foreach (var descriptor in eager)
        {
            services.Remove(descriptor);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionDescriptorProvider, PageActionDescriptorProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, LazyPageMatcherPolicy>());
        return builder;
    }
}
