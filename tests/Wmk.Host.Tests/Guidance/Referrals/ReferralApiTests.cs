using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.CandidateFile;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Testing;
using static Wmk.Host.Tests.Guidance.Referrals.ReferralScene;

namespace Wmk.Host.Tests.Guidance.Referrals;

public sealed class ReferralApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_refer_with_the_counsellors_details_and_linking_the_counsellors_account_lets_the_counsellor_see_the_candidate(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));

        var created = await ReferAsync(scene.Staff, Referral("Yasmine", "Dewaele") with { CounsellorAccountEmail = scene.AnnaEmail });
        var file = (await scene.Anna.GetFromJsonAsync<CandidateView>($"/api/v1/guidance/candidates/{created.Id}"))!;

        created.ReferredOn.ShouldBe(Today);
        (file.FirstName, file.CounsellorName, file.CounsellorPhone, file.CounsellorHasAccount).ShouldBe(("Yasmine", "Sara Begeleider", "03 123 45 67", true));
        (file.Status, file.Position, file.SharedNotes).ShouldBe((CandidateStatus.Waiting, 1, "Zoekt rust."));
        file.History.Select(h => (h.On, h.From, h.To)).ShouldBe([(Today, (CandidateStatus?)null, CandidateStatus.Waiting)]);
        (await WaitingListAsync(scene.Ben)).Rows.ShouldBeEmpty();
        var audit = await scene.AuditAsync();
        audit.Count(a => a.Action == AuditAction.Create && a.EntityId == created.Id.ToString()).ShouldBe(1);
        audit.Count(a => a.Action == AuditAction.Read && a.EntityId == created.Id.ToString()).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_refers_as_themself_with_name_and_email_from_their_membership(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));

        var created = await ReferAsync(scene.Anna, Referral("Yasmine", "Dewaele") with { CounsellorName = "Iemand Anders", CounsellorEmail = null });
        var file = (await scene.Staff.GetFromJsonAsync<CandidateView>($"/api/v1/guidance/candidates/{created.Id}"))!;

        (file.CounsellorName, file.CounsellorEmail, file.CounsellorHasAccount).ShouldBe((AnnaName, scene.AnnaEmail, true));
        (await WaitingListAsync(scene.Anna)).Rows.Single().CandidateId.ShouldBe(created.Id);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_referrals_get_every_message_in_the_users_language_store_nothing_and_are_audited(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var future = Referral("Toekomst", "Kind", birth: Today.AddDays(1));
        var forty = Referral("Veertig", "Jaar", birth: new DateOnly(1986, 6, 15)) with { ExpectedStartOn = Today.AddDays(-1) };

        var first = await scene.Staff.PostAsJsonAsync("/api/v1/guidance/candidates", future);
        var second = await scene.Anna.PostAsJsonAsync("/api/v1/guidance/candidates", forty);
        using var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/guidance/candidates") { Content = JsonContent.Create(future) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var third = await scene.Staff.SendAsync(english);

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await first.Content.ReadAsStringAsync()).ShouldContain("De geboortedatum 27/11/2026 ligt in de toekomst.");
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await second.Content.ReadAsStringAsync();
        text.ShouldContain("Op de verwachte startdatum 25/11/2026 is de kandidaat 40 jaar; de doelgroep is 17 tot en met 25 jaar.");
        text.ShouldContain("De verwachte startdatum 25/11/2026 ligt vóór de aanmeldingsdatum 26/11/2026.");
        (await third.Content.ReadAsStringAsync()).ShouldContain("The birth date 27/11/2026 is in the future.");
        (await WaitingListAsync(scene.Staff)).Total.ShouldBe(0);
        var refused = (await scene.AuditAsync()).Where(a => a.Details?.StartsWith("Refused:", StringComparison.Ordinal) == true).ToList();
        refused.Count.ShouldBe(3);
        refused.ShouldContain(a => a.UserId == scene.AnnaId && a.Details!.Contains("Referral:AgeOutOfRange"));
        refused.ShouldAllBe(a => !a.Details!.Contains("Veertig"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_second_referral_of_the_same_person_is_refused_staff_may_link_or_confirm_and_a_counsellor_learns_nothing(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var original = await ReferAsync(scene.Anna, Referral("Zoë", "Çelik"));
        var again = Referral(" zoe ", "CELIK ");

        var byBen = await scene.Ben.PostAsJsonAsync("/api/v1/guidance/candidates", again);
        var byStaff = await scene.Staff.PostAsJsonAsync("/api/v1/guidance/candidates", again);
        var linked = await ReferAsync(scene.Staff, again with { LinkToCandidateId = original.Id });
        var other = await ReferAsync(scene.Staff, again with { ConfirmedOtherPerson = true });
        var linkedByBen = await scene.Ben.PostAsJsonAsync("/api/v1/guidance/candidates", again with { LinkToCandidateId = original.Id, ConfirmedOtherPerson = true });

        byBen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var benText = await byBen.Content.ReadAsStringAsync();
        benText.ShouldContain("Deze persoon is al ingeschreven bij de organisatie. Er werd niets opgeslagen; een medewerker neemt contact met je op.");
        benText.ShouldNotContain(original.Id.ToString());
        benText.ShouldNotContain("Zoë");
        benText.ShouldNotContain(AnnaName);
        linkedByBen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        byStaff.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var staffProblem = JsonDocument.Parse(await byStaff.Content.ReadAsStringAsync()).RootElement;
        staffProblem.GetProperty("candidateId").GetGuid().ShouldBe(original.Id);
        staffProblem.GetProperty("detail").GetString()!.ShouldContain("Zoë Çelik, geboren op 05/05/2005, staat al actief ingeschreven (aangemeld op 26/11/2026, status: Wachtend).");
        (linked.LinkedCandidateId, other.LinkedCandidateId).ShouldBe((original.Id, null));
        (await WaitingListAsync(scene.Staff)).Total.ShouldBe(3);
        (await scene.AuditAsync()).Count(a => a.Details == "Refused: Duplicate of " + original.Id).ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_withdrawn_candidate_is_no_duplicate_and_a_different_birth_date_is_another_person(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var first = await ReferAsync(scene.Staff, Referral("Omar", "El Idrissi"));
        var file = (await scene.Staff.GetFromJsonAsync<CandidateView>($"/api/v1/guidance/candidates/{first.Id}"))!;
        await (await scene.Staff.PostAsJsonAsync($"/api/v1/guidance/candidates/{first.Id}/status",
            new { Status = "Withdrawn", Reason = "Elders terecht", file.ConcurrencyStamp })).ReadAsync<JsonElement>();

        await ReferAsync(scene.Staff, Referral("Omar", "El Idrissi"));
        await ReferAsync(scene.Staff, Referral("Omar", "El Idrissi", birth: new DateOnly(2005, 5, 6)));

        (await WaitingListAsync(scene.Staff)).Total.ShouldBe(2);
    }
}
