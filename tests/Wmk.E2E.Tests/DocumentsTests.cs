using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wmk.Documents.Engine;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Contracts;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;
using Wmk.Testing;

namespace Wmk.E2E.Tests;

/// <summary>A coordinator uploads an own rental contract template, checks its preview and makes the contract from a resident's file.</summary>
public sealed class DocumentsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_coordinator_uploads_a_template_previews_it_and_makes_a_contract_for_a_resident()
    {
        var tenant = await browser.Host.CreateTenantAsync();
        var resident = await browser.Host.InTenantAsync(tenant.Info, ResidentAsync);
        var page = await browser.NewPageAsync();
        await page.SignInAsync(tenant);

        await page.OpenAsync("/documents");
        await page.GetByLabel("Naam").FillAsync("Eigen huurcontract");
        await page.GetByLabel("Soort").FillAsync("OwnContract");
        await page.GetByLabel("Gegevens van").SelectOptionAsync("contract");
        await page.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "eigen-huurcontract.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = DocxBuilder.Build("# Huurcontract", DocxBuilder.Split("Huurder: {", "{ resident.full", "_name }}"), "Woning: {{ contract.address }} vanaf {{ contract.start_date }}"),
        });
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Controleren en opslaan" }).ClickAsync();
        // Saving checks the upload by filling it with demo data, then shows the preview (the test's own wait: Playwright's
        // WaitForURL waits for the "load" event when the click has already brought the address, see Browser.cs).
        await page.WaitForPageAsync(new Regex("/documents/templates/[0-9a-f-]{36}$"));
        (await page.Locator("#preview").InnerTextAsync()).ShouldContain("Huurder: Sam Peeters");

        await page.OpenAsync($"/guidance/residents/{resident}");
        await page.FollowAsync("Documenten (huurovereenkomst, reglement, brieven ...)", new Regex($"/documents/case/resident/{resident}$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Eigen huurcontract maken" }).ClickAsync();
        var link = page.Locator("#documents a[href$='/file']").First;
        await link.WaitForAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();

        var text = DocxText.All(await File.ReadAllBytesAsync(path));
        text.ShouldContain("Huurder: Dina Document");
        text.ShouldContain("Woning: Documentstraat 7, 2100 Deurne vanaf 01/12/2026");
        browser.CspViolations(page).ShouldBeEmpty();
    }

    /// <summary>A unit, a contract from 01/12/2026 and the resident on it (written through the housing handlers and the guidance context).</summary>
    private static async Task<Guid> ResidentAsync(IServiceProvider sp)
    {
        var partners = sp.GetRequiredService<PartnersHandler>();
        var company = await partners.AddAsync(new PartnerInput(PartnerKind.HousingCompany, "Woonhaven D", 1000, null, null, null), default);
        var manager = await partners.AddAsync(new PartnerInput(PartnerKind.TechnicalManager, "Beheer D", null, null, null, null), default);
        var start = new DateOnly(2026, 12, 1);
        var unit = await sp.GetRequiredService<UnitsHandler>().AddAsync(new UnitInput(
            "Documentstraat 7, 2100 Deurne", "Deurne", company.Id, manager.Id, 110m, 1, 1, false, true, EnergyContract.ResidentName, EnergyContract.Forfait,
            65m, start.AddMonths(-6), start.AddMonths(18), AvailabilityEndReason.Renovation, LettingCategory.AvoidingVacancy, false, false, false,
            start.AddYears(-1), start.AddYears(9), start.AddYears(-1), start.AddYears(4)), default);
        var residentId = Guid.NewGuid();
        var contract = await sp.GetRequiredService<ContractsHandler>().StartAsync(
            new StartContractInput(unit.Id, null, residentId, "Dina Document", start, null), default);
        var db = sp.GetRequiredService<GuidanceDbContext>();
        var candidate = new Candidate
        {
            FirstName = "Dina", LastName = "Document", BirthDate = new DateOnly(2005, 3, 1), Gender = Gender.X, CounsellorName = "Consulent Kiosk",
            Preference = HousingPreference.Solo, GuidanceStartedOn = start.AddMonths(-4), ReferredOn = start.AddMonths(-2), ExpectedStartOn = start,
            Status = CandidateStatus.Started,
        };
        db.Candidates.Add(candidate);
        db.Residents.Add(new Resident
        {
            Id = residentId, CandidateId = candidate.Id, ContractId = contract.Id, UnitId = unit.Id, StartedOn = start, ContractEnd = contract.End,
        });
        await db.SaveChangesAsync();
        return residentId;
    }
}
