using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Referrals.CandidateFile;
using Wmk.Guidance.Features.Referrals.Partners;
using Wmk.Guidance.Features.Referrals.Status;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Testing;
using static Wmk.Host.Tests.Guidance.Referrals.ReferralScene;

namespace Wmk.Host.Tests.Guidance.Referrals;

public sealed class WaitingListApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_priority_partner_goes_first_while_it_holds_fewer_places_than_its_cap(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var shelter = await PartnerAsync(scene.Staff, "Nachtopvang", priority: true, cap: 2);
        var caw = await PartnerAsync(scene.Staff, "CAW", priority: false);
        var a = await ReferAsync(scene.Staff, Referral("Aline", "A", partner: caw.Id));
        var b = await ReferAsync(scene.Staff, Referral("Bram", "B", partner: shelter.Id));
        var c = await ReferAsync(scene.Staff, Referral("Cato", "C", partner: shelter.Id));
        var d = await ReferAsync(scene.Staff, Referral("Dries", "D", partner: shelter.Id));

        var start = await WaitingListAsync(scene.Staff);
        await ChangeAsync(scene.Staff, b.Id, CandidateStatus.Invited);
        var afterInvite = await WaitingListAsync(scene.Staff);
        await (await scene.Staff.PutAsJsonAsync($"/api/v1/guidance/partners/{shelter.Id}", new WelfarePartnerInput("Nachtopvang", true, 1)))
            .ReadAsync<WelfarePartnerView>();
        var atCap = await WaitingListAsync(scene.Staff);

        start.Rows.Select(r => (r.Position, r.CandidateId, r.HasPriority)).ShouldBe([(1, b.Id, true), (2, c.Id, true), (3, a.Id, false), (4, d.Id, false)]);
        afterInvite.Rows.Select(r => r.CandidateId).ShouldBe([b.Id, c.Id, a.Id, d.Id]);
        atCap.Rows.Select(r => r.CandidateId).ShouldBe([b.Id, a.Id, c.Id, d.Id]);
        atCap.Rows[0].Status.ShouldBe(CandidateStatus.Invited);
        atCap.Rows[0].Partner.ShouldBe("Nachtopvang");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_partner_without_its_own_cap_uses_the_tenant_setting(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));

        var shelter = await PartnerAsync(scene.Staff, "Nachtopvang", priority: true);
        var bad = await scene.Staff.PostAsJsonAsync("/api/v1/guidance/partners", new WelfarePartnerInput(" ", true, 0));

        (shelter.PriorityCap, shelter.OwnCap).ShouldBe((10, null));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync();
        text.ShouldContain("De naam van de welzijnspartner is verplicht");
        text.ShouldContain("Het plafond moet een geheel getal van minstens 1 zijn.");
        (await scene.Anna.GetFromJsonAsync<List<WelfarePartnerView>>("/api/v1/guidance/partners"))!.Single().Name.ShouldBe("Nachtopvang");
        (await scene.Anna.PostAsJsonAsync("/api/v1/guidance/partners", new WelfarePartnerInput("X", false, null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_sees_only_their_own_candidates_with_their_place_on_the_whole_list(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var anna1 = await ReferAsync(scene.Anna, Referral("Anouk", "Eerste"));
        var ben = await ReferAsync(scene.Ben, Referral("Bilal", "Tweede"));
        var anna2 = await ReferAsync(scene.Anna, Referral("Amber", "Derde"));

        var annaList = await WaitingListAsync(scene.Anna);
        var benList = await WaitingListAsync(scene.Ben);
        var staffList = await WaitingListAsync(scene.Staff);

        annaList.Rows.Select(r => (r.Position, r.CandidateId)).ShouldBe([(1, anna1.Id), (3, anna2.Id)]);
        annaList.Total.ShouldBe(3);
        benList.Rows.Select(r => (r.Position, r.CandidateId)).ShouldBe([(2, ben.Id)]);
        staffList.Rows.Select(r => r.CandidateId).ShouldBe([anna1.Id, ben.Id, anna2.Id]);
        (await scene.Anna.GetFromJsonAsync<CandidateView>($"/api/v1/guidance/candidates/{anna2.Id}"))!.Position.ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_opening_another_counsellors_client_gets_404_and_the_attempt_is_audited(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var bens = await ReferAsync(scene.Ben, Referral("Bilal", "Geheim"));

        var api = await scene.Anna.GetAsync($"/api/v1/guidance/candidates/{bens.Id}");
        var page = await scene.Anna.GetAsync($"/guidance/candidates/{bens.Id}");
        var status = await scene.Anna.PostAsJsonAsync($"/api/v1/guidance/candidates/{bens.Id}/status",
            new StatusInput(CandidateStatus.Withdrawn, "x", Guid.Empty));

        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await api.Content.ReadAsStringAsync()).ShouldContain("Deze kandidaat bestaat niet.");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldNotContain("Geheim");
        status.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scene.AuditAsync()).Count(a => a.Action == AuditAction.Read && a.UserId == scene.AnnaId && a.EntityId == bens.Id.ToString()
            && a.Details == "Refused: not found").ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_invite_hold_and_withdraw_with_reasons_each_step_is_kept_and_a_stale_stamp_is_a_conflict(DatabaseKind kind)
    {
        var scene = await CreateAsync(await hosts.GetAsync(kind));
        var created = await ReferAsync(scene.Anna, Referral("Yasmine", "Dewaele"));
        var stamp = (await FileAsync(scene.Staff, created.Id)).ConcurrencyStamp;

        var invited = await ChangeAsync(scene.Staff, created.Id, CandidateStatus.Invited);
        var stale = await scene.Staff.PostAsJsonAsync($"/api/v1/guidance/candidates/{created.Id}/status", new StatusInput(CandidateStatus.OnHold, "Opname", stamp));
        var noReason = await scene.Staff.PostAsJsonAsync($"/api/v1/guidance/candidates/{created.Id}/status",
            new StatusInput(CandidateStatus.OnHold, " ", invited.ConcurrencyStamp));
        var held = await ChangeAsync(scene.Staff, created.Id, CandidateStatus.OnHold, "Opname in het ziekenhuis");
        var onHoldList = await WaitingListAsync(scene.Staff);
        await ChangeAsync(scene.Staff, created.Id, CandidateStatus.Waiting);
        var file = await FileAsync(scene.Anna, created.Id);

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Geef een reden op");
        held.Reason.ShouldBe("Opname in het ziekenhuis");
        onHoldList.Total.ShouldBe(0);
        file.Status.ShouldBe(CandidateStatus.Waiting);
        file.Position.ShouldBe(1);
        file.History.Select(h => (h.From, h.To, h.Reason)).ShouldBe([
            (null, CandidateStatus.Waiting, null), (CandidateStatus.Waiting, CandidateStatus.Invited, null),
            (CandidateStatus.Invited, CandidateStatus.OnHold, "Opname in het ziekenhuis"), (CandidateStatus.OnHold, CandidateStatus.Waiting, null)]);
        var timeline = await scene.Host.InTenantAsync(scene.Tenant.Info, sp =>
            sp.GetServices<ITimelineSource>().OfType<ReferralTimelineSource>().Single().ForAsync(created.Id, null, default));
        timeline.Select(t => (t.On, t.Kind, t.Text)).ShouldBe([
            (Today, "Referral", "Aangemeld"), (Today, "CandidateStatus", "Status: Uitgenodigd"),
            (Today, "CandidateStatus", "Status: On hold (Opname in het ziekenhuis)"), (Today, "CandidateStatus", "Status: Wachtend")]);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Two_tenants_never_see_each_others_candidates_partners_or_positions(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var a = await CreateAsync(host);
        var b = await CreateAsync(host);
        await PartnerAsync(a.Staff, "Nachtopvang A", priority: true);
        var created = await ReferAsync(a.Staff, Referral("Yasmine", "Dewaele"));

        (await b.Staff.GetAsync($"/api/v1/guidance/candidates/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Staff.PostAsJsonAsync($"/api/v1/guidance/candidates/{created.Id}/status", new StatusInput(CandidateStatus.Invited, null, Guid.Empty)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WaitingListAsync(b.Staff)).Total.ShouldBe(0);
        (await b.Staff.GetFromJsonAsync<List<WelfarePartnerView>>("/api/v1/guidance/partners"))!.ShouldBeEmpty();
        (await ReferAsync(b.Staff, Referral("Yasmine", "Dewaele"))).LinkedCandidateId.ShouldBeNull();
    }

    private static async Task<CandidateView> FileAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<CandidateView>($"/api/v1/guidance/candidates/{id}"))!;

    private static async Task<StatusResult> ChangeAsync(HttpClient staff, Guid id, CandidateStatus status, string? reason = null)
    {
        var stamp = (await FileAsync(staff, id)).ConcurrencyStamp;
        return await (await staff.PostAsJsonAsync($"/api/v1/guidance/candidates/{id}/status", new StatusInput(status, reason, stamp))).ReadAsync<StatusResult>();
    }
}
