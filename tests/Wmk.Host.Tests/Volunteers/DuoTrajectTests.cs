using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Accounts;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Security;
using Wmk.Testing;
using Wmk.Volunteers.Features;
using Wmk.Volunteers.Features.Duos;
using Wmk.Volunteers.Features.Intake;
using Wmk.Volunteers.Features.Reports;

namespace Wmk.Host.Tests.Volunteers;

public sealed class DuoTrajectTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_volunteer_after_intake_and_invitation_accepts_a_duo_and_sees_only_first_name_contact_and_tasks(DatabaseKind kind)
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(kind));
        var (staff, today) = (scene.Staff, scene.Today);
        var traject = await (await staff.PostAsJsonAsync("/api/v1/volunteers/trajects", new RequestInput(scene.Resident, null, "Merksem", VolunteersSeed.Evenings, "Geheime begeleidingsnotitie"))).ReadAsync<IdView>();

        var candidates = (await staff.GetFromJsonAsync<TrajectFile>($"/api/v1/volunteers/trajects/{traject.Id}"))!.Candidates;
        candidates.Select(c => c.Id).ShouldBe([scene.Volunteer]);
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/proposals", new ProposeInput(scene.Volunteer))).ReadAsync<IdView>();
        var mine = (await scene.VolunteerClient.GetFromJsonAsync<List<MyDuoRow>>("/api/v1/volunteers/my-duos"))!.Single();
        mine.State.ShouldBe("Pending");
        mine.AnswerBy.ShouldBe(today.AddDays(7));
        (await scene.VolunteerClient.PostAsJsonAsync($"/api/v1/volunteers/my-duos/proposals/{mine.ProposalId}/answer", new AnswerInput(true)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/tasks", new TaskInput("VisitDwelling", "Studio Bredabaan"))).ReadAsync<IdView>();
        await (await scene.VolunteerClient.PostAsJsonAsync($"/api/v1/volunteers/my-duos/{traject.Id}/contacts", new ContactInput(today, 1.5m, "Bezoek"))).ReadAsync<IdView>();

        var json = await scene.VolunteerClient.GetStringAsync($"/api/v1/volunteers/my-duos/{traject.Id}");
        var duo = (await scene.VolunteerClient.GetFromJsonAsync<DuoView>($"/api/v1/volunteers/my-duos/{traject.Id}"))!;
        (duo.FirstName, duo.Email, duo.Status, duo.StartedOn, duo.Hours).ShouldBe(("Iso", "iso@bewoners.test", "Active", today, 1.5m));
        duo.Tasks.Single().Description.ShouldBe("Studio Bredabaan");
        json.ShouldNotContain("Geheime begeleidingsnotitie");
        json.ShouldNotContain("Latie");
        var page = await scene.VolunteerClient.HtmlAsync($"/volunteers/my-duos/{traject.Id}");
        page.ShouldContain("Duo met Iso");
        page.ShouldContain("Een woning bezoeken: Studio Bredabaan");
        page.ShouldNotContain("Geheime begeleidingsnotitie");
        var file = (await staff.GetFromJsonAsync<TrajectFile>($"/api/v1/volunteers/trajects/{traject.Id}"))!;
        (file.Status, file.Volunteer, file.Hours, file.Proposals.Single().State).ShouldBe(("Active", "Vera Vrijwilliger", 1.5m, "Accepted"));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Another_volunteer_opening_the_duo_gets_a_404_and_cannot_log_on_it(DatabaseKind kind)
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(kind));
        var traject = await scene.RunningDuoAsync();
        var other = await scene.OtherVolunteerAsync();

        (await other.GetAsync($"/api/v1/volunteers/my-duos/{traject}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/volunteers/my-duos/{traject}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/volunteers/my-duos/{traject}/contacts", new ContactInput(scene.Today, 1m, null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetFromJsonAsync<List<MyDuoRow>>("/api/v1/volunteers/my-duos"))!.ShouldBeEmpty();
        (await other.GetAsync($"/api/v1/volunteers/trajects/{traject}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scene.Staff.GetFromJsonAsync<TrajectFile>($"/api/v1/volunteers/trajects/{traject}"))!.Contacts.Count.ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_answer_after_the_window_is_refused_and_the_traject_can_be_proposed_again(DatabaseKind kind)
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(kind));
        var traject = await (await scene.Staff.PostAsJsonAsync("/api/v1/volunteers/trajects", new RequestInput(scene.Resident, null, null, null, null))).ReadAsync<IdView>();
        await (await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/proposals", new ProposeInput(scene.Volunteer))).ReadAsync<IdView>();
        var proposal = (await scene.VolunteerClient.GetFromJsonAsync<List<MyDuoRow>>("/api/v1/volunteers/my-duos"))!.Single().ProposalId;
        var twice = await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/proposals", new ProposeInput(scene.Volunteer));

        scene.Mail.Host.MoveToDay(scene.Today.AddDays(8));
        scene = await scene.SignInAgainAsync();
        var late = await scene.VolunteerClient.PostAsJsonAsync($"/api/v1/volunteers/my-duos/proposals/{proposal}/answer", new AnswerInput(true));

        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("er loopt al een voorstel");
        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).ShouldContain("De antwoordtermijn van dit voorstel is verstreken");
        var file = (await scene.Staff.GetFromJsonAsync<TrajectFile>($"/api/v1/volunteers/trajects/{traject.Id}"))!;
        (file.Status, file.Volunteer, file.Proposals.Single().State).ShouldBe(("Proposed", null, "Lapsed"));
        (await scene.VolunteerClient.GetAsync($"/api/v1/volunteers/my-duos/{traject.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        file.Candidates.ShouldBeEmpty("a volunteer proposed once is not offered again for the same request");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Bad_duo_input_gets_clear_messages_and_nothing_is_stored(DatabaseKind kind)
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(kind));
        var traject = await scene.RunningDuoAsync();

        var future = await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject}/contacts", new ContactInput(scene.Today.AddDays(1), 13m, null));
        var other = await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject}/tasks", new TaskInput("Other", null));
        var noOutcome = await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject}/end", new EndInput(scene.Today, null, null));
        var unknownResident = await scene.Staff.PostAsJsonAsync("/api/v1/volunteers/trajects", new RequestInput(Guid.NewGuid(), null, null, null, null));
        var again = await scene.Staff.PostAsJsonAsync("/api/v1/volunteers/trajects", new RequestInput(scene.Resident, null, null, null, null));

        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = await future.Content.ReadAsStringAsync();
        messages.ShouldContain("Vul een datum in die niet in de toekomst ligt.");
        messages.ShouldContain("Het aantal uren ligt tussen 0,25 en 12");
        (await other.Content.ReadAsStringAsync()).ShouldContain("Beschrijf de taak.");
        (await noOutcome.Content.ReadAsStringAsync()).ShouldContain("Kies de uitkomst.");
        unknownResident.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var file = (await scene.Staff.GetFromJsonAsync<TrajectFile>($"/api/v1/volunteers/trajects/{traject}"))!;
        (file.Status, file.Tasks.Count, file.Contacts.Count).ShouldBe(("Active", 1, 1));
        (await scene.Staff.GetAsync($"/api/v1/volunteers/trajects/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Reports_count_active_volunteers_hours_per_month_and_outcomes_and_export_csv_for_nl_be(DatabaseKind kind)
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(kind));
        var traject = await scene.RunningDuoAsync();
        var today = scene.Today;
        await (await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/people/{scene.Volunteer}/activities",
            new Wmk.Volunteers.Features.Activities.ActivityInput("WoonclubHelp", today, 2.25m, null))).ReadAsync<IdView>();
        (await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject}/end", new EndInput(today, "FoundHousing", "Studio gevonden")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var report = (await scene.Staff.GetFromJsonAsync<VolunteersReport>($"/api/v1/volunteers/reports?year={today.Year}"))!;
        var csv = await scene.Staff.GetByteArrayAsync($"/api/v1/volunteers/reports/hours.csv?year={today.Year}");
        var outcomes = Encoding.UTF8.GetString(await scene.Staff.GetByteArrayAsync($"/api/v1/volunteers/reports/trajects.csv?year={today.Year}"));

        report.ActiveVolunteers.ShouldBe(1);
        report.Months[today.Month - 1].Duo.ShouldBe(1.5m);
        report.Months[today.Month - 1].Total.ShouldBe(3.75m);
        (report.Ended, report.Outcomes["FoundHousing"], report.ActiveTrajects).ShouldBe((1, 1, 0));
        csv[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = Encoding.UTF8.GetString(csv[3..]);
        text.ShouldStartWith("Maand;Duotrajecten;Weggeefhoek;Hulp bij de Woonclub;Stagewerk;Andere;Totaal\r\n");
        text.ShouldContain($"{WmkCultures.Dutch.DateTimeFormat.GetMonthName(today.Month)};1,50;0,00;2,25;0,00;0,00;3,75\r\n");
        outcomes.ShouldContain("Woning gevonden;1");
        (await scene.Staff.HtmlAsync("/volunteers/reports")).ShouldContain("Duotrajecten en uitkomsten");
    }

    [Fact]
    public async Task An_intern_gets_the_default_hours_target_and_progress_and_the_certificate_rule_applies_when_the_tenant_asks_it()
    {
        var scene = await DuoScene.CreateAsync(await hosts.GetAsync(DatabaseKind.PostgreSql));
        await scene.Mail.Host.InTenantAsync(scene.Tenant.Info, sp => sp.GetRequiredService<Wmk.Kernel.Settings.IValueManager>().SetTenantValueAsync("Volunteers.GoodConductRequired", "true"));
        await Should.ThrowAsync<Wmk.Kernel.Errors.InvalidRequestException>(() =>
            scene.Mail.Host.InTenantAsync(scene.Tenant.Info, sp => VolunteersSeed.VolunteerAsync(sp, $"stagiair-{Guid.NewGuid():N}@hogeschool.test")));

        var id = await scene.Mail.Host.InTenantAsync(scene.Tenant.Info, async sp =>
        {
            var email = $"stagiair-{Guid.NewGuid():N}@hogeschool.test";
            await sp.GetRequiredService<Wmk.Volunteers.Features.SignUp.SignUpHandler>().SignUpAsync(VolunteersSeed.SignUp(email, "Sam"), default);
            return (await sp.GetRequiredService<VolunteersHandler>().ListAsync(default)).Single(v => v.Email == email).Id;
        });
        var bad = await scene.Staff.PutAsJsonAsync($"/api/v1/volunteers/people/{id}/intake",
            new IntakeInput(scene.Today, null, null, null, scene.Today.AddYears(-2), null, "Intern", null, null));
        var file = await (await scene.Staff.PutAsJsonAsync($"/api/v1/volunteers/people/{id}/intake",
            new IntakeInput(scene.Today, null, null, null, scene.Today.AddMonths(-1), null, "Intern", null, null))).ReadAsync<VolunteerFile>();
        await (await scene.Staff.PostAsJsonAsync($"/api/v1/volunteers/people/{id}/activities",
            new Wmk.Volunteers.Features.Activities.ActivityInput("Internship", scene.Today, 10m, null))).ReadAsync<IdView>();

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Het bewijs van goed gedrag en zeden is niet geldig");
        (file.Kind, file.HoursTarget, file.GoodConductValid).ShouldBe(("Intern", 40, true));
        var after = (await scene.Staff.GetFromJsonAsync<VolunteerFile>($"/api/v1/volunteers/people/{id}"))!;
        (after.Hours, after.Progress).ShouldBe((10m, 25));
        (await scene.Staff.HtmlAsync($"/volunteers/people/{id}")).ShouldContain("10 / 40 (25 %)");
    }
}

/// <summary>A tenant with a staff client, a resident, and a volunteer who signed up, had the intake, was invited and accepted.</summary>
internal sealed record DuoScene(
    MailHost Mail, TestTenant Tenant, HttpClient Staff, HttpClient VolunteerClient, string VolunteerEmail, Guid Volunteer, Guid Resident, DateOnly Today)
{
    public static async Task<DuoScene> CreateAsync(MailHost mail)
    {
        var tenant = await mail.Host.CreateTenantAsync();
        var staff = await AdminHttp.AdminOfAsync(mail.Host, tenant);
        var email = $"vera-{Guid.NewGuid():N}@vrijwilligers.test";
        var (volunteer, resident) = await mail.Host.InTenantAsync(tenant.Info, async sp =>
            (await VolunteersSeed.VolunteerAsync(sp, email), await VolunteersSeed.ResidentAsync(sp)));
        var today = mail.Host.Clock.Today();
        await mail.MailToAsync(email);
        var invited = await (await staff.PostAsync($"/api/v1/volunteers/people/{volunteer}/invitation", null)).ReadAsync<VolunteerFile>();
        invited.InvitedOn.ShouldBe(today);
        var link = MailHost.LinkIn(await mail.MailToAsync(email));
        var person = mail.Host.CreateClient();
        (await person.PostFormAsync(link, link + "&handler=New", new Dictionary<string, string> { ["password"] = TestTenant.Password, ["repeat"] = TestTenant.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var client = await AdminHttp.SignedInAsync(mail.Host, email, tenant.Slug);
        return new DuoScene(mail, tenant, staff, client, email, volunteer, resident, today);
    }

    /// <summary>Fresh sessions after the clock moved on (an idle session ends).</summary>
    public async Task<DuoScene> SignInAgainAsync() => this with
    {
        Staff = await AdminHttp.AdminOfAsync(Mail.Host, Tenant), VolunteerClient = await AdminHttp.SignedInAsync(Mail.Host, VolunteerEmail, Tenant.Slug),
    };

    /// <summary>A running duo of this scene's volunteer (accepted through the API) with one task and one contact.</summary>
    public async Task<Guid> RunningDuoAsync()
    {
        var traject = await (await Staff.PostAsJsonAsync("/api/v1/volunteers/trajects", new RequestInput(Resident, null, null, null, null))).ReadAsync<IdView>();
        await (await Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/proposals", new ProposeInput(Volunteer))).ReadAsync<IdView>();
        var proposal = (await VolunteerClient.GetFromJsonAsync<List<MyDuoRow>>("/api/v1/volunteers/my-duos"))!.Single(d => d.Id == traject.Id).ProposalId;
        (await VolunteerClient.PostAsJsonAsync($"/api/v1/volunteers/my-duos/proposals/{proposal}/answer", new AnswerInput(true))).EnsureSuccessStatusCode();
        await (await Staff.PostAsJsonAsync($"/api/v1/volunteers/trajects/{traject.Id}/tasks", new TaskInput("SearchOnline", null))).ReadAsync<IdView>();
        await (await VolunteerClient.PostAsJsonAsync($"/api/v1/volunteers/my-duos/{traject.Id}/contacts", new ContactInput(Today, 1.5m, null))).ReadAsync<IdView>();
        return traject.Id;
    }

    /// <summary>A second volunteer of the same organisation, with an account of their own.</summary>
    public async Task<HttpClient> OtherVolunteerAsync()
    {
        var email = $"ander-{Guid.NewGuid():N}@vrijwilligers.test";
        await Mail.Host.InTenantAsync(Tenant.Info, async sp =>
        {
            await VolunteersSeed.VolunteerAsync(sp, email);
            await sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, "Ander", [WmkRoles.Volunteer]);
        });
        return await AdminHttp.SignedInAsync(Mail.Host, email, Tenant.Slug);
    }
}
