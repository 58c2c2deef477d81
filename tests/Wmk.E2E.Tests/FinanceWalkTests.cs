using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Wmk.Testing;
using Wmk.Testing.Finance;

namespace Wmk.E2E.Tests;

/// <summary>
/// The money side of a stay through the Dutch pages: the quote for a free unit, the contract started on it, the monthly
/// run, a CODA file paying one resident, the other still unpaid on the 15th getting the message (resident and
/// counsellor), and a payment plan for the arrears with its schedule.
/// </summary>
public sealed class FinanceWalkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Lars = "Lars Achterstal";
    private const string Counsellor = "els@caw.test";
    private const string Monthly = "€ 327,00";
    private static readonly DateOnly Month = new(2026, 12, 1);

    [Fact]
    public async Task A_quote_a_contract_the_monthly_run_a_coda_payment_the_message_on_the_15th_and_a_payment_plan()
    {
        var scene = await FinanceScene.CreateAsync(browser.Host);
        var tenant = scene.Tenant;
        var pages = new List<IPage>();
        var staff = await SignedInAsync(tenant, pages);
        await QuoteAsync(staff, scene.FreeAddress);
        await StartContractAsync(staff, scene.FreeUnit);
        await FinanceScene.LinkResidentAsync(browser.Host, tenant, Lars, Counsellor);

        browser.Host.MoveToDay(Month.AddDays(4));
        staff = await SignedInAsync(tenant, pages);
        await BankAccountAsync(staff);
        await MonthlyRunAsync(staff);
        var communication = await CommunicationOfAsync(staff, FinanceScene.Noor);
        await ImportCodaAsync(staff, communication);
        (await BalanceAsync(staff, FinanceScene.Noor)).ShouldBe("€ 0,00");
        (await BalanceAsync(staff, Lars)).ShouldBe(Monthly);

        var fifteenth = Month.AddDays(14);
        browser.Host.MoveToDay(fifteenth);
        (await browser.Host.RunTenantJobAsync("Finance.FollowUpJob", tenant.Info)).ShouldBeTrue();
        staff = await SignedInAsync(tenant, pages);
        await MessageAsync(staff, fifteenth);
        await MailedAsync();
        await PaymentPlanAsync(staff);
        foreach (var page in pages)
        {
            browser.CspViolations(page).ShouldBeEmpty();
        }
    }

    /// <summary>The quote for the free unit and one person: every line of the table and the total per person.</summary>
    private static async Task QuoteAsync(IPage page, string address)
    {
        await page.OpenAsync("/finance/quote");
        await page.GetByLabel("Woning", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = address + " (Merksem)" });
        await page.GetByLabel("Aantal bewoners").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Berekenen" }).ClickAsync();
        await page.Locator("main h2", new() { HasText = address }).WaitForAsync();
        await page.NoMissingTextAsync();
        var lines = await page.Locator("main tbody tr").AllInnerTextsAsync();
        lines.Select(l => l.Split('\t')[0].Trim()).ShouldBe(
            ["Bezettingsvergoeding 1 slaapkamer(s)", "Forfait (kosten)", "Vergoeding technisch beheerder", "Brandverzekering (afstand van verhaal)",
             "Solidariteitsbijdrage sociale beheerder", "Ketelonderhoud"], customMessage: string.Join(" | ", lines));
        lines.Select(l => Euro(l.Split('\t')[2])).ShouldBe(["€ 110,00", "€ 65,00", "€ 90,00", "€ 5,00", "€ 50,00", "€ 7,00"]);
        var total = Euro(await page.Locator("main tfoot").InnerTextAsync());
        total.ShouldContain("Totaal per persoon per maand");
        total.ShouldContain(Monthly);
    }

    /// <summary>The contract of the second resident, started on the free unit's page from the first of the month.</summary>
    private static async Task StartContractAsync(IPage page, Guid unit)
    {
        await page.OpenAsync($"/housing/units/{unit}");
        await page.FillAsync("#resident", Lars);
        await page.FillAsync("#start", Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Overeenkomst starten" }).ClickAsync();
        await page.Locator("main", new() { HasText = Lars }).WaitForAsync();
    }

    /// <summary>The organisation's account, needed for the rent call and its structured communication.</summary>
    private static async Task BankAccountAsync(IPage page)
    {
        await page.OpenAsync("/finance/bank-account");
        await page.GetByLabel("IBAN").FillAsync("BE68539007547034");
        await page.GetByLabel("Naam van de begunstigde").FillAsync("Wonen met Kansen vzw");
        await page.SubmitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        page.Url.ShouldEndWith("/finance/bank-account");
        await page.NoMissingTextAsync();
        (await page.Locator("main .error").CountAsync()).ShouldBe(0);
    }

    /// <summary>The monthly run of the month charges both residents a full month.</summary>
    private static async Task MonthlyRunAsync(IPage page)
    {
        await page.OpenAsync("/finance/charges?month=" + Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Maandrun starten" }).ClickAsync();
        var done = await page.Locator("main [role=status]").First.InnerTextAsync();
        done.ShouldContain("Maandrun 12/2026: 2 nieuwe aanrekening(en), 0 bestonden al.");
        await page.NoMissingTextAsync();
        foreach (var name in new[] { FinanceScene.Noor, Lars })
        {
            var row = Euro(await page.Locator("main tbody tr", new() { HasText = name }).InnerTextAsync());
            row.ShouldContain("01/12/2026 – 31/12/2026");
            row.ShouldContain(Monthly);
        }
    }

    /// <summary>The resident's rent call, from the charges page: the amount, the account and the structured communication.</summary>
    private static async Task<string> CommunicationOfAsync(IPage page, string name)
    {
        await page.Locator("main tbody tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Huuroproep" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/finance/contracts/[0-9a-f-]{36}/rent-call"));
        await page.NoMissingTextAsync();
        Euro(await page.Locator("dt:text-is('Te betalen') + dd").InnerTextAsync()).ShouldBe(Monthly);
        (await page.Locator("dt:text-is('Rekening') + dd").InnerTextAsync()).ShouldBe("BE68 5390 0754 7034");
        var communication = (await page.Locator("dt:text-is('Gestructureerde mededeling') + dd").InnerTextAsync()).Trim();
        communication.ShouldMatch(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$");
        return communication;
    }

    /// <summary>The bank's CODA file with the payment of the first resident, read in and linked by its communication.</summary>
    private static async Task ImportCodaAsync(IPage page, string communication)
    {
        var coda = new CodaFileBuilder("BE68539007547034")
            .Statement(1, Month.AddDays(3), 1000m)
            .Movement(327m, Regex.Replace(communication, "[^0-9]", string.Empty), name: "NOOR BETALER", iban: "BE71096123456769")
            .Bytes();
        await page.OpenAsync("/finance/payments/import");
        await page.Locator("#i-coda").SetInputFilesAsync(new FilePayload { Name = "afschrift-1.cod", MimeType = "text/plain", Buffer = coda });
        await page.Locator("form", new() { Has = page.Locator("#i-coda") }).GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
        (await page.Locator("main [role=status]").InnerTextAsync())
            .ShouldBe("Bestand afschrift-1.cod: 1 lijn(en), 1 nieuw, 0 al gekend; 1 gekoppeld, 0 voorgesteld, 0 niet gekoppeld.");
        await page.NoMissingTextAsync();
    }

    /// <summary>The resident's balance on the residents' accounts page.</summary>
    private static async Task<string> BalanceAsync(IPage page, string name)
    {
        await page.OpenAsync("/finance/residents");
        await page.NoMissingTextAsync();
        return Euro(await page.Locator("main tbody tr", new() { HasText = name }).Locator("td").Nth(3).InnerTextAsync()).Trim();
    }

    /// <summary>On the 15th only the unpaid resident has a case, with the message e-mailed to them and their counsellor.</summary>
    private static async Task MessageAsync(IPage page, DateOnly fifteenth)
    {
        await page.OpenAsync("/finance/follow-up");
        await page.NoMissingTextAsync();
        var open = page.Locator("main table").First;
        (await open.Locator("tbody tr").CountAsync()).ShouldBe(1, "the paying resident has no case");
        var row = Euro(await open.Locator("tbody tr").InnerTextAsync());
        row.ShouldContain("Bericht onbetaalde huur (bewoner en begeleider)");
        row.ShouldContain(fifteenth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        row.ShouldContain(Monthly);

        await page.FollowAsync(Lars, new Regex("/finance/follow-up/cases/[0-9a-f-]{36}$"));
        var step = await page.Locator("main ol li").InnerTextAsync();
        step.ShouldContain("Bericht onbetaalde huur");
        step.ShouldContain("gemaild naar");
        step.ShouldContain(FinanceScene.EmailOf(Lars));
        step.ShouldContain(Counsellor);
    }

    /// <summary>The outbox delivers the message (to the pickup folder of the test host) to the resident and the counsellor.</summary>
    private async Task MailedAsync()
    {
        var folder = Path.Combine(Path.GetDirectoryName(browser.Host.LogFile)!, "mail");
        for (var attempt = 0; attempt < 60; attempt++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                var to = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address).ToList();
                if (to.Contains(FinanceScene.EmailOf(Lars)))
                {
                    to.ShouldBe([FinanceScene.EmailOf(Lars), Counsellor], ignoreOrder: true);
                    Euro(message.Subject!).ShouldBe("Je huur is nog niet betaald (" + Monthly + ")");
                    return;
                }
            }

            // The outbox polls on the host's (fake) clock: nudge it past the poll interval.
            browser.Host.Clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(500);
        }

        throw new ShouldAssertException($"No message to {FinanceScene.EmailOf(Lars)} in {folder}.");
    }

    /// <summary>From the case to a new payment plan for the arrears in three instalments, and its schedule.</summary>
    private static async Task PaymentPlanAsync(IPage page)
    {
        await page.FollowAsync("Nieuw afbetalingsplan", new Regex("/finance/payment-plans\\?residentId=[0-9a-f-]{36}$"));
        (await page.Locator("#n-resident option:checked").InnerTextAsync()).ShouldBe(Lars);
        await page.Locator("#n-purpose").SelectOptionAsync("Rent");
        await page.GetByLabel("Totaal").FillAsync("327,00");
        await page.GetByLabel("Start (eerste afbetaling)").FillAsync("2027-01-10");
        await page.GetByLabel("Aantal afbetalingen").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan opslaan" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/finance/payment-plans/[0-9a-f-]{36}$"));
        await page.NoMissingTextAsync();
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(Lars);
        var rows = (await page.Locator("main tbody tr").AllInnerTextsAsync()).Select(Euro).ToList();
        rows.Count.ShouldBe(3);
        rows[0].ShouldContain("10/01/2027");
        rows[1].ShouldContain("10/02/2027");
        rows[2].ShouldContain("10/03/2027");
        rows.ShouldAllBe(r => r.Contains("€ 109,00"));
    }

    private async Task<IPage> SignedInAsync(TestTenant tenant, List<IPage> pages)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(tenant);
        pages.Add(page);
        return page;
    }

    /// <summary>Amounts as the reader sees them, whatever space the culture puts after the euro sign.</summary>
    private static string Euro(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
