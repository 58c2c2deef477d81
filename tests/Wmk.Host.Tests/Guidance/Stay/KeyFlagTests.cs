using System.Net.Http.Json;
using Wmk.Guidance.Features.Stay.Conversations;
using Wmk.Guidance.Features.Stay.Residents;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Keys;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Stay;

/// <summary>Housing's key flag (three incidents within six months) reaches the resident's next conversation and timeline.</summary>
public sealed class KeyFlagTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly DateOnly Start = new(2026, 9, 1);

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Three_key_incidents_in_six_months_show_for_the_next_conversation_until_one_is_held(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var (tenant, staff) = await StayHttp.TenantAsync(host);
        var resident = await StayHttp.StartedAsync(host, tenant, staff, "Sleutel", on: Start);
        var url = $"/api/v1/guidance/residents/{resident.Id}";
        var keys = $"/api/v1/housing/units/{resident.UnitId}/keys";
        foreach (var day in new[] { new DateOnly(2026, 9, 10), new DateOnly(2026, 10, 3) })
        {
            await (await staff.PostAsJsonAsync(keys, new KeyIncidentInput(resident.ContractId, day, KeyIncidentKind.Forgotten, null, null, null)))
                .ReadAsync<KeyIncidentView>();
        }

        (await staff.GetFromJsonAsync<ConversationsView>($"{url}/conversations"))!.KeyFlag.ShouldBeNull("two incidents raise no flag");

        await (await staff.PostAsJsonAsync(keys, new KeyIncidentInput(resident.ContractId, new DateOnly(2026, 11, 2), KeyIncidentKind.Lost,
            KeyPayer.Resident, 25m, null))).ReadAsync<KeyIncidentView>();
        var flag = (await staff.GetFromJsonAsync<ConversationsView>($"{url}/conversations"))!.KeyFlag.ShouldNotBeNull();
        flag.FlaggedOn.ShouldBe(new DateOnly(2026, 11, 2));
        flag.Incidents.ShouldBe(3);
        (await staff.GetStringAsync($"/guidance/residents/{resident.Id}/conversations"))
            .ShouldContain("Sleutelvlag: 3 sleutelincidenten binnen zes maanden, het derde op 02/11/2026");
        (await staff.GetFromJsonAsync<ResidentFileView>(url))!.Timeline.ShouldContain(e => e.Kind == "KeyFlag" && e.On == flag.FlaggedOn);

        await (await staff.PostAsJsonAsync($"{url}/conversations", new RecordConversationInput(new DateOnly(2026, 11, 20), "Sleutels", null, null)))
            .ReadAsync<ConversationsView>();
        (await staff.GetFromJsonAsync<ConversationsView>($"{url}/conversations"))!.KeyFlag.ShouldBeNull("discussed at the conversation after it");
    }
}
