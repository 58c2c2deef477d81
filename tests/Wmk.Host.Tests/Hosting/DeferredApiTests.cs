using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel;
using Wmk.Kernel.Web.Api;
using Wmk.Testing;

namespace Wmk.Host.Tests.Hosting;

/// <summary>
/// The module API's endpoints are built at the first /api or /openapi request, not at the first page (start-up time);
/// every API request, also the first ones and concurrent ones, is routed as if they had been there from the start.
/// Each test starts its own host: a shared one has long had its first API request.
/// </summary>
public sealed class DeferredApiTests
{
    [Fact]
    public async Task Pages_and_sign_in_build_no_api_endpoint_and_the_first_api_call_is_answered()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var api = host.Services.GetRequiredService<ModuleApiEndpoints>();

        (await host.CreateClient().GetAsync($"/t/{tenant.Slug}/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        (await client.GetAsync("/housing/units")).StatusCode.ShouldBe(HttpStatusCode.OK);
        api.IsBuilt.ShouldBeFalse();
        ApiRoutes(host).ShouldBeEmpty();
        Routes(host).ShouldNotContain(r => r.StartsWith("/openapi/", StringComparison.Ordinal));

        var units = await client.GetAsync("/api/v1/housing/units");

        units.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.IsBuilt.ShouldBeTrue();
        ApiRoutes(host).ShouldContain("/api/v1/housing/units");
        ApiRoutes(host).Count.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task Concurrent_first_api_calls_are_all_routed()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var anonymous = host.CreateClient();

        var signedIn = Enumerable.Range(0, 6).Select(_ => client.GetAsync("/api/v1/housing/units"));
        var notSignedIn = Enumerable.Range(0, 6).Select(_ => anonymous.GetAsync($"/t/{tenant.Slug}/api/v1/housing/units"));
        var responses = await Task.WhenAll(signedIn.Concat(notSignedIn));

        // Before the build an API path matches no endpoint (404); once routed, the anonymous calls meet authorization.
        responses.Take(6).Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        responses.Skip(6).Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/v1/housing/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_as_first_request_lists_every_api_endpoint()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite);

        using var document = JsonDocument.Parse(await host.CreateClient().GetStringAsync("/openapi/v1.json"));

        var documented = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routed = ApiRoutes(host).Select(r => System.Text.RegularExpressions.Regex.Replace(r, ":[a-z]+}", "}")).ToHashSet();
        documented.ShouldContain("/api/v1/housing/units");
        documented.Count(p => p.StartsWith("/api/v1/", StringComparison.Ordinal)).ShouldBe(routed.Count);
    }

    [Fact]
    public async Task Mapping_the_modules_without_the_api_activation_fails_before_the_host_starts()
    {
        await using var app = WebApplication.CreateBuilder().Build();

        Should.Throw<InvalidOperationException>(() => app.MapWmkModules()).Message.ShouldContain("UseWmkModuleApi");
    }

    private static List<string> ApiRoutes(WmkTestHost host) =>
        Routes(host).Where(r => r.StartsWith("/api/v1/", StringComparison.Ordinal)).ToList();

    private static List<string> Routes(WmkTestHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Distinct().ToList();
}
