using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;
using static Wmk.Host.Tests.Guidance.Referrals.ReferralScene;

namespace Wmk.Host.Tests.Guidance.Referrals;

public sealed class ReferralPagesTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static Dictionary<string, string> Form(string first, string last, string birth = "2005-05-05") => new()
    {
        ["FirstName"] = first, ["LastName"] = last, ["BirthDate"] = birth, ["Gender"] = "Male", ["Preference"] = "Shared",
        ["CounsellorName"] = "Sara Begeleider", ["CounsellorEmail"] = "sara@caw.test", ["GuidanceStartedOn"] = "2026-08-01",
        ["ExpectedStartOn"] = "2027-01-04", ["SharedNotes"] = "Werkt in de haven.",
    };

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_refer_in_the_form_see_the_file_and_a_bad_form_shows_every_message_without_storing(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));

        var bad = await scene.Staff.PostFormAsync("/guidance/candidates/new", "/guidance/candidates/new", Form("Tom", "Veertig", "1986-06-15"));
        var badText = await bad.Content.ReadAsStringAsync();
        var good = await scene.Staff.PostFormAsync("/guidance/candidates/new", "/guidance/candidates/new", Form("Tom", "Peeters"));
        var file = await scene.Staff.GetStringAsync(good.Headers.Location!.OriginalString);
        var list = await scene.Staff.GetStringAsync("/guidance/waiting-list");

        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        badText.ShouldContain("Op de verwachte startdatum 04/01/2027 is de kandidaat 40 jaar; de doelgroep is 17 tot en met 25 jaar.");
        badText.ShouldContain("value=\"Veertig\"");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        file.ShouldContain("Tom Peeters");
        file.ShouldContain("05/05/2005");
        file.ShouldContain("Werkt in de haven.");
        file.ShouldContain("plaats 1 op de wachtlijst");
        list.ShouldContain("Tom Peeters");
        list.ShouldNotContain("Veertig");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_duplicate_in_the_form_offers_staff_to_link_and_tells_a_counsellor_only_that_staff_will_call(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var original = await ReferAsync(scene.Anna, Referral("Zoë", "Çelik"));
        var form = Form("Zoe", "Celik");

        var counsellor = await TextAsync(await scene.Ben.PostFormAsync("/guidance/candidates/new", "/guidance/candidates/new", form));
        var staff = await TextAsync(await scene.Staff.PostFormAsync("/guidance/candidates/new", "/guidance/candidates/new", form));
        form["LinkToCandidateId"] = original.Id.ToString();
        var linked = await scene.Staff.PostFormAsync("/guidance/candidates/new", "/guidance/candidates/new", form);
        var linkedFile = await scene.Staff.GetStringAsync(linked.Headers.Location!.OriginalString);

        counsellor.ShouldContain("een medewerker neemt contact met je op");
        counsellor.ShouldNotContain(original.Id.ToString());
        counsellor.ShouldNotContain("Zoë");
        staff.ShouldContain("Zoë Çelik, geboren op 05/05/2005, staat al actief ingeschreven");
        staff.ShouldContain($"name=\"LinkToCandidateId\" value=\"{original.Id}\"");
        linked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        linkedFile.ShouldContain($"/guidance/candidates/{original.Id}");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_keep_welfare_partners_and_change_a_status_on_the_candidate_page(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var created = await ReferAsync(scene.Anna, Referral("Yasmine", "Dewaele"));

        var added = await scene.Staff.PostFormAsync("/guidance/partners", "/guidance/partners",
            new Dictionary<string, string> { ["Name"] = "Nachtopvang", ["HasPriority"] = "true", ["PriorityCap"] = "3" });
        var page = $"/guidance/candidates/{created.Id}";
        var stamp = await StampAsync(scene.Staff, page);
        var noReason = await scene.Staff.PostFormAsync(page, page + "?handler=Status",
            new Dictionary<string, string> { ["Status"] = "Withdrawn", ["Reason"] = "", ["ConcurrencyStamp"] = stamp });
        var withdrawn = await scene.Staff.PostFormAsync(page, page + "?handler=Status",
            new Dictionary<string, string> { ["Status"] = "Withdrawn", ["Reason"] = "Verhuisd naar Gent", ["ConcurrencyStamp"] = stamp });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await scene.Staff.GetStringAsync("/guidance/partners")).ShouldContain("value=\"Nachtopvang\"");
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Geef een reden op");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var annaView = await scene.Anna.GetStringAsync(page);
        annaView.ShouldContain("Ingetrokken");
        annaView.ShouldContain("Verhuisd naar Gent");
        annaView.ShouldNotContain("handler=Status");
        (await scene.Anna.GetAsync("/guidance/partners")).Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Accepted_candidates_show_under_the_waiting_list_and_the_candidate_page_leads_to_the_intake_and_for_staff_to_the_start(
        DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var annas = await ReferAsync(scene.Anna, Referral("Amber", "Aanvaard"));
        var bens = await ReferAsync(scene.Ben, Referral("Bram", "Aanvaard"));
        var waiting = await ReferAsync(scene.Anna, Referral("Wim", "Wachtend"));
        await scene.Host.InTenantAsync(scene.Tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().Candidates
            .Where(c => c.Id == annas.Id || c.Id == bens.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CandidateStatus.Accepted)));

        var staffList = await scene.Staff.GetStringAsync("/guidance/waiting-list");
        var annaList = await scene.Anna.GetStringAsync("/guidance/waiting-list");
        var staffFile = await scene.Staff.GetStringAsync($"/guidance/candidates/{annas.Id}");
        var annaFile = await scene.Anna.GetStringAsync($"/guidance/candidates/{annas.Id}");
        var waitingFile = await scene.Staff.GetStringAsync($"/guidance/candidates/{waiting.Id}");

        var accepted = staffList[staffList.IndexOf("id=\"accepted\"", StringComparison.Ordinal)..];
        accepted.ShouldContain("Amber Aanvaard");
        accepted.ShouldContain("Bram Aanvaard");
        accepted.ShouldNotContain("Wim Wachtend");
        accepted.ShouldContain($"href=\"/guidance/candidates/{bens.Id}/start\"");
        annaList.ShouldContain("Amber Aanvaard");
        annaList.ShouldNotContain("Bram");
        annaList.ShouldNotContain("/start\"");
        staffFile.ShouldContain($"href=\"/guidance/candidates/{annas.Id}/intake\"");
        staffFile.ShouldContain($"href=\"/guidance/candidates/{annas.Id}/start\"");
        annaFile.ShouldContain($"href=\"/guidance/candidates/{annas.Id}/intake\"");
        annaFile.ShouldNotContain("/start\"");
        waitingFile.ShouldContain($"href=\"/guidance/candidates/{waiting.Id}/intake\"");
        waitingFile.ShouldNotContain("/start\"");
    }

    /// <summary>The page as a reader sees it (entities decoded: "Zo&#xEB;" is "Zoë").</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> StampAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        const string marker = "name=\"ConcurrencyStamp\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
