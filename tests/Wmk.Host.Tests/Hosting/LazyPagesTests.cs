using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Web;
using Wmk.Kernel.Web.Pages;
using Wmk.Testing;

namespace Wmk.Host.Tests.Hosting;

/// <summary>
/// Razor pages are known to routing by their route from the start and get their action model (handlers, filters,
/// authorization, module metadata) at their first request: what happens after routing is the same as when every page
/// was built at start. Each test starts its own host: a shared one has long had its pages built.
/// </summary>
public sealed class LazyPagesTests
{
    [Fact]
    public async Task No_page_is_built_at_start_and_a_page_built_at_its_first_request_keeps_its_authorization_and_module()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var pages = host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().ToList();
        pages.Count.ShouldBeGreaterThan(90);
        pages.ShouldAllBe(p => !(p is CompiledPageActionDescriptor));
        PageEndpoints(host).ShouldContain(e => e.RoutePattern.RawText!.EndsWith("housing/units", StringComparison.Ordinal));

        // Authorization comes from the page's built model: the first, anonymous request is sent to the login page.
        var anonymous = await host.CreateClient().GetAsync($"/t/{tenant.Slug}/housing/units");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/login");

        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        (await admin.GetAsync("/housing/units")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The module gate reads the module name the page convention put on the built page.
        await host.InTenantAsync(null, sp => sp.GetRequiredService<ITenantAdministration>().SetModuleAsync(tenant.Slug, "Housing", false));
        (await admin.GetAsync("/housing/units")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/guidance/waiting-list")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_first_requests_of_one_page_are_all_served()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var anonymous = host.CreateClient();

        var signedIn = Enumerable.Range(0, 6).Select(_ => admin.GetAsync("/finance/rent-tables"));
        var notSignedIn = Enumerable.Range(0, 6).Select(_ => anonymous.GetAsync($"/t/{tenant.Slug}/finance/rent-tables"));
        var responses = await Task.WhenAll(signedIn.Concat(notSignedIn));

        responses.Take(6).Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        responses.Skip(6).Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Every_page_builds_and_the_pages_of_a_module_carry_its_name()
    {
        // What start-up used to prove for every page at once (a page convention or handler that cannot be built).
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var loader = host.Services.GetRequiredService<PageLoader>();
        var pages = host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().ToList();

        var built = new List<CompiledPageActionDescriptor>();
        foreach (var page in pages)
        {
            built.Add(await loader.LoadAsync(page, EndpointMetadataCollection.Empty));
        }

        built.Count.ShouldBe(pages.Count);
        built.ShouldAllBe(p => p.Endpoint != null);
        ModuleOf(built, "/housing/units").ShouldBe("Housing");
        ModuleOf(built, "/guidance/waiting-list").ShouldBe("Guidance");
        ModuleOf(built, "/finance/rent-tables").ShouldBe("Finance");
    }

    [Fact]
    public void Lazy_pages_without_razor_pages_fail_at_registration()
    {
        var services = new ServiceCollection();

        Should.Throw<InvalidOperationException>(() => services.AddControllersWithViews().AddWmkLazyPages()).Message.ShouldContain("AddRazorPages");
    }

    private static string? ModuleOf(List<CompiledPageActionDescriptor> pages, string route) =>
        pages.Single(p => p.AttributeRouteInfo?.Template == route.TrimStart('/'))
            .Endpoint!.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleName;

    private static List<RouteEndpoint> PageEndpoints(WmkTestHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null).ToList();
}
