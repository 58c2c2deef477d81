using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>
/// A volunteer through the Dutch pages: the public sign-up of the organisation (without account), the intake and the
/// invitation by staff, a resident's request, the proposal, the volunteer accepting it on their own page, a task, a
/// contact with hours, and the end of the duo in the reports.
/// </summary>
public sealed class VolunteerWalkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_public_sign_up_goes_through_intake_to_an_accepted_duo_traject_with_tasks_and_hours()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var email = $"vera-{tenant.Slug}@vrijwilligers.test";
        await browser.Host.InTenantAsync(tenant.Info, sp => SeedResidentAsync(sp));
        var today = browser.Host.Clock.Today();

        await SignUpAsync(tenant, email);
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(tenant);
        await IntakeAsync(staff, email, today);
        await browser.Host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, "Vera Vrijwilliger", [WmkRoles.Volunteer]));
        var traject = await RequestAndProposeAsync(staff);

        var volunteer = await browser.NewPageAsync();
        await volunteer.SignInAsync(email, tenant.Slug);
        await AcceptAsync(volunteer, today);

        await staff.OpenAsync(traject);
        (await staff.Locator("main").InnerTextAsync()).ShouldContain("Loopt");
        await staff.GetByLabel("Taak", new() { Exact = true }).SelectOptionAsync("VisitDwelling");
        await staff.GetByLabel("Omschrijving").FillAsync("Studio Bredabaan");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Taak toevoegen" }).ClickAsync();
        await staff.Locator("main li", new() { HasText = "Studio Bredabaan" }).WaitForAsync();

        await LogContactAsync(volunteer, today);
        await EndAsync(staff, traject, today);
        browser.CspViolations(staff).ShouldBeEmpty();
        browser.CspViolations(volunteer).ShouldBeEmpty();
    }

    /// <summary>Anyone opens the organisation's sign-up page; without consent the form says so and keeps the input.</summary>
    private async Task SignUpAsync(TestTenant tenant, string email)
    {
        var page = await browser.NewPageAsync();
        // The first page of a cold host on a busy machine may take longer than the default 10 s.
        await page.OpenAsync($"/t/{tenant.Slug}/volunteers/sign-up");
        await page.GetByLabel("Voornaam").FillAsync("Vera");
        await page.GetByLabel("Achternaam").FillAsync("Vrijwilliger");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Telefoon").FillAsync("0470 12 34 56");
        await page.GetByLabel("dinsdag avond").CheckAsync();
        await page.GetByLabel("donderdag avond").CheckAsync();
        await page.GetByLabel("Buurt of district").FillAsync("Merksem");
        await page.GetByLabel("Hoe heb je van ons gehoord?").SelectOptionAsync("Flyer");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        (await page.Locator("main .error").InnerTextAsync()).ShouldContain("akkoord gaat met de privacyverklaring");
        (await page.GetByLabel("E-mailadres").InputValueAsync()).ShouldBe(email);
        await page.GetByLabel("Ik ga akkoord met de privacyverklaring.").CheckAsync();
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        (await page.Locator("main [role=status]").InnerTextAsync()).ShouldContain("Bedankt voor je aanmelding!");
        await page.NoMissingTextAsync();
    }

    /// <summary>Staff find the new sign-up in the list, record the intake and send the invitation.</summary>
    private static async Task IntakeAsync(IPage page, string email, DateOnly today)
    {
        await page.OpenAsync("/volunteers");
        await page.FollowAsync("Vera Vrijwilliger", new Regex("/volunteers/people/[0-9a-f-]{36}$"));
        (await page.Locator("main").InnerTextAsync()).ShouldContain(email);
        await page.GetByLabel("Datum intake").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Notities van het gesprek").FillAsync("Wil helpen zoeken, vooral 's avonds.");
        await page.GetByLabel("Gevolgde vormingen").FillAsync("Onthaalvorming");
        await page.GetByRole(AriaRole.Button, new() { Name = "Intake bewaren" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken via uitnodiging" }).ClickAsync();
        await page.Locator("dt:text-is('Uitgenodigd') + dd", new() { HasText = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) }).WaitForAsync();
        (await page.Locator("dt:text-is('Status') + dd").InnerTextAsync()).ShouldContain("Actief");
        await page.NoMissingTextAsync();
    }

    /// <summary>Staff record the resident's request and propose the only matching volunteer; returns the traject's address.</summary>
    private static async Task<string> RequestAndProposeAsync(IPage page)
    {
        await page.OpenAsync("/volunteers/trajects");
        await page.GetByLabel("Bewoner").SelectOptionAsync(new SelectOptionValue { Label = "Iso Latie" });
        await page.GetByLabel("Buurt of district").FillAsync("Merksem");
        await page.GetByLabel("dinsdag avond").CheckAsync();
        await page.GetByLabel("Notitie bij de vraag").FillAsync("Vertrouwelijk: schulden in behandeling");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag bewaren" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/volunteers/trajects/[0-9a-f-]{36}$"));
        await page.GetByLabel("Vrijwilliger voorstellen").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorstellen", Exact = true }).ClickAsync();
        await page.Locator("main li", new() { HasText = "Wacht op antwoord" }).WaitForAsync();
        await page.NoMissingTextAsync();
        return page.Url;
    }

    /// <summary>The volunteer sees the proposal with the resident's first name only and takes it on.</summary>
    private static async Task AcceptAsync(IPage page, DateOnly today)
    {
        await page.OpenAsync("/volunteers/my-duos");
        (await page.Locator("main").InnerTextAsync()).ShouldContain($"antwoord tegen {today.AddDays(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
        await page.FollowAsync("Iso", new Regex("/volunteers/my-duos/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ik neem het op" }).ClickAsync();
        await page.Locator("dt:text-is('Contact') + dd").WaitForAsync();
        var duo = await page.Locator("main").InnerTextAsync();
        duo.ShouldContain("iso@bewoners.test");
        duo.ShouldNotContain("Latie");
        duo.ShouldNotContain("Vertrouwelijk");
        await page.NoMissingTextAsync();
    }

    private static async Task LogContactAsync(IPage page, DateOnly today)
    {
        await page.ReloadPageAsync();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Een woning bezoeken: Studio Bredabaan");
        await page.GetByLabel("Datum").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Uren", new() { Exact = true }).FillAsync("1,5");
        await page.GetByLabel("Notitie").FillAsync("Studio samen bezocht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contact noteren" }).ClickAsync();
        await page.Locator("main td", new() { HasText = "Studio samen bezocht" }).WaitForAsync();
        (await page.Locator("dt:text-is('Uren') + dd").InnerTextAsync()).ShouldBe("1,5");
    }

    /// <summary>Staff end the duo with its outcome; the year's report counts it and the hours.</summary>
    private static async Task EndAsync(IPage page, string traject, DateOnly today)
    {
        await page.OpenAsync(traject);
        await page.GetByLabel("Einddatum").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Uitkomst").SelectOptionAsync("FoundHousing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();
        await page.Locator("dt:text-is('Uitkomst') + dd").WaitForAsync();
        await page.OpenAsync($"/volunteers/reports?year={today.Year}");
        var report = await page.Locator("main").InnerTextAsync();
        (await page.Locator("dt:text-is('Woning gevonden') + dd").InnerTextAsync()).ShouldBe("1");
        report.ShouldContain("1,5");
        await page.NoMissingTextAsync();
    }

    private static async Task SeedResidentAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<Wmk.Guidance.Data.GuidanceDbContext>();
        var candidate = new Wmk.Guidance.Domain.Candidate
        {
            FirstName = "Iso", LastName = "Latie", BirthDate = new DateOnly(2005, 3, 1), Gender = Wmk.Guidance.Domain.Gender.X, Email = "iso@bewoners.test",
            CounsellorName = "Consulent", Preference = Wmk.Guidance.Domain.HousingPreference.Solo, GuidanceStartedOn = new DateOnly(2026, 1, 5),
            ReferredOn = new DateOnly(2026, 4, 1), ExpectedStartOn = new DateOnly(2026, 6, 1), Status = Wmk.Guidance.Domain.CandidateStatus.Started,
        };
        db.Candidates.Add(candidate);
        db.Residents.Add(new Wmk.Guidance.Domain.Resident
        {
            CandidateId = candidate.Id, ContractId = Guid.NewGuid(), UnitId = Guid.NewGuid(), StartedOn = new DateOnly(2026, 6, 1), ContractEnd = new DateOnly(2027, 5, 31),
        });
        await db.SaveChangesAsync();
    }
}
