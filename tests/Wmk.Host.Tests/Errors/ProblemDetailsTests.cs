using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Tenancy.Data;
using Wmk.Testing;

namespace Wmk.Host.Tests.Errors;

public sealed class ProblemDetailsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [InlineData("nl-BE", "Er is geen organisatie met de korte naam 'bestaat-niet'.")]
    [InlineData("en", "There is no organisation with the short name 'bestaat-niet'.")]
    public async Task An_api_error_is_an_rfc9457_problem_in_the_request_language(string culture, string detail)
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var client = await AdminHttp.OperatorAsync(host);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/host/tenants/bestaat-niet/modules");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        problem.RootElement.GetProperty("detail").GetString().ShouldBe(detail);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Two_people_saving_the_same_row_one_wins_and_the_other_gets_a_concurrency_error(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        using var first = host.Services.CreateScope();
        using var second = host.Services.CreateScope();
        var db1 = first.ServiceProvider.GetRequiredService<TenancyDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<TenancyDbContext>();
        var row1 = await db1.Tenants.SingleAsync(t => t.Id == tenant.Info.Id);
        var row2 = await db2.Tenants.SingleAsync(t => t.Id == tenant.Info.Id);

        row1.Name = "Eerste";
        await db1.SaveChangesAsync();
        row2.Name = "Tweede";

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        using var check = host.Services.CreateScope();
        (await check.ServiceProvider.GetRequiredService<TenancyDbContext>().Tenants.SingleAsync(t => t.Id == tenant.Info.Id)).Name.ShouldBe("Eerste");
    }
}
