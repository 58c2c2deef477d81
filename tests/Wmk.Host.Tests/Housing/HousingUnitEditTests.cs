using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Inspections;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.Host.Tests.Housing;

public sealed class HousingUnitEditTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = HousingSeed.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_edit_a_unit_on_its_dutch_page_with_the_same_rules_as_a_new_one(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var page = $"/housing/units/{unit}/edit";
        var before = (await client.GetFromJsonAsync<UnitView>($"/api/v1/housing/units/{unit}"))!;
        var form = Fields(before);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        form["Forfait"] = "-5";
        var refused = await client.PostFormAsync(page, page, form);
        form["Forfait"] = "70,25";
        form["Address"] = "Kerkstraat 1 bus 2";
        form["IsShared"] = "true";
        form["Bedrooms"] = "3";
        var saved = await client.PostFormAsync(page, page, form);

        html.ShouldContain("value=\"Kerkstraat 1\"");
        html.ShouldContain($"value=\"{before.AvailableUntil:yyyy-MM-dd}\"");
        html.ShouldContain("name=\"HasGarden\" value=\"true\" checked=\"checked\"");
        (await client.GetStringAsync($"/housing/units/{unit}")).ShouldContain($"href=\"{page}\"");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Het forfait mag niet negatief zijn.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe($"/housing/units/{unit}");
        var after = (await client.GetFromJsonAsync<UnitView>($"/api/v1/housing/units/{unit}"))!;
        (after.Address, after.Forfait, after.Places, after.HasGarden, after.AvailableUntil).ShouldBe(("Kerkstraat 1 bus 2", 70.25m, 3, true, before.AvailableUntil));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_unit_changed_in_between_answers_409_on_the_api_and_a_message_on_the_page(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        var url = $"/api/v1/housing/units/{unit}";
        var read = (await client.GetFromJsonAsync<UnitView>(url))!;

        await (await client.PutAsJsonAsync(url, UnitInput.Of(read) with { District = "Deurne" })).ReadAsync<UnitView>();
        var stale = await client.PutAsJsonAsync(url, UnitInput.Of(read) with { District = "Wilrijk" });
        var stalePage = await client.PostFormAsync($"/housing/units/{unit}/edit", $"/housing/units/{unit}/edit", Fields(read));
        var withoutStamp = await client.PutAsJsonAsync(url, UnitInput.Of(read) with { District = "Hoboken", ConcurrencyStamp = null });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await stalePage.Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft deze woning intussen gewijzigd");
        withoutStamp.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<UnitView>(url))!.District.ShouldBe("Hoboken");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_lift_the_inspection_an_unsafe_check_set_from_the_unit_page(DatabaseKind kind)
    {
        var (host, tenant, unit) = await HousingFollowUpApiTests.UnitAsync(hosts, kind);
        var client = await AdminHttp.AdminOfAsync(host, tenant);
        await (await client.PostAsJsonAsync($"/api/v1/housing/units/{unit}/inspections",
            new InspectionInput(Today, SafetyResult.Unsafe, "Elektriciteit onveilig"))).ReadAsync<InspectionView>();
        var page = $"/housing/units/{unit}";

        (await client.GetStringAsync(page)).ShouldContain("Inspectie opheffen");
        var lifted = await client.PostFormAsync(page, $"{page}/edit?handler=LiftInspection", new Dictionary<string, string>());

        lifted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetFromJsonAsync<UnitView>($"/api/v1/housing/units/{unit}"))!.UnderInspection.ShouldBeFalse();
        (await client.GetStringAsync(page)).ShouldNotContain("Inspectie opheffen");
    }

    /// <summary>The edit form's fields for a unit as it was read (with its stamp), in the page's formats.</summary>
    private static Dictionary<string, string> Fields(UnitView u)
    {
        var nl = CultureInfo.GetCultureInfo("nl-BE");
        var fields = new Dictionary<string, string>
        {
            ["Address"] = u.Address, ["District"] = u.District, ["HousingCompanyId"] = u.HousingCompanyId.ToString(),
            ["TechnicalManagerId"] = u.TechnicalManagerId.ToString(), ["MonthlyFee"] = u.MonthlyFee.ToString(nl), ["Forfait"] = u.Forfait.ToString(nl),
            ["Bedrooms"] = u.Bedrooms.ToString(nl), ["Floor"] = u.Floor.ToString(nl), ["Gas"] = u.Gas.ToString(), ["Electricity"] = u.Electricity.ToString(),
            ["AvailableFrom"] = Day(u.AvailableFrom), ["AvailableUntil"] = Day(u.AvailableUntil), ["EndReason"] = u.EndReason.ToString(),
            ["Category"] = u.Category.ToString(), ["EpcIssuedOn"] = Day(u.EpcIssuedOn), ["EpcExpiresOn"] = Day(u.EpcExpiresOn),
            ["ConformityIssuedOn"] = Day(u.ConformityIssuedOn), ["ConformityExpiresOn"] = Day(u.ConformityExpiresOn),
            ["ConcurrencyStamp"] = u.ConcurrencyStamp.ToString(),
        };
        foreach (var (name, on) in new[] { ("HasTerrace", u.HasTerrace), ("HasGarden", u.HasGarden), ("IsShared", u.IsShared), ("IsReserve", u.IsReserve) })
        {
            if (on)
            {
                fields[name] = "true";
            }
        }

        return fields;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
