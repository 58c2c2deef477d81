using Microsoft.Playwright;
using Wmk.Testing.GroupMeetings;

namespace Wmk.E2E.Tests;

public sealed class GroupMeetingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_group_worker_plans_a_woonclub_sends_the_invitations_and_records_attendance()
    {
        var scene = await MeetingsScene.CreateAsync(browser.Host);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(scene.Tenant);
        await AddLocationAsync(page);

        await page.FillAsync("#s-date", "2026-11-26");
        await page.FillAsync("#s-theme", "Budget");
        await page.GetByRole(AriaRole.Button, new() { Name = "Woonclub plannen" }).ClickAsync();
        await page.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/meetings/sessions/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigingen versturen" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Uitnodigingen verstuurd: 2 bewoners, 1 begeleiders.");

        await page.GetByLabel($"{scene.Noor}: Aanwezig").CheckAsync();
        await page.GetByLabel($"{scene.Lars}: Afwezig").CheckAsync();
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid opslaan" }));
        await page.ReloadPageAsync();
        (await page.GetByLabel($"{scene.Lars}: Afwezig").IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByLabel($"{scene.Noor}: Aanwezig").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Uitgenodigd op 26/11/2026");
        browser.CspViolations(page).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_laundry_slot_booked_for_one_resident_is_refused_to_a_second_one()
    {
        var scene = await MeetingsScene.CreateAsync(browser.Host);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(scene.Tenant);
        await AddLocationAsync(page);
        var location = page.Url;
        await page.GetByLabel("dinsdag").CheckAsync();
        await page.FillAsync("#w-opens", "09:00");
        await page.FillAsync("#w-closes", "17:00");
        await page.FillAsync("#w-slot", "60");
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        page.Url.ShouldBe(location);

        var other = await browser.NewPageAsync();
        await other.SignInAsync(scene.Tenant);
        var laundry = location + "/laundry?week=2026-12-01";
        await page.OpenAsync(laundry);
        await other.OpenAsync(laundry);
        var slot = "tr[data-slot='2026-12-01 09:00']";

        await page.Locator(slot + " select").SelectOptionAsync(new SelectOptionValue { Label = scene.Noor });
        await page.Locator(slot).GetByRole(AriaRole.Button, new() { Name = "Boeken" }).ClickAsync();
        await page.Locator(slot).Filter(new() { HasText = scene.Noor }).WaitForAsync();

        await other.Locator(slot + " select").SelectOptionAsync(new SelectOptionValue { Label = scene.Lars });
        await other.Locator(slot).GetByRole(AriaRole.Button, new() { Name = "Boeken" }).ClickAsync();
        (await other.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Deze beurt is al geboekt door een andere bewoner.");
        (await other.Locator(slot).InnerTextAsync()).ShouldContain(scene.Noor);
        browser.CspViolations(other).ShouldBeEmpty();
    }

    private static async Task AddLocationAsync(IPage page)
    {
        await page.OpenAsync("/meetings");
        await page.FillAsync("#l-name", "Buurtappartement Merksem");
        await page.FillAsync("#l-address", "Bredabaan 1, 2170 Merksem");
        await page.FillAsync("#l-neighbourhood", "Merksem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await page.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/meetings/locations/[0-9a-f-]{36}$"));
    }
}
