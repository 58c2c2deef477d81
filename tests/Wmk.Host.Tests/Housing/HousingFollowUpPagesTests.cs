using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Features.MeterReadings;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingFollowUpPagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_inspections_page_records_a_reading_in_belgian_format_and_shows_a_lower_one_refused(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var page = $"/housing/units/{unit}/inspections";

        var saved = await client.PostFormAsync(page, page + "?handler=Reading", new Dictionary<string, string>
            { ["Kind"] = "Water", ["Date"] = "2026-11-01", ["Value"] = "1234,5" });
        var refused = await client.PostFormAsync(page, page + "?handler=Reading", new Dictionary<string, string>
            { ["Kind"] = "Water", ["Date"] = "2026-11-20", ["Value"] = "1000" });
        var inspected = await client.PostFormAsync(page, page + "?handler=Inspection", new Dictionary<string, string>
            { ["Date"] = "2026-11-20", ["Result"] = "Ok" });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("lager dan de vorige (1234,5 op 01/11/2026)");
        inspected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetFromJsonAsync<ReadingsView>($"/api/v1/housing/units/{unit}/readings"))!.Readings.Single().Value.ShouldBe(1234.5m);
        var html = await client.GetStringAsync(page);
        html.ShouldContain("In orde");
        (await client.GetStringAsync($"/housing/units/{unit}")).ShouldContain($"/housing/units/{unit}/poster");
    }
}
