using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wmk.Guidance.Data;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Security;
using Wmk.Testing;
using Wmk.Testing.Housing;

namespace Wmk.E2E.Tests;

/// <summary>
/// The whole trajectory through the Dutch pages, following the links a person follows: referral by the counsellor,
/// intake where one red blocks and the coordinator overrides, the start on a free place, the first interim conversation,
/// the termination notice with its registered letter, the exit and the outflow report of that year.
/// </summary>
public sealed partial class GuidanceWalkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Address = "Wandelstraat 5, 2170 Merksem";
    private const string Tracking = "RR123456785BE";
    private static readonly DateOnly Start = new(2026, 12, 1);

    [Fact]
    public async Task A_referred_young_person_is_taken_in_starts_gets_the_notice_leaves_and_shows_in_the_outflow_report()
    {
        var scene = await PortalScene.CreateAsync(browser.Host);
        var tenant = scene.Tenant;
        var id = tenant.Slug;
        var (counsellor, colleague) = ($"consulent-{id}@caw.test", $"bert-{id}@wmk.test");
        await browser.Host.InTenantAsync(tenant.Info, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountProvisioning>();
            await accounts.EnsureMemberAsync(counsellor, TestTenant.Password, "Carla Consulent", [WmkRoles.PartnerCounsellor]);
            await accounts.EnsureMemberAsync(colleague, TestTenant.Password, "Bert Medewerker", [WmkRoles.Staff]);
        });

        await ReferAsync(tenant, counsellor);
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(tenant);
        await IntakeWithOneRedAsync(staff, tenant, colleague);
        await staff.AddUnitAsync(Address, "Merksem", "2026-11-01", "2028-06-30");
        var contractEnd = await StartAsync(staff);
        var file = staff.Url;

        MoveTo(Start.AddDays(21));
        staff = await SignedInAsync(tenant.AdminEmail, tenant);
        await OnboardingAsync(staff, file);
        var conversations = await SignedInAsync(counsellor, tenant);
        await FirstInterimConversationAsync(conversations);

        MoveTo(contractEnd.AddMonths(-3));
        (await browser.Host.RunTenantJobAsync("Guidance.ContractEndJob", tenant.Info)).ShouldBeTrue();
        staff = await SignedInAsync(tenant.AdminEmail, tenant);
        await NoticeAsync(staff, file, contractEnd);

        MoveTo(contractEnd.AddDays(-7));
        staff = await SignedInAsync(tenant.AdminEmail, tenant);
        await ExitAsync(staff, file, contractEnd);
        await OutflowAsync(staff, contractEnd.Year);
        browser.CspViolations(staff).ShouldBeEmpty();
    }

    /// <summary>The counsellor refers their client through the form and lands on the candidate's page.</summary>
    private async Task ReferAsync(TestTenant tenant, string counsellor)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(counsellor, tenant.Slug);
        await page.OpenAsync($"/t/{tenant.Slug}/guidance/waiting-list");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Nieuwe aanmelding" }).ClickAsync();
        await page.GetByLabel("Voornaam").FillAsync("Wout");
        await page.GetByLabel("Achternaam").FillAsync("Wandelaar");
        await page.GetByLabel("Geboortedatum").FillAsync("2005-05-05");
        await page.GetByLabel("Woonvoorkeur").SelectOptionAsync("Solo");
        await page.GetByLabel("Begeleiding gestart op").FillAsync("2026-08-01");
        await page.GetByLabel("Verwachte startdatum").FillAsync(Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForPageAsync(CandidateUrl());
        (await page.Locator("#status").InnerTextAsync()).ShouldContain("plaats 1");
    }

    /// <summary>
    /// From the waiting list to the candidate and its intake: one red blocks with a message naming the red item and
    /// nothing is stored; the coordinator then overrides with a reason and the candidate is accepted.
    /// </summary>
    private async Task IntakeWithOneRedAsync(IPage page, TestTenant tenant, string colleague)
    {
        await page.OpenAsync("/guidance/waiting-list");
        await page.FollowAsync("Wout Wandelaar", CandidateUrl(), "#waiting-list");
        await page.FollowAsync("Kennismaking en intake", new Regex("/intake$"));
        await page.FollowAsync("Intakegesprek registreren", new Regex("/intake/new\\?kind=Intake$"));

        await page.Locator("#staff-2").FillAsync(colleague);
        var items = page.Locator("main form fieldset");
        var red = await items.First.Locator("legend").InnerTextAsync();
        for (var n = 0; n < await items.CountAsync(); n++)
        {
            await items.Nth(n).GetByLabel(n == 0 ? "rood" : "groen").CheckAsync();
        }

        await items.First.GetByLabel("Opmerking").FillAsync("Nog geen zicht op een volgende woning");
        await page.Locator("#outcome").SelectOptionAsync("Accepted");
        await page.Locator("#next-step").FillAsync("Opstart plannen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek bewaren" }).ClickAsync();
        var blocked = await page.Locator("main .error").InnerTextAsync();
        blocked.ShouldContain("Eén rode score blokkeert de opname");
        blocked.ShouldContain(red);
        await page.NoMissingTextAsync();
        (await browser.Host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<GuidanceDbContext>().IntakeConversations.CountAsync())).ShouldBe(0);

        await page.Locator("#override").FillAsync("Motivatie besproken met de consulent; opvolging in het eerste gesprek");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek bewaren" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/intake$"));
        await page.NoMissingTextAsync();
        var intake = await page.Locator("main").InnerTextAsync();
        intake.ShouldContain("opgenomen");
        intake.ShouldContain("Motivatie besproken met de consulent");
        await page.FollowAsync("Terug naar de kandidaat", CandidateUrl());
        (await page.Locator("#status").InnerTextAsync()).ShouldContain("Aanvaard");
    }

    /// <summary>From the accepted candidates under the waiting list to the candidate's page and the start on the unit's free place; returns the contract end.</summary>
    private static async Task<DateOnly> StartAsync(IPage page)
    {
        await page.OpenAsync("/guidance/waiting-list");
        await page.FollowAsync("Wout Wandelaar", CandidateUrl(), "#accepted");
        await page.FollowAsync("Opstarten", new Regex("/start$"));
        (await page.Locator("#on").InputValueAsync()).ShouldBe("2026-12-01");
        await page.GetByLabel(Address).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Starten" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/guidance/residents/[0-9a-f-]{36}$"));
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Wout Wandelaar");
        await page.NoMissingTextAsync();
        var end = await page.Locator("dt:text-is('Einde contract') + dd").InnerTextAsync();
        return DateOnly.ParseExact(end.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>Staff mark the family insurance and the energy transfer done, as required by the first conversation.</summary>
    private static async Task OnboardingAsync(IPage page, string file)
    {
        await page.OpenAsync(file);
        await page.FollowAsync("Opstart bijhouden", new Regex("/onboarding$"));
        foreach (var item in new[] { "Familiale verzekering", "Energieoverdracht" })
        {
            await page.Locator("tr", new() { HasText = item }).GetByRole(AriaRole.Button, new() { Name = "Afgewerkt", Exact = true }).ClickAsync();
            await page.Locator("tr", new() { HasText = item }).GetByRole(AriaRole.Button, new() { Name = "Niet afgewerkt" }).WaitForAsync();
        }
    }

    /// <summary>The counsellor opens their resident (without the staff's contract-end links) and records the first interim conversation, about 3 weeks after the start.</summary>
    private static async Task FirstInterimConversationAsync(IPage page)
    {
        await page.OpenAsync("/guidance/residents");
        await page.FollowAsync("Wout Wandelaar", new Regex("/guidance/residents/[0-9a-f-]{36}$"));
        (await page.Locator("#ending").CountAsync()).ShouldBe(0, "the contract end is the staff's work");
        await page.FollowAsync("Gesprekken en doelen", new Regex("/conversations$"));
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Eerste tussentijds gesprek");
        await page.GetByLabel("Datum van het gesprek").FillAsync(Start.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Agenda").FillAsync("Begeleidingsclausule overlopen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan" }).ClickAsync();
        await page.Locator("main li", new() { HasText = "Begeleidingsclausule overlopen" }).WaitForAsync();
        (await page.Locator("main li", new() { HasText = "Begeleidingsclausule overlopen" }).InnerTextAsync()).ShouldContain("Eerste tussentijds gesprek");
        await page.NoMissingTextAsync();
    }

    /// <summary>From the resident's file to the notices: the termination notice is there and its registered letter is recorded.</summary>
    private static async Task NoticeAsync(IPage page, string file, DateOnly contractEnd)
    {
        await page.OpenAsync(file);
        await page.FollowAsync("Opzeg en herinnering", new Regex("/notices$"));
        var notice = page.Locator("main section");
        var heading = await notice.Locator("h2").InnerTextAsync();
        heading.ShouldContain("Opzegbrief");
        heading.ShouldContain(contractEnd.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await notice.GetByLabel("Verstuurd op").FillAsync(contractEnd.AddMonths(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await notice.GetByLabel("Volgnummer").FillAsync(Tracking);
        await notice.GetByRole(AriaRole.Button, new() { Name = "Brief als verstuurd registreren" }).ClickAsync();
        await page.Locator("main section", new() { HasText = Tracking }).WaitForAsync();
        (await page.Locator("main section").InnerTextAsync()).ShouldContain("Aangetekende brief verstuurd op");
        await page.NoMissingTextAsync();
    }

    /// <summary>From the resident's file to the exit, with the destination; the file's timeline then tells the whole story.</summary>
    private static async Task ExitAsync(IPage page, string file, DateOnly contractEnd)
    {
        await page.OpenAsync(file);
        await page.FollowAsync("Uitstroom", new Regex("/exit$"));
        await page.GetByLabel("Laatste dag").FillAsync(contractEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Bestemming").SelectOptionAsync("SocialHousingAccelerated");
        await page.GetByLabel("Schoonmaakcontrole").SelectOptionAsync("Ok");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitstroom registreren" }).ClickAsync();
        await page.Locator("main dl").WaitForAsync();
        (await page.Locator("main dl").InnerTextAsync()).ShouldContain("Sociale woning (versnelde toewijzing)");
        await page.NoMissingTextAsync();

        await page.FollowAsync("Terug naar de bewoner", new Regex("/guidance/residents/[0-9a-f-]{36}$"));
        var timeline = await page.Locator("main .timeline").InnerTextAsync();
        timeline.ShouldNotContain("Timeline:");
        timeline.ShouldNotContain("{0}");
        timeline.ShouldContain(Tracking);
        timeline.ShouldContain("Sociale woning (versnelde toewijzing)");
    }

    /// <summary>The outflow report of the exit's year counts the resident under the destination.</summary>
    private static async Task OutflowAsync(IPage page, int year)
    {
        await page.OpenAsync("/guidance/reports");
        await page.FollowAsync("Uitstroom per bestemming", new Regex("/guidance/reports/outflow$"));
        await page.GetByLabel("Jaar", new() { Exact = true }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Aantal jaren").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await page.WaitForPageAsync(new Regex($"year={year}"));
        (await page.Locator("thead").InnerTextAsync()).ShouldContain(year.ToString(CultureInfo.InvariantCulture));
        (await page.Locator("tbody tr", new() { HasText = "versnelde toewijzing" }).Locator("td").InnerTextAsync()).ShouldBe("1");
        (await page.Locator("tfoot td").InnerTextAsync()).ShouldBe("1");
        await page.NoMissingTextAsync();
    }

    private async Task<IPage> SignedInAsync(string email, TestTenant tenant)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, tenant.Slug);
        return page;
    }

    /// <summary>Moves the host's clock forward (sessions then need a new sign-in).</summary>
    private void MoveTo(DateOnly day) => browser.Host.MoveToDay(day);

    [GeneratedRegex("/guidance/candidates/[0-9a-f-]{36}$")]
    private static partial Regex CandidateUrl();
}
