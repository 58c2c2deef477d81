using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Onboarding;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Guidance.Features.Stay.Timeline;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

public sealed class ConversationsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Start = new(2026, 9, 30);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Recording_the_first_conversation_plans_the_next_within_the_interval_and_extra_ones_leave_the_planning(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Plan", on: Start);
        var url = $"/api/v1/guidance/residents/{resident.Id}";
        var file = (await staff.GetFromJsonAsync<ResidentFileView>(url))!;
        var insurance = file.Onboarding.Single(i => i.Kind == OnboardingKind.FamilyInsurance);
        (await (await staff.PutAsJsonAsync($"{url}/onboarding/{insurance.Id}", new MarkOnboardingInput(true, new DateOnly(2026, 10, 10))))
            .ReadAsync<OnboardingItemView>()).DoneOn.ShouldBe(new DateOnly(2026, 10, 10));
        var goal = await (await staff.PostAsJsonAsync($"{url}/goals", new GoalInput("Een sociale woning zoeken"))).ReadAsync<GoalView>();

        var first = await (await staff.PostAsJsonAsync($"{url}/conversations", new RecordConversationInput(
            new DateOnly(2026, 10, 21), "Begeleidingsclausule, afspraken", "Bewoner, consulent, Sara", "Goed gestart",
            Progress: [new GoalProgressInput(goal.Id, "Ingeschreven bij twee woonmaatschappijen")]))).ReadAsync<ConversationsView>();

        var held = first.Held.Single();
        (held.Kind, held.HeldOn).ShouldBe((ConversationKind.FirstInterim, new DateOnly(2026, 10, 21)));
        held.Missing.ShouldBe([OnboardingKind.EnergyTransfer]);
        first.Planned.Single().PlannedOn.ShouldBe(new DateOnly(2027, 1, 21));
        first.Goals.Single().Progress.Single().Text.ShouldBe("Ingeschreven bij twee woonmaatschappijen");

        var extra = await (await staff.PostAsJsonAsync($"{url}/conversations",
            new RecordConversationInput(new DateOnly(2026, 11, 2), "Conflict met de buren", null, null, Extra: true))).ReadAsync<ConversationsView>();
        extra.Planned.Single().PlannedOn.ShouldBe(new DateOnly(2027, 1, 21));
        extra.Held.First().Kind.ShouldBe(ConversationKind.Extra);

        var late = await staff.PostAsJsonAsync($"{url}/conversations",
            new RecordConversationInput(new DateOnly(2026, 11, 26), "Doelen", null, null, NextOn: new DateOnly(2027, 2, 27)));
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).ShouldContain("Het volgende gesprek valt na 26/11/2026 en uiterlijk op 26/02/2027.");
        var future = await staff.PostAsJsonAsync($"{url}/conversations", new RecordConversationInput(new DateOnly(2026, 11, 27), "Doelen", null, null));
        (await future.Content.ReadAsStringAsync()).ShouldContain("Een gehouden gesprek kan niet in de toekomst liggen (27/11/2026).");

        var second = await (await staff.PostAsJsonAsync($"{url}/conversations", new RecordConversationInput(
            new DateOnly(2026, 11, 26), "Doelen", null, null, Progress: [new GoalProgressInput(goal.Id, "Woning gevonden", GoalStatus.Achieved)])))
            .ReadAsync<ConversationsView>();
        second.Held.Count.ShouldBe(3);
        second.Held.Single(c => c.HeldOn == new DateOnly(2026, 11, 26)).Kind.ShouldBe(ConversationKind.Interim);
        second.Planned.Single().PlannedOn.ShouldBe(new DateOnly(2027, 2, 26));
        (second.Goals.Single().Status, second.Goals.Single().Progress.Count).ShouldBe((GoalStatus.Achieved, 2));
        var timeline = (await staff.GetFromJsonAsync<ResidentFileView>(url))!.Timeline;
        timeline.Select(e => e.Kind).Where(k => k is "Start" or "Onboarding" or "Conversation")
            .ShouldBe(["Start", "Onboarding", "Conversation", "Conversation", "Conversation"]);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Open_onboarding_items_and_planned_conversations_are_due_work_until_done(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Taak", on: Start);
        var url = $"/api/v1/guidance/residents/{resident.Id}";
        var welcome = (await staff.GetFromJsonAsync<ResidentFileView>(url))!.Onboarding.Single(i => i.Kind == OnboardingKind.WelcomePack);
        await (await staff.PutAsJsonAsync($"{url}/onboarding/{welcome.Id}", new MarkOnboardingInput(true))).ReadAsync<OnboardingItemView>();

        var due = await DueAsync(host, tenant, new DateOnly(2026, 10, 21));

        due.Where(d => d.ResidentId == resident.Id).Select(d => d.Kind).Order().ShouldBe(
        [
            "Conversation", "Onboarding.AddressRegistration", "Onboarding.DocumentsSigned", "Onboarding.EnergyTransfer", "Onboarding.FamilyInsurance",
            "Onboarding.NeighboursInformed",
        ]);
        due.ShouldAllBe(d => d.DueOn == new DateOnly(2026, 10, 21));
        (await DueAsync(host, tenant, new DateOnly(2026, 10, 20))).ShouldBeEmpty();
        var undone = await (await staff.PutAsJsonAsync($"{url}/onboarding/{welcome.Id}", new MarkOnboardingInput(false))).ReadAsync<OnboardingItemView>();
        undone.DoneOn.ShouldBeNull();
        (await DueAsync(host, tenant, new DateOnly(2026, 10, 21))).Count.ShouldBe(7);
        var future = await staff.PutAsJsonAsync($"{url}/onboarding/{welcome.Id}", new MarkOnboardingInput(true, new DateOnly(2026, 11, 27)));
        (await future.Content.ReadAsStringAsync()).ShouldContain("De datum 27/11/2026 ligt in de toekomst.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_partner_counsellor_records_conversations_for_their_own_clients_only(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, client) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var own = await StayHttp.StartedAsync(host, tenant, staff, "Eigen", counsellor, Start);
        var other = await StayHttp.StartedAsync(host, tenant, staff, "Ander", Guid.NewGuid(), Start);
        var input = new RecordConversationInput(new DateOnly(2026, 10, 21), "Weekelijkse opvolging", null, null);

        (await client.PostAsJsonAsync($"/api/v1/guidance/residents/{own.Id}/conversations", input)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await client.PostAsJsonAsync($"/api/v1/guidance/residents/{other.Id}/conversations", input);

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetFromJsonAsync<ConversationsView>($"/api/v1/guidance/residents/{other.Id}/conversations"))!.Held.ShouldBeEmpty();
        var page = $"/guidance/residents/{own.Id}/conversations";
        var recorded = await client.PostFormAsync(page, page + "?handler=Record", new Dictionary<string, string>
            { ["heldOn"] = "2026-11-20", ["agenda"] = "Extra: budget", ["extra"] = "true" });
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await recorded.Content.ReadAsStringAsync());
        (await client.GetStringAsync(page)).ShouldContain("Extra: budget");
        (await client.PostFormAsync(page, page + "?handler=Goal", new Dictionary<string, string> { ["text"] = "Werk zoeken" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var goal = (await client.GetFromJsonAsync<ConversationsView>($"/api/v1/guidance/residents/{own.Id}/conversations"))!.Goals.Single();
        var withProgress = await client.PostFormAsync(page, page + "?handler=Record", new Dictionary<string, string>
        {
            ["heldOn"] = "2026-11-25", ["agenda"] = "Doelen", [$"progress[{goal.Id}]"] = "Sollicitatie verstuurd", [$"status[{goal.Id}]"] = "Achieved",
        });
        withProgress.StatusCode.ShouldBe(HttpStatusCode.Redirect, await withProgress.Content.ReadAsStringAsync());
        var reviewed = (await client.GetFromJsonAsync<ConversationsView>($"/api/v1/guidance/residents/{own.Id}/conversations"))!.Goals.Single();
        (reviewed.Status, reviewed.Progress.Single().Text).ShouldBe((GoalStatus.Achieved, "Sollicitatie verstuurd"));
    }

    private static Task<IReadOnlyList<DueWork>> DueAsync(WmkTestHost host, TestTenant tenant, DateOnly until) =>
        host.InAsync(tenant, async sp =>
        {
            var all = new List<DueWork>();
            foreach (var source in sp.GetServices<IDueWorkSource>().OfType<StayDueWorkSource>())
            {
                all.AddRange(await source.DueAsync(until, default));
            }

            return (IReadOnlyList<DueWork>)all;
        });
}
