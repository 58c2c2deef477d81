using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Data;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingDoubleBookingTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Parallel_starts_for_one_place_give_exactly_one_contract_and_a_clear_refusal_for_the_others(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AdminHttp.AdminOfAsync(host, tenant)));

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            c.PostAsJsonAsync("/api/v1/housing/contracts", new StartContractInput(unit, 1, null, $"Bewoner {i}", Today.AddDays(i), null))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            refused.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
            var body = await refused.Content.ReadAsStringAsync();
            (body.Contains("Plaats 1 is al bezet", StringComparison.Ordinal) || body.Contains("Deze plaats werd intussen", StringComparison.Ordinal)).ShouldBeTrue(body);
        }

        (await clients[0].GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{unit}/contracts"))!.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task On_postgresql_the_database_itself_refuses_two_contracts_of_one_place_on_overlapping_days()
    {
        var host = await hosts.GetAsync(DatabaseKind.PostgreSql);
        var tenant = await host.CreateTenantAsync();
        var unit = await host.InTenantAsync(tenant.Info, HousingSeed.UnitAsync);

        var write = (DateOnly start, DateOnly end, DateOnly? terminated) => host.InTenantAsync(tenant.Info, async sp =>
        {
            var db = sp.GetRequiredService<HousingDbContext>();
            db.Contracts.Add(new OccupancyContract
            {
                UnitId = unit, Place = 1, ResidentName = "Rechtstreeks", ResidentId = Guid.NewGuid(), Start = start, End = end, TerminatedOn = terminated,
            });
            await db.SaveChangesAsync();
        });
        await write(Today, Today.AddMonths(12), Today.AddMonths(1));

        await Should.ThrowAsync<DbUpdateException>(() => write(Today.AddMonths(1), Today.AddMonths(13), null));
        await write(Today.AddMonths(1).AddDays(1), Today.AddMonths(13), null);
        var count = await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<HousingDbContext>().Contracts.CountAsync(c => c.UnitId == unit));
        count.ShouldBe(2);
    }
}
