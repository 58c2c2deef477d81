using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Matching;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Housing;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Intake;

public sealed class MatchingTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Two_accepted_candidates_are_proposed_for_a_free_shared_unit_and_the_meeting_records_the_sharing_agreements(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var (shared, solo) = await s.InTenantAsync(async sp =>
        {
            var (company, manager) = await HousingSeed.PartnersAsync(sp);
            var units = sp.GetRequiredService<UnitsHandler>();
            return ((await units.AddAsync(HousingSeed.Unit(company, manager, shared: true) with { Address = "Deelstraat 2" }, default)).Id,
                (await units.AddAsync(HousingSeed.Unit(company, manager), default)).Id);
        });
        var lina = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, status: CandidateStatus.Accepted));
        var sam = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, status: CandidateStatus.Accepted, preference: HousingPreference.Either, firstName: "Sam"));
        var noor = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, status: CandidateStatus.Accepted, firstName: "Noor"));
        var alone = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, status: CandidateStatus.Accepted, preference: HousingPreference.Solo, firstName: "Alleen"));
        const string url = "/api/v1/guidance/matches";

        var proposed = await (await s.Coordinator.PostAsJsonAsync(url, new MatchProposalInput(lina, sam, shared))).ReadAsync<MatchView>();
        var busy = await s.Coordinator.PostAsJsonAsync(url, new MatchProposalInput(lina, noor, shared));
        var soloUnit = await s.Coordinator.PostAsJsonAsync(url, new MatchProposalInput(noor, alone, solo));
        var invited = await s.Coordinator.PostAsJsonAsync(url, new MatchProposalInput(noor, s.Candidate, shared));

        (proposed.Status, proposed.UnitAddress, proposed.FirstCandidate).ShouldBe((MatchStatus.Proposed, "Deelstraat 2", "Lina Intake"));
        busy.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await busy.Content.ReadAsStringAsync()).ShouldContain("Lina Intake zit al in een open voorstel.");
        var soloText = await soloUnit.Content.ReadAsStringAsync();
        soloText.ShouldContain("Alleen Intake wil alleen wonen.");
        soloText.ShouldContain("Kies een gedeelde woning met vandaag minstens 2 vrije plaatsen.");
        (await invited.Content.ReadAsStringAsync()).ShouldContain("Lina Intake is (nog) niet opgenomen na de intake.");
        (await s.Coordinator.GetFromJsonAsync<List<MatchView>>(url))!.Single().Id.ShouldBe(proposed.Id);

        var page = $"/guidance/matches/{proposed.Id}";
        var noAgreements = await s.Coordinator.PostPairsAsync(page, page,
            ("meetingOn", "2026-11-26"), ("firstCandidateAttended", "true"), ("secondCandidateAttended", "true"), ("staffEmails", s.Ann.Email), ("outcome", "Matched"));
        WebUtility.HtmlDecode(await noAgreements.Content.ReadAsStringAsync()).ShouldContain("Een match vraagt de afspraken woning delen.");
        var met = await s.Coordinator.PostPairsAsync(page, page,
            ("meetingOn", "2026-11-26"), ("firstCandidateAttended", "true"), ("secondCandidateAttended", "true"), ("firstCounsellorAttended", "true"),
            ("staffEmails", $"{s.Ann.Email}, {s.Bert.Email}"), ("outcome", "Matched"), ("agreements", "Poetsrooster per week; bezoek na 22 uur vooraf melden"));
        met.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var match = (await s.Coordinator.GetFromJsonAsync<MatchView>($"{url}/{proposed.Id}"))!;
        (match.Status, match.MeetingOn, match.FirstCounsellorAttended, match.SecondCounsellorAttended).ShouldBe(
            (MatchStatus.Matched, new DateOnly(2026, 11, 26), true, false));
        match.Staff.ShouldBe(["Ann Medewerker", "Bert Medewerker"]);
        match.Agreements.ShouldBe("Poetsrooster per week; bezoek na 22 uur vooraf melden");
        (await s.Coordinator.PostAsJsonAsync($"{url}/{proposed.Id}/meeting", new MatchMeetingInput(
            IntakeScene.Today, true, true, false, false, [s.Ann.Id], MatchStatus.NoMatch, "Toch niet", null))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await s.Coordinator.GetStringAsync(page)).ShouldContain("bezoek na 22 uur vooraf melden");
        (await s.Coordinator.PostAsJsonAsync(url, new MatchProposalInput(lina, noor, shared))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task No_match_needs_a_reason_and_the_timeline_shows_the_intake_outcome(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var shared = await s.InTenantAsync(async sp =>
        {
            var (company, manager) = await HousingSeed.PartnersAsync(sp);
            return (await sp.GetRequiredService<UnitsHandler>().AddAsync(HousingSeed.Unit(company, manager, shared: true), default)).Id;
        });
        await (await s.Coordinator.PostAsJsonAsync($"/api/v1/guidance/candidates/{s.Candidate}/intake", await s.IntakeAsync())).ReadAsync<Wmk.Guidance.Features.Intake.Conversations.ConversationView>();
        var sam = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, status: CandidateStatus.Accepted, firstName: "Sam"));
        var proposed = await (await s.Coordinator.PostAsJsonAsync("/api/v1/guidance/matches", new MatchProposalInput(s.Candidate, sam, shared))).ReadAsync<MatchView>();
        var meeting = $"/api/v1/guidance/matches/{proposed.Id}/meeting";

        var noReason = await s.Coordinator.PostAsJsonAsync(meeting, new MatchMeetingInput(IntakeScene.Today, true, false, false, false, [s.Ann.Id], MatchStatus.NoMatch, null, null));
        var noStaff = await s.Coordinator.PostAsJsonAsync(meeting, new MatchMeetingInput(IntakeScene.Today, true, false, false, false, [], MatchStatus.NoMatch, "Andere ritmes", null));
        var closed = await (await s.Coordinator.PostAsJsonAsync(meeting,
            new MatchMeetingInput(IntakeScene.Today, true, false, false, false, [s.Ann.Id], MatchStatus.NoMatch, "Andere dagritmes", null))).ReadAsync<MatchView>();

        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Vul in waarom het geen match is.");
        (await noStaff.Content.ReadAsStringAsync()).ShouldContain("Vul minstens één aanwezige medewerker in.");
        (closed.Status, closed.Reason, closed.Agreements).ShouldBe((MatchStatus.NoMatch, "Andere dagritmes", null));
        var timeline = await s.InTenantAsync(async sp =>
        {
            var entries = new List<TimelineEntry>();
            foreach (var source in sp.GetServices<ITimelineSource>())
            {
                entries.AddRange(await source.ForAsync(s.Candidate, null, default));
            }

            return entries;
        });
        timeline.ShouldContain(new TimelineEntry(IntakeScene.Today.AddDays(-1), "Intake.Intake", "Uitkomst: opgenomen. Volgende stap: Matching voor woning delen",
            $"/guidance/candidates/{s.Candidate}/intake"));
        timeline.ShouldNotContain(e => e.Kind == "Intake.Match", "outside a staff request the meeting is not shown");
    }
}
