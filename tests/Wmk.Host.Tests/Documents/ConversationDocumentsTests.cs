using System.Net;
using System.Net.Http.Json;
using Wmk.Documents.Engine;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Host.Tests.Admin;
using Wmk.Host.Tests.Guidance.Stay;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Documents;

/// <summary>The Guidance model "conversation": the seeded conversation report filled from a held conversation.</summary>
public sealed class ConversationDocumentsTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task The_seeded_conversation_report_is_filled_from_the_conversation_and_reaches_only_the_residents_own_counsellor(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var (counsellorId, counsellor) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var (_, other) = await StayHttp.MemberAsync(host, tenant, WmkRoles.PartnerCounsellor);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Verslag", counsellorId, new DateOnly(2026, 9, 1));
        var held = await (await staff.PostAsJsonAsync($"/api/v1/guidance/residents/{resident.Id}/conversations",
            new RecordConversationInput(new DateOnly(2026, 10, 1), "Budget en woonst", "Bewoner, begeleider", "Afspraak: elke week het budgetoverzicht.")))
            .ReadAsync<ConversationsView>();
        var conversation = held.Held.Single().Id;

        var report = await staff.TemplateAsync("ConversationReport");
        var made = await staff.GenerateAsync(report.Id, conversation);
        var text = DocxText.All(await counsellor.GetByteArrayAsync($"/api/v1/documents/generated/{made.Id}/file"));

        report.Model.ShouldBe("conversation");
        text.ShouldContain("op 01/10/2026.");
        text.ShouldContain("Agenda: Budget en woonst");
        text.ShouldContain("Verslag en afspraken: Afspraak: elke week het budgetoverzicht.");
        (await other.GetAsync($"/api/v1/documents/generated/{made.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/v1/documents/cases/conversation/{conversation}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/api/v1/documents/cases/conversation/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await staff.GetStringAsync($"/guidance/residents/{resident.Id}"))
            .ShouldContain($"/documents/case/conversation/{conversation}");
    }
}
