using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.FollowUp;
using Wmk.Host.Tests.Accounts;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Localization;
using Wmk.Testing;

namespace Wmk.Host.Tests.Finance.FollowUp;

/// <summary>The daily follow-up scan: the 15th message and the 20th reminder by real SMTP, never twice, a pause, the closing.</summary>
public sealed class FollowUpMailTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unpaid_resident_gets_the_message_on_the_15th_and_the_reminder_on_the_20th_each_once_and_payment_closes_the_case(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var month = FollowUpSeed.NextMonth(host);
        var resident = $"r-{Guid.NewGuid():N}@bewoner.test";
        var counsellor = $"c-{Guid.NewGuid():N}@kiosk.test";
        var (id, contract) = await host.InTenantAsync(tenant.Info, sp => FollowUpSeed.ChargedResidentAsync(sp, month, resident, counsellor));

        host.MoveToDay(month.AddDays(13));
        await FollowUpSeed.RunJobAsync(host, tenant);
        (await FollowUpSeed.StepsAsync(host, tenant, id)).ShouldBeEmpty("the 14th is before the message day");

        var fifteenth = month.AddDays(14);
        host.MoveToDay(fifteenth);
        await FollowUpSeed.RunJobAsync(host, tenant);
        await Task.WhenAll(ScanAsync(host, tenant), ScanAsync(host, tenant), FollowUpSeed.RunJobAsync(host, tenant));
        var message = await mail.MailToAsync(resident);
        message.Recipients.ShouldBe([resident, counsellor], ignoreOrder: true);
        message.Message.Subject.ShouldBe("Je huur is nog niet betaald (€ 327,00)");
        message.Message.HtmlBody!.ShouldContain(tenant.Info.Name);
        message.Message.HtmlBody!.ShouldContain($"oudste vervaldag {month.AddDays(9):dd/MM/yyyy}");
        (await FollowUpSeed.StepsAsync(host, tenant, id)).ShouldBe([(ArrearsStepKind.Message, fifteenth)]);
        (await mail.NoMailToAsync(resident)).ShouldBeTrue("the message goes once however often the scan runs");

        var twentieth = month.AddDays(19);
        host.MoveToDay(twentieth);
        await FollowUpSeed.RunJobAsync(host, tenant);
        await FollowUpSeed.RunJobAsync(host, tenant);
        var reminder = await mail.MailToAsync(counsellor);
        reminder.Recipients.ShouldBe([resident, counsellor], ignoreOrder: true);
        reminder.Message.Subject.ShouldBe("Herinnering: achterstal huur € 327,00");
        (await mail.NoMailToAsync(resident)).ShouldBeTrue();

        await host.InTenantAsync(tenant.Info, sp => FollowUpSeed.PayAsync(sp, id, contract, 327m, twentieth));
        host.MoveToDay(month.AddDays(20));
        await FollowUpSeed.RunJobAsync(host, tenant);
        (await FollowUpSeed.StepsAsync(host, tenant, id)).ShouldBe(
            [(ArrearsStepKind.Message, fifteenth), (ArrearsStepKind.Reminder, twentieth), (ArrearsStepKind.Closed, month.AddDays(20))]);
        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        var overview = (await staff.GetFromJsonAsync<FollowUpOverview>("/api/v1/finance/follow-up"))!;
        overview.Open.ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_paused_case_gets_no_reminder_until_it_is_resumed_and_manual_steps_are_recorded_with_who_and_when(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var month = FollowUpSeed.NextMonth(host);
        var resident = $"r-{Guid.NewGuid():N}@bewoner.test";
        var (id, _) = await host.InTenantAsync(tenant.Info, sp => FollowUpSeed.ChargedResidentAsync(sp, month, resident));
        host.MoveToDay(month.AddDays(15));
        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        await FollowUpSeed.RunJobAsync(host, tenant);
        (await mail.MailToAsync(resident)).Message.Subject!.ShouldStartWith("Je huur is nog niet betaald");
        var overview = (await staff.GetFromJsonAsync<FollowUpOverview>("/api/v1/finance/follow-up"))!;
        var row = overview.Open.Single();
        row.ResidentId.ShouldBe(id);
        row.LastStep.ShouldBe(ArrearsStepKind.Message);
        row.Overdue.ShouldBe(327m);

        var noReason = await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/pause", new PauseInput(" "));
        var paused = await (await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/pause", new PauseInput("Budgetbeheer start, afspraak OCMW")))
            .ReadAsync<ArrearsCaseView>();
        var stepWhilePaused = await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/steps", new ArrearsStepInput(ArrearsStepKind.CauseTalk, null, null, null));
        host.MoveToDay(month.AddDays(20));
        await FollowUpSeed.RunJobAsync(host, tenant);
        staff = await AdminHttp.AdminOfAsync(host, tenant);

        noReason.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Geef een reden voor de pauze");
        paused.PausedOn.ShouldBe(month.AddDays(15));
        stepWhilePaused.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await mail.NoMailToAsync(resident)).ShouldBeTrue("a paused case gets no reminder");
        (await staff.GetFromJsonAsync<FollowUpOverview>("/api/v1/finance/follow-up"))!.Paused.Single().PauseReason.ShouldBe("Budgetbeheer start, afspraak OCMW");

        await (await staff.PostAsync($"/api/v1/finance/follow-up/cases/{row.Id}/resume", null)).ReadAsync<ArrearsCaseView>();
        host.MoveToDay(month.AddDays(21));
        await FollowUpSeed.RunJobAsync(host, tenant);
        staff = await AdminHttp.AdminOfAsync(host, tenant);
        (await mail.MailToAsync(resident)).Message.Subject!.ShouldStartWith("Herinnering: achterstal huur");

        var noTracking = await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/steps",
            new ArrearsStepInput(ArrearsStepKind.RegisteredLetter, null, null, null));
        var letter = await (await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/steps",
            new ArrearsStepInput(ArrearsStepKind.RegisteredLetter, null, "Plan niet nagekomen", "RR123456785BE"))).ReadAsync<ArrearsCaseView>();
        var auto = await staff.PostAsJsonAsync($"/api/v1/finance/follow-up/cases/{row.Id}/steps", new ArrearsStepInput(ArrearsStepKind.Reminder, null, null, null));

        noTracking.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await noTracking.Content.ReadAsStringAsync()).ShouldContain("Geef het opvolgnummer van de aangetekende brief.");
        auto.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        letter.Steps.Select(s => s.Kind).ShouldBe(
            [ArrearsStepKind.Message, ArrearsStepKind.Paused, ArrearsStepKind.Resumed, ArrearsStepKind.Reminder, ArrearsStepKind.RegisteredLetter]);
        letter.Steps[^1].By.ShouldNotBeNull();
        letter.Steps[^1].TrackingNumber.ShouldBe("RR123456785BE");
        letter.Steps[0].By.ShouldBeNull();
        letter.ShowsFund.ShouldBeTrue("after a registered letter the eviction prevention fund is shown");
        var page = System.Net.WebUtility.HtmlDecode(await staff.GetStringAsync($"/finance/follow-up/cases/{row.Id}"));
        page.ShouldContain("Fonds ter bestrijding van uithuiszettingen");
        page.ShouldContain("RR123456785BE");
        page.ShouldContain("€ 327,00");
        System.Net.WebUtility.HtmlDecode(await staff.GetStringAsync("/finance/follow-up")).ShouldContain("Aangetekende brief");
        (await staff.GetAsync($"/api/v1/finance/follow-up/cases/{Guid.NewGuid()}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    private static Task ScanAsync(WmkTestHost host, TestTenant tenant) =>
        host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<FollowUpScan>().RunAsync(host.Clock.Today(), tenant.Info.Name, default));
}
