using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Guidance.Features.Stay.Start;
using Wmk.Host.Tests.Admin;
using Wmk.Housing.Features.Contracts;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

public sealed class StartTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Today = StayHttp.Today;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_accepted_candidate_starts_on_a_free_place_with_a_contract_onboarding_and_a_planned_first_conversation(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (candidate, unit) = await host.InAsync(tenant, async sp =>
            (await StaySeed.AcceptedCandidateAsync(sp, "Amira"), await StaySeed.UnitAsync(sp, "Bredabaan 12")));
        var places = await staff.GetFromJsonAsync<List<PlaceOption>>($"/api/v1/guidance/candidates/{candidate}/places?on=2026-11-26");
        places!.ShouldContain(p => p.UnitId == unit && p.Place == 1 && p.MatchesPreference);

        var started = await (await staff.PostStartAsync(candidate, unit, Today)).ReadAsync<StartedResident>();

        started.ContractEnd.ShouldBe(new DateOnly(2027, 11, 25));
        var contract = (await staff.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{unit}/contracts"))!.Single();
        (contract.Id, contract.ResidentId, contract.ResidentName, contract.Start).ShouldBe((started.ContractId, started.Id, "Amira Bewoner", Today));
        var file = (await staff.GetFromJsonAsync<ResidentFileView>($"/api/v1/guidance/residents/{started.Id}"))!;
        (file.Name, file.Address, file.ContractEnd).ShouldBe(("Amira Bewoner", "Bredabaan 12", new DateOnly(2027, 11, 25)));
        file.Onboarding.Count.ShouldBe(6);
        file.Onboarding.ShouldAllBe(i => i.DueOn == new DateOnly(2026, 12, 17) && i.DoneOn == null);
        var first = file.Conversations.Planned.Single();
        (first.Kind, first.PlannedOn).ShouldBe((ConversationKind.FirstInterim, new DateOnly(2026, 12, 17)));
        first.Missing.ShouldBe([OnboardingKind.FamilyInsurance, OnboardingKind.EnergyTransfer]);
        file.Timeline.ShouldContain(e => e.Kind == "Start" && e.On == Today);
        (await StatusAsync(host, tenant, candidate)).ShouldBe(CandidateStatus.Started);
        (await staff.GetFromJsonAsync<List<ResidentListItem>>("/api/v1/guidance/residents"))!.Single().Address.ShouldBe("Bredabaan 12");
        (await staff.GetFromJsonAsync<List<PlaceOption>>($"/api/v1/guidance/candidates/{candidate}/places?on=2026-11-26"))!
            .ShouldNotContain(p => p.UnitId == unit);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_candidate_not_accepted_and_a_start_before_the_referral_are_refused_and_nothing_is_stored(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (waiting, accepted, unit) = await host.InAsync(tenant, async sp => (
            await StaySeed.AcceptedCandidateAsync(sp, "Wacht", status: CandidateStatus.Waiting), await StaySeed.AcceptedCandidateAsync(sp, "Vroeg"),
            await StaySeed.UnitAsync(sp, "Kerkstraat 3")));

        var notAccepted = await staff.PostStartAsync(waiting, unit, Today);
        var early = await staff.PostStartAsync(accepted, unit, new DateOnly(2026, 3, 31));

        notAccepted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notAccepted.Content.ReadAsStringAsync()).ShouldContain("Alleen een aanvaarde kandidaat kan starten.");
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("De startdatum 31/03/2026 ligt vóór de aanmelding (01/04/2026).");
        await NothingStartedAsync(host, tenant, staff, unit);
        (await StatusAsync(host, tenant, waiting)).ShouldBe(CandidateStatus.Waiting);
        (await StatusAsync(host, tenant, accepted)).ShouldBe(CandidateStatus.Accepted);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_taken_place_is_refused_and_the_second_candidate_stays_accepted(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var first = await StayHttp.StartedAsync(host, tenant, staff, "Eerste");
        var second = await host.InAsync(tenant, sp => StaySeed.AcceptedCandidateAsync(sp, "Tweede"));

        var refused = await staff.PostStartAsync(second, first.UnitId, Today.AddMonths(1));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Deze plaats is niet vrij op 26/12/2026.");
        (await staff.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{first.UnitId}/contracts"))!.Count.ShouldBe(1);
        (await StatusAsync(host, tenant, second)).ShouldBe(CandidateStatus.Accepted);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_housing_rule_failure_rolls_back_the_resident_and_the_candidate_status(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (candidate, unit) = await host.InAsync(tenant, async sp =>
            (await StaySeed.AcceptedCandidateAsync(sp, "Atoom"), await StaySeed.UnitAsync(sp, "Zonder Attest 1", certified: false)));

        var refused = await staff.PostStartAsync(candidate, unit, Today);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("De woning heeft geen geldig EPC op 26/11/2026.");
        await NothingStartedAsync(host, tenant, staff, unit);
        (await StatusAsync(host, tenant, candidate)).ShouldBe(CandidateStatus.Accepted);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_start_through_the_page_and_see_the_file_with_the_warning_for_the_first_conversation(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (candidate, unit) = await host.InAsync(tenant, async sp =>
            (await StaySeed.AcceptedCandidateAsync(sp, "Pagina"), await StaySeed.UnitAsync(sp, "Paginastraat 7")));
        var page = $"/guidance/candidates/{candidate}/start?on=2026-11-26";
        (await staff.GetStringAsync(page)).ShouldContain("Paginastraat 7");

        var missing = await staff.PostFormAsync(page, page, new Dictionary<string, string> { ["place"] = "" });
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Deze plaats is niet vrij op 26/11/2026.");
        var started = await staff.PostFormAsync(page, page, new Dictionary<string, string> { ["place"] = $"{unit}:1" });

        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await staff.GetStringAsync(started.Headers.Location!.OriginalString);
        file.ShouldContain("Pagina Bewoner");
        file.ShouldContain("Paginastraat 7");
        file.ShouldContain("25/11/2027");
        file.ShouldContain("Eerste tussentijds gesprek gepland op 17/12/2026");
        file.ShouldContain("Nog niet in orde voor het eerste tussentijds gesprek: Familiale verzekering, Energieoverdracht.");
        (await staff.GetStringAsync("/guidance/residents")).ShouldContain("Pagina Bewoner");

        var residentId = started.Headers.Location!.OriginalString.Split('/').Last();
        var onboarding = $"/guidance/residents/{residentId}/onboarding";
        var items = (await staff.GetFromJsonAsync<ResidentFileView>($"/api/v1/guidance/residents/{residentId}"))!.Onboarding;
        var insurance = items.Single(i => i.Kind == OnboardingKind.FamilyInsurance).Id;
        var energy = items.Single(i => i.Kind == OnboardingKind.EnergyTransfer).Id;
        var future = await staff.PostFormAsync(onboarding, $"{onboarding}?itemId={insurance}", new Dictionary<string, string> { ["done"] = "true", ["on"] = "2026-12-01" });
        (await future.Content.ReadAsStringAsync()).ShouldContain("De datum 01/12/2026 ligt in de toekomst.");
        foreach (var item in new[] { insurance, energy })
        {
            (await staff.PostFormAsync(onboarding, $"{onboarding}?itemId={item}", new Dictionary<string, string> { ["done"] = "true" }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var notes = $"/guidance/residents/{residentId}/notes";
        (await staff.PostFormAsync(notes, notes, new Dictionary<string, string> { ["text"] = "Welkomstpakket afgegeven", ["visibility"] = "All" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await staff.GetStringAsync(started.Headers.Location!.OriginalString);
        after.ShouldNotContain("Nog niet in orde voor het eerste tussentijds gesprek");
        after.ShouldContain("op 26/11/2026 door");
        after.ShouldContain("Welkomstpakket afgegeven");
    }

    private static Task<CandidateStatus> StatusAsync(WmkTestHost host, TestTenant tenant, Guid candidate) =>
        host.InAsync(tenant, sp => sp.GetRequiredService<GuidanceDbContext>().Candidates.Where(c => c.Id == candidate).Select(c => c.Status).SingleAsync());

    private static async Task NothingStartedAsync(WmkTestHost host, TestTenant tenant, HttpClient staff, Guid unit)
    {
        (await staff.GetFromJsonAsync<List<ContractView>>($"/api/v1/housing/units/{unit}/contracts"))!.ShouldBeEmpty();
        (await host.InAsync(tenant, sp => sp.GetRequiredService<GuidanceDbContext>().Residents.CountAsync())).ShouldBe(0);
        (await host.InAsync(tenant, sp => sp.GetRequiredService<GuidanceDbContext>().OnboardingItems.CountAsync())).ShouldBe(0);
    }
}
