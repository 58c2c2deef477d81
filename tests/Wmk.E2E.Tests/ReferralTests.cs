using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

public sealed class ReferralTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Two_counsellors_each_refer_a_candidate_and_see_only_their_own_while_staff_see_both()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var (anna, ben) = ($"anna-{tenant.Slug}@caw.test", $"ben-{tenant.Slug}@caw.test");
        await browser.Host.InTenantAsync(tenant.Info, async sp =>
        {
            var accounts = sp.GetRequiredService<IAccountProvisioning>();
            await accounts.EnsureMemberAsync(anna, TestTenant.Password, "Anna Consulent", [WmkRoles.PartnerCounsellor]);
            await accounts.EnsureMemberAsync(ben, TestTenant.Password, "Ben Consulent", [WmkRoles.PartnerCounsellor]);
        });

        var annaPage = await ReferAsync(tenant, anna, "Amira", "Annaert");
        var benPage = await ReferAsync(tenant, ben, "Bilal", "Bennani");
        var annaList = await WaitingListAsync(annaPage, tenant);
        var benList = await WaitingListAsync(benPage, tenant);
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync(tenant);
        var staffList = await WaitingListAsync(staff, tenant);

        annaList.ShouldContain("Amira Annaert");
        annaList.ShouldNotContain("Bilal");
        benList.ShouldContain("Bilal Bennani");
        benList.ShouldNotContain("Amira");
        staffList.ShouldContain("Amira Annaert");
        staffList.ShouldContain("Bilal Bennani");
        (await benPage.Locator("#waiting-list tbody tr").InnerTextAsync()).ShouldStartWith("2");
        browser.CspViolations(annaPage).ShouldBeEmpty();
    }

    private async Task<IPage> ReferAsync(TestTenant tenant, string email, string first, string last)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, tenant.Slug);
        await page.OpenAsync($"/t/{tenant.Slug}/guidance/candidates/new");
        await page.GetByLabel("Voornaam").FillAsync(first);
        await page.GetByLabel("Achternaam").FillAsync(last);
        await page.GetByLabel("Geboortedatum").FillAsync("2005-05-05");
        await page.GetByLabel("Woonvoorkeur").SelectOptionAsync("Shared");
        await page.GetByLabel("Begeleiding gestart op").FillAsync("2026-08-01");
        await page.GetByLabel("Verwachte startdatum").FillAsync("2027-01-04");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForPageAsync(new System.Text.RegularExpressions.Regex("/guidance/candidates/[0-9a-f-]{36}$"));
        (await page.Locator("main").InnerTextAsync()).ShouldContain("plaats");
        return page;
    }

    private static async Task<string> WaitingListAsync(IPage page, TestTenant tenant)
    {
        await page.OpenAsync($"/t/{tenant.Slug}/guidance/waiting-list");
        return await page.Locator("main").InnerTextAsync();
    }
}
