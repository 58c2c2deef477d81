using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Intake;

public sealed class IntakeApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private const string Checklists = "/api/v1/guidance/checklists";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_tenant_gets_both_dutch_checklists_once_and_edits_them_while_answers_keep_their_wording(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var lists = (await s.Coordinator.GetFromJsonAsync<List<ChecklistView>>(Checklists))!;
        lists.Select(l => (l.Kind, l.Items.Count)).ShouldBe([(ChecklistKind.TargetGroup, 6), (ChecklistKind.Intake, 6)]);
        lists[0].Items[0].Text.ShouldBe("Is bij de verwachte start tussen 17 en 25 jaar");
        (await s.InTenantAsync(async sp =>
        {
            await sp.GetRequiredService<ChecklistSeeder>().SeedAsync(default);
            return await sp.GetRequiredService<GuidanceDbContext>().ChecklistItems.CountAsync();
        })).ShouldBe(12, "seeding twice adds nothing");
        var items = lists[0].Items;
        await (await s.Coordinator.PostAsJsonAsync($"/api/v1/guidance/candidates/{s.Candidate}/intake",
            await s.IntakeAsync(IntakeOutcome.AnotherConversation, kind: IntakeKind.GetToKnow))).ReadAsync<ConversationView>();

        await (await s.Coordinator.PutAsJsonAsync($"{Checklists}/items/{items[0].Id}", new ChecklistItemUpdate("Is 17 tot en met 25 jaar", true))).ReadAsync<ChecklistItemView>();
        await (await s.Coordinator.PutAsJsonAsync($"{Checklists}/items/{items[1].Id}", new ChecklistItemUpdate(items[1].Text, false))).ReadAsync<ChecklistItemView>();
        var added = await (await s.Coordinator.PostAsJsonAsync($"{Checklists}/TargetGroup/items", new ChecklistItemInput("Heeft een rijksregisternummer"))).ReadAsync<ChecklistItemView>();
        var order = items.Select(i => i.Id).Append(added.Id).Reverse().ToList();
        await (await s.Coordinator.PutAsJsonAsync($"{Checklists}/TargetGroup/order", new ChecklistOrderInput(order))).ReadAsync<List<ChecklistItemView>>();
        var blank = await s.Coordinator.PostAsJsonAsync($"{Checklists}/TargetGroup/items", new ChecklistItemInput("  "));
        var partial = await s.Coordinator.PutAsJsonAsync($"{Checklists}/TargetGroup/order", new ChecklistOrderInput([added.Id]));

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.Content.ReadAsStringAsync()).ShouldContain("Vul de tekst van het item in.");
        partial.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var target = (await s.Coordinator.GetFromJsonAsync<List<ChecklistView>>(Checklists))!.Single(l => l.Kind == ChecklistKind.TargetGroup).Items;
        target.Select(i => i.Id).ShouldBe(order);
        target.Single(i => i.Id == items[0].Id).Text.ShouldBe("Is 17 tot en met 25 jaar");
        target.Single(i => i.Id == items[1].Id).Active.ShouldBeFalse();
        var asked = await s.IntakeAsync(kind: IntakeKind.GetToKnow);
        asked.Answers!.Select(a => a.ItemId).ShouldBe(order.Where(id => id != items[1].Id));
        var intake = (await s.Coordinator.GetFromJsonAsync<IntakeView>($"/api/v1/guidance/candidates/{s.Candidate}/intake"))!;
        intake.Conversations.Single().Answers!.Select(a => a.Item).ShouldBe(items.Select(i => i.Text));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_red_checklist_without_override_gets_a_dutch_400_naming_the_reds_stores_nothing_and_is_audited(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var staff = await s.SignInAsync(s.Ann);
        var items = await s.ItemsAsync(ChecklistKind.Intake);
        var url = $"/api/v1/guidance/candidates/{s.Candidate}/intake";

        var refused = await staff.PostAsJsonAsync(url, await s.IntakeAsync(reds: 2));
        var notAllowed = await staff.PostAsJsonAsync(url, await s.IntakeAsync(reds: 1, overrideReason: "Toch proberen"));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(
            $"Eén rode score blokkeert de opname. Rood staat bij: {items[0].Text}, {items[1].Text}. Alleen een coördinator kan dit met een reden overrulen");
        notAllowed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notAllowed.Content.ReadAsStringAsync()).ShouldContain("U mag een rode score niet overrulen");
        (await s.ConversationsAsync()).ShouldBe(0);
        (await s.AnswersAsync()).ShouldBe(0);
        (await s.CandidateAsync()).Status.ShouldBe(CandidateStatus.Invited);
        var audit = await s.AuditAsync();
        audit.Count(a => a.Action == AuditAction.Create && a.Details == "refused Intake:RedBlocks").ShouldBe(1);
        audit.Count(a => a.Action == AuditAction.Create && a.Details == "refused Intake:OverrideNotAllowed").ShouldBe(1);
        audit.ShouldAllBe(a => a.UserId == s.Ann.Id && a.EntityId == s.Candidate.ToString());
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_coordinator_overrides_a_red_with_a_reason_and_who_when_and_why_are_stored_and_shown(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var url = $"/api/v1/guidance/candidates/{s.Candidate}/intake";

        var saved = await (await s.Coordinator.PostAsJsonAsync(url, await s.IntakeAsync(reds: 1, overrideReason: "Budgetbeheer via het OCMW is gestart")))
            .ReadAsync<ConversationView>();
        var again = await s.Coordinator.PostAsJsonAsync(url, await s.IntakeAsync());

        saved.Override.ShouldNotBeNull();
        saved.Override.Reason.ShouldBe("Budgetbeheer via het OCMW is gestart");
        saved.Override.By.ShouldBe(s.Tenant.AdminEmail);
        saved.Override.At.ShouldBe(s.Host.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
        saved.Staff.ShouldBe(["Ann Medewerker", "Bert Medewerker"]);
        saved.Answers!.Count(a => a.Colour == AnswerColour.Red).ShouldBe(1);
        (await s.CandidateAsync()).Status.ShouldBe(CandidateStatus.Accepted);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = WebUtility.HtmlDecode(await s.Coordinator.GetStringAsync($"/guidance/candidates/{s.Candidate}/intake"));
        page.ShouldContain("Rood overruled door " + s.Tenant.AdminEmail);
        page.ShouldContain("Budgetbeheer via het OCMW is gestart");
        (await s.AuditAsync()).ShouldContain(a => a.Action == AuditAction.Create && a.Details!.EndsWith("outcome=Accepted override=True"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Not_accepted_keeps_the_reason_and_bad_staff_or_dates_are_refused(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var url = $"/api/v1/guidance/candidates/{s.Candidate}/intake";
        var counsellor = await IntakeScene.MemberAsync(s.Host, s.Tenant, Wmk.Kernel.Security.WmkRoles.PartnerCounsellor, "Consulent");
        var good = await s.IntakeAsync(IntakeOutcome.NotAccepted, reds: 1);

        var sameStaff = await s.Coordinator.PostAsJsonAsync(url, good with { SecondStaffAccountId = s.Ann.Id });
        var notStaff = await s.Coordinator.PostAsJsonAsync(url, good with { SecondStaffAccountId = counsellor.Id });
        var early = await s.Coordinator.PostAsJsonAsync(url, good with { HeldOn = new DateOnly(2026, 3, 31) });
        var future = await s.Coordinator.PostAsJsonAsync(url, good with { HeldOn = IntakeScene.Today.AddDays(1) });
        var unknown = await s.Coordinator.PostAsJsonAsync($"/api/v1/guidance/candidates/{Guid.NewGuid()}/intake", good);
        (await s.ConversationsAsync()).ShouldBe(0);
        await (await s.Coordinator.PostAsJsonAsync(url, good)).ReadAsync<ConversationView>();

        (await sameStaff.Content.ReadAsStringAsync()).ShouldContain("Kies twee verschillende medewerkers.");
        (await notStaff.Content.ReadAsStringAsync()).ShouldContain("Elke medewerker moet een actieve medewerker van de organisatie zijn.");
        (await early.Content.ReadAsStringAsync()).ShouldContain("De datum van het gesprek (31/03/2026) ligt vóór de aanmelding (01/04/2026).");
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var candidate = await s.CandidateAsync();
        (candidate.Status, candidate.StatusReason).ShouldBe((CandidateStatus.NotAccepted, "Eerst schulden aanpakken"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_sees_the_outcome_of_their_own_clients_intake_without_the_checklist_and_never_another_client(DatabaseKind kind)
    {
        var s = await IntakeScene.StartAsync(await hosts.GetAsync(kind));
        var counsellor = await IntakeScene.MemberAsync(s.Host, s.Tenant, Wmk.Kernel.Security.WmkRoles.PartnerCounsellor, "Consulent CAW");
        var own = await s.InTenantAsync(sp => IntakeSeed.CandidateAsync(sp, counsellor.Id));
        var input = await s.IntakeAsync(IntakeOutcome.AnotherConversation);
        input = input with { Answers = [input.Answers![0] with { Colour = AnswerColour.Orange, Remark = "Geheime opmerking" }, .. input.Answers.Skip(1)] };
        await (await s.Coordinator.PostAsJsonAsync($"/api/v1/guidance/candidates/{own}/intake", input)).ReadAsync<ConversationView>();
        var client = await s.SignInAsync(counsellor);

        var view = (await client.GetFromJsonAsync<IntakeView>($"/api/v1/guidance/candidates/{own}/intake"))!;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/guidance/candidates/{own}/intake"));
        var other = await client.GetAsync($"/api/v1/guidance/candidates/{s.Candidate}/intake");
        var otherPage = await client.GetAsync($"/guidance/candidates/{s.Candidate}/intake");
        var post = await client.PostAsJsonAsync($"/api/v1/guidance/candidates/{own}/intake", input);

        view.Full.ShouldBeFalse();
        var seen = view.Conversations.Single();
        (seen.Outcome, seen.NextStep).ShouldBe((IntakeOutcome.AnotherConversation, "Matching voor woning delen"));
        (seen.Answers, seen.Notes, seen.Staff, seen.Override).ShouldBe((null, null, null, null));
        page.ShouldContain("nog een gesprek nodig");
        page.ShouldNotContain("Geheime opmerking");
        page.ShouldNotContain("Interne notities: gesprek liep vlot");
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await s.AuditAsync()).Count(a => a.UserId == counsellor.Id && a.Details == "not-found" && a.EntityId == s.Candidate.ToString()).ShouldBe(2);
    }
}
