using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Engine;
using Wmk.Documents.Features.Templates;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Host.Tests.Volunteers;
using Wmk.Kernel.Security;
using Wmk.Testing;
using Wmk.Volunteers.Data;

namespace Wmk.Host.Tests.Documents;

/// <summary>The Volunteers model "volunteer": names and contact, the duo resident's first name only, nothing of notes.</summary>
public sealed class VolunteerDocumentsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_volunteer_document_shows_the_duo_residents_first_name_only_and_never_reaches_a_counsellor(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (_, counsellor) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var volunteer = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var traject = await VolunteersSeed.RunningDuoAsync(sp);
            return (await sp.GetRequiredService<VolunteersDbContext>().Trajects.SingleAsync(t => t.Id == traject)).VolunteerId!.Value;
        });
        var template = DocxBuilder.Build(
            "Vrijwilliger {{ volunteer.full_name }} ({{ volunteer.email }}, {{ volunteer.phone }}, {{ volunteer.area }})",
            "Duo met {{ duo.resident_first_name }} sinds {{ duo.start_date }}.");

        var own = await (await staff.UploadAsync("vrijwilliger.docx", template, "volunteer", "Vrijwilligersfiche")).ReadAsync<TemplateView>();
        var made = await staff.GenerateAsync(own.Id, volunteer);
        var text = DocxText.All(await staff.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file"));
        var notes = await staff.UploadAsync("notities.docx", DocxBuilder.Build("{{ volunteer.intake_notes }} {{ duo.resident_last_name }}"), "volunteer");

        text.ShouldContain("Vrijwilliger Vera Vrijwilliger (");
        text.ShouldContain("0470 12 34 56, Merksem)");
        text.ShouldContain("Duo met Iso sinds 26/11/2026.");
        text.ShouldNotContain("Latie");
        notes.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notes.Content.ReadAsStringAsync()).ShouldContain("volunteer.intake_notes");
        (await counsellor.GetAsync($"/api/v1/documents/cases/volunteer/{volunteer}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await counsellor.GetAsync($"/api/v1/documents/generated/{made.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/v1/documents/cases/volunteer/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/volunteers/people/{volunteer}")).ShouldContain($"/documents/case/volunteer/{volunteer}");
    }
}
