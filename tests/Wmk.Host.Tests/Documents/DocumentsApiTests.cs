using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Templates;
using Wmk.Guidance.Contracts;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Documents;

public sealed class DocumentsApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_rental_contract_is_made_for_a_resident_stored_with_the_case_and_downloaded_unchanged(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, counsellorClient) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (_, otherCounsellor) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (resident, contract) = await host.ResidentAsync(tenant, counsellor);
        var rental = await staff.TemplateAsync("RentalContract");

        var offers = (await staff.GetFromJsonAsync<CaseView>($"/api/v1/documents/cases/resident/{resident}"))!.Offers;
        var made = await staff.GenerateAsync(rental.Id, contract);
        var first = await staff.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file");
        var again = await staff.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file");

        offers.ShouldContain(o => o.TemplateId == rental.Id && o.SubjectId == contract);
        made.VersionNumber.ShouldBe(1);
        again.ShouldBe(first);
        var text = DocxText.All(first);
        text.ShouldContain("Sam Vertrek");
        text.ShouldContain("van 01/06/2026 tot en met 31/05/2027");
        text.ShouldContain("Opgemaakt te Antwerpen op 26/11/2026");
        (await counsellorClient.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file")).ShouldBe(first);
        (await otherCounsellor.GetAsync($"/api/v1/documents/generated/{made.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCounsellor.GetAsync($"/api/v1/documents/cases/resident/{resident}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await counsellorClient.PostAsJsonAsync("/api/v1/documents/generated", new GenerateInput(rental.Id, contract))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/documents/case/resident/{resident}"));
        page.ShouldContain(made.FileName);
        page.ShouldContain("Huurovereenkomst maken");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_template_gets_versions_with_who_and_when_and_a_roll_back_copies_an_old_one(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (_, staff) = await StayHttp.TenantAsync(host);
        var v1 = DocumentsHttp.NameTemplate();
        var v2 = DocxBuilder.Build("Bewoner {{ resident.first_name }}");

        var created = await (await staff.UploadAsync("fiche.docx", v1)).ReadAsync<TemplateView>();
        var second = await (await staff.PostAsJsonAsync($"/api/v1/documents/templates/{created.Id}/versions",
            new NewVersionInput("fiche v2.docx", Convert.ToBase64String(v2)))).ReadAsync<TemplateView>();
        var rolledBack = await (await staff.PostAsJsonAsync($"/api/v1/documents/templates/{created.Id}/rollback", new RollbackInput(1)))
            .ReadAsync<TemplateView>();
        var preview = (await staff.GetFromJsonAsync<PreviewView>($"/api/v1/documents/templates/{created.Id}/preview"))!;

        created.CurrentVersion.ShouldBe(1);
        second.CurrentVersion.ShouldBe(2);
        rolledBack.CurrentVersion.ShouldBe(3);
        rolledBack.Versions.Select(v => (v.Number, v.RestoredFrom)).ShouldBe([(3, 1), (2, null), (1, null)]);
        rolledBack.Versions.ShouldAllBe(v => v.CreatedBy != null);
        (await staff.GetByteArrayAsync($"/api/v1/documents/templates/{created.Id}/versions/3/file")).ShouldBe(v1);
        preview.Version.ShouldBe(3);
        preview.Blocks.SelectMany(b => b).ShouldContain("Naam: Sam Peeters sinds 01/06/2026");
        (await staff.PostAsJsonAsync($"/api/v1/documents/templates/{created.Id}/rollback", new RollbackInput(9))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_document_is_made_by_staff_and_never_reaches_a_counsellor()
    {
        var host = await hosts.GetAsync(DatabaseKind.PostgreSql);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, counsellorClient) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (resident, _) = await host.ResidentAsync(tenant, counsellor);
        var unit = await host.InTenantAsync(tenant.Info, async sp =>
            (await sp.GetRequiredService<IResidents>().ListAsync(new ResidentQuery(Ids: [resident]))).Single().UnitId);
        var template = await (await staff.UploadAsync("woning.docx", DocxBuilder.Build("Woning {{ unit.address }}, forfait {{ unit.forfait }}"), "unit"))
            .ReadAsync<TemplateView>();

        var made = await staff.GenerateAsync(template.Id, unit);

        DocxText.All(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file")).ShouldContain(", forfait € ");
        (await staff.GetFromJsonAsync<CaseView>($"/api/v1/documents/cases/unit/{unit}"))!.Documents.Single().Id.ShouldBe(made.Id);
        (await counsellorClient.GetAsync($"/api/v1/documents/generated/{made.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await counsellorClient.GetAsync($"/api/v1/documents/cases/unit/{unit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/v1/documents/generated/{Guid.NewGuid()}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string> BadUploads() => new()
    {
        { "tekst.docx", "text", "Dit bestand is geen geldig Word-document (.docx)." },
        { "../../etc/contract.docx", "good", "De bestandsnaam mag geen map of pad bevatten." },
        { "contract.docx", "unknown", "Onbekend veld 'resident.nickname' (alinea 2, kolom " },
        { "brief.html", "loop", "Het sjabloon herhaalt meer dan 1000 keer en werd gestopt." },
        { "brief.html", "include", "Een sjabloon mag geen andere bestanden laden (include)." },
        { "groot.docx", "large", "Het bestand is groter dan 5 MB." },
        { "bom.docx", "bomb", "Dit bestand pakt uit tot veel meer dan het weegt" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_gets_a_clear_message_and_nothing_is_stored(string fileName, string content, string message)
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var (_, staff) = await StayHttp.TenantAsync(host);
        var before = (await staff.GetFromJsonAsync<List<TemplateListItem>>("/api/v1/documents/templates"))!.Count;

        var response = await staff.UploadAsync(fileName, Content(content));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await staff.GetFromJsonAsync<List<TemplateListItem>>("/api/v1/documents/templates"))!.Count.ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_termination_letter_records_email_and_registered_mail_with_the_tracking_number(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (_, contract) = await host.ResidentAsync(tenant);
        var letter = await staff.GenerateAsync((await staff.TemplateAsync("TerminationLetter")).Id, contract);
        var url = $"/api/v1/documents/generated/{letter.Id}/sending";

        var noNumber = await staff.PostAsJsonAsync(url, new SendingInput(true, true, null, null));
        var sent = await (await staff.PostAsJsonAsync(url, new SendingInput(true, true, "RR 1234 5678 5BE", null))).ReadAsync<GeneratedView>();
        var html = Encoding.UTF8.GetString(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{letter.Id}/file"));

        noNumber.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noNumber.Content.ReadAsStringAsync()).ShouldContain("Geef het zendingsnummer van de aangetekende brief");
        sent.SentByEmailOn.ShouldBe(new DateOnly(2026, 11, 26));
        sent.RegisteredMailOn.ShouldBe(new DateOnly(2026, 11, 26));
        sent.TrackingNumber.ShouldBe("RR123456785BE");
        html.ShouldContain("eindigt op <strong>31/05/2027</strong>");
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/documents/case/contract/{contract}")).ShouldContain("Aangetekend op 26/11/2026 (RR123456785BE).");
    }

    [Fact]
    public async Task A_generated_contract_is_also_a_pdf()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (_, contract) = await host.ResidentAsync(tenant);
        var made = await staff.GenerateAsync((await staff.TemplateAsync("RentalContract")).Id, contract);

        var pdf = await staff.GetAsync($"/api/v1/documents/generated/{made.Id}/pdf");

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).ShouldContain("Maandelijkse forfait voor water en gemeenschappelijke delen: € 65,00.");
    }

    [Fact]
    public async Task Without_a_pdf_converter_the_page_says_so_and_still_offers_the_word_file()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite, b => b.Configuration["Documents:Converter"] = "/nergens/soffice");
        var tenant = await host.CreateTenantAsync();
        var staff = await AdminHttp.AdminOfAsync(host, tenant);
        var (resident, contract) = await host.ResidentAsync(tenant);
        var made = await staff.GenerateAsync((await staff.TemplateAsync("RentalContract")).Id, contract);

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/documents/case/resident/{resident}"));
        var pdf = await staff.GetAsync($"/api/v1/documents/generated/{made.Id}/pdf");

        page.ShouldContain("Er is geen PDF-omzetter geïnstalleerd: download het Word-bestand en druk dat af.");
        page.ShouldContain($"/api/v1/documents/generated/{made.Id}/file");
        page.ShouldNotContain($"/api/v1/documents/generated/{made.Id}/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await pdf.Content.ReadAsStringAsync()).ShouldContain("Er is geen PDF-omzetter geïnstalleerd");
        (await staff.GetAsync($"/api/v1/documents/generated/{made.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static byte[] Content(string kind) => kind switch
    {
        "text" => Encoding.UTF8.GetBytes("Beste {{ resident.first_name }}"),
        "good" => DocumentsHttp.NameTemplate(),
        "unknown" => DocxBuilder.Build("# Titel", "Beste {{ resident.nickname }}"),
        "loop" => Encoding.UTF8.GetBytes("<p>{{ while true }}x{{ end }}</p>"),
        "include" => Encoding.UTF8.GetBytes("<p>{{ include '/etc/passwd' }}</p>"),
        "large" => new byte[6 * 1024 * 1024],
        "bomb" => Bomb(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Bomb()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml", "word/media/zeros.bin" })
            {
                using var stream = archive.CreateEntry(name, System.IO.Compression.CompressionLevel.SmallestSize).Open();
                var chunk = new byte[1024 * 1024];
                for (var i = 0; i < (name.EndsWith(".bin", StringComparison.Ordinal) ? 100 : 0); i++)
                {
                    stream.Write(chunk);
                }
            }
        }

        return zip.ToArray();
    }
}
