using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Stay.Notes;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

public sealed class FilePrivacyTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Each_reader_sees_only_the_notes_their_role_may_read(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, counsellorClient) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (_, otherCounsellor) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (_, groupWorker) = await StayHttp.MemberAsync(host, tenant, WmkRoles.GroupWorker);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Nota", counsellor);
        var notes = $"/api/v1/guidance/residents/{resident.Id}/notes";
        await (await staff.PostAsJsonAsync(notes, new NoteInput("Huur op tijd betaald", NoteVisibility.All))).ReadAsync<NoteView>();
        await (await staff.PostAsJsonAsync(notes, new NoteInput("Teamoverleg: sleutel kwijt", NoteVisibility.Staff))).ReadAsync<NoteView>();
        await (await counsellorClient.PostAsJsonAsync(notes, new NoteInput("Therapie gestart", NoteVisibility.CounsellorOnly))).ReadAsync<NoteView>();

        var staffWritesCounsellorOnly = await staff.PostAsJsonAsync(notes, new NoteInput("Geheim", NoteVisibility.CounsellorOnly));
        var groupWorkerWrites = await groupWorker.PostAsJsonAsync(notes, new NoteInput("Woonclub", NoteVisibility.Staff));

        staffWritesCounsellorOnly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staffWritesCounsellorOnly.Content.ReadAsStringAsync()).ShouldContain("Kies een zichtbaarheid die je zelf mag lezen.");
        groupWorkerWrites.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TextsAsync(staff, notes)).ShouldBe(["Huur op tijd betaald", "Teamoverleg: sleutel kwijt"], ignoreOrder: true);
        (await TextsAsync(groupWorker, notes)).ShouldBe(["Huur op tijd betaald", "Teamoverleg: sleutel kwijt"], ignoreOrder: true);
        (await TextsAsync(counsellorClient, notes)).ShouldBe(["Huur op tijd betaald", "Therapie gestart"], ignoreOrder: true);
        (await otherCounsellor.GetAsync(notes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var file = await counsellorClient.GetStringAsync($"/guidance/residents/{resident.Id}");
        file.ShouldContain("Therapie gestart");
        file.ShouldNotContain("Teamoverleg");
        (await staff.GetStringAsync($"/guidance/residents/{resident.Id}")).ShouldNotContain("Therapie gestart");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_counsellor_lists_and_opens_only_their_own_clients_and_every_read_and_refusal_is_audited(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellor, client) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var own = await StayHttp.StartedAsync(host, tenant, staff, "Eigen", counsellor);
        var other = await StayHttp.StartedAsync(host, tenant, staff, "Vreemd", Guid.NewGuid());

        (await client.GetFromJsonAsync<List<ResidentListItem>>("/api/v1/guidance/residents"))!.Select(r => r.Id).ShouldBe([own.Id]);
        (await staff.GetFromJsonAsync<List<ResidentListItem>>("/api/v1/guidance/residents"))!.Count.ShouldBe(2);
        var list = await client.GetStringAsync("/guidance/residents");
        list.ShouldContain("Eigen Bewoner");
        list.ShouldNotContain("Vreemd Bewoner");
        (await client.GetAsync($"/api/v1/guidance/residents/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/guidance/residents/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/guidance/residents/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/guidance/residents/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reads = await ReadsAsync(host, tenant);
        reads.ShouldContain(a => a.UserId == counsellor && a.EntityId == own.Id.ToString() && a.Details == "file");
        reads.Count(a => a.UserId == counsellor && a.EntityId == other.Id.ToString() && a.Details == "refused:file").ShouldBe(2);
        reads.ShouldContain(a => a.UserId != counsellor && a.EntityId == other.Id.ToString() && a.Details == "file");
        reads.ShouldNotContain(a => a.UserId == counsellor && a.EntityId == other.Id.ToString() && a.Details == "file");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_resident_or_one_of_another_tenant_is_not_found(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (otherTenant, otherStaff) = await StayHttp.TenantAsync(host);
        var foreign = await StayHttp.StartedAsync(host, otherTenant, otherStaff, "Elders");

        foreach (var id in new[] { Guid.NewGuid(), foreign.Id })
        {
            var response = await staff.GetAsync($"/api/v1/guidance/residents/{id}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Deze bewoner bestaat niet.");
            (await staff.PostAsJsonAsync($"/api/v1/guidance/residents/{id}/notes", new NoteInput("x", NoteVisibility.Staff)))
                .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await ReadsAsync(host, tenant)).Count(a => a.Details!.StartsWith("refused:", StringComparison.Ordinal)).ShouldBe(4);
    }

    private static async Task<List<string>> TextsAsync(HttpClient client, string url) =>
        [.. (await client.GetFromJsonAsync<List<NoteView>>(url))!.Select(n => n.Text)];

    private static Task<List<AuditEntry>> ReadsAsync(WmkTestHost host, TestTenant tenant) =>
        host.InAsync(tenant, sp => sp.GetRequiredService<KernelDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.Read && a.EntityType == "Resident").ToListAsync());
}
