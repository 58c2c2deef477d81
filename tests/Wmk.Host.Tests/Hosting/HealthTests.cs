using System.Net;
using Wmk.Host.Startup;
using Wmk.Testing;

namespace Wmk.Host.Tests.Hosting;

public sealed class HealthTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Health_answers_200_when_the_database_answers(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var response = await host.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_does_not_answer()
    {
        var app = WmkHost.Build(new CommandLine(null, [], "Host=127.0.0.1;Port=1;Username=x;Database=none;Timeout=2", []),
            b => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.UseTestServer(b.WebHost));
        await app.StartAsync();
        try
        {
            var client = Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(app);
            (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_the_json_endpoints()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var json = await host.CreateClient().GetStringAsync("/openapi/v1.json");
        json.ShouldContain("\"openapi\"");
        json.ShouldContain("/api/v1/");
    }
}
