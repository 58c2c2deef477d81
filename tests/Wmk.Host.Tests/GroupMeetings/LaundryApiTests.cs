using System.Net;
using System.Net.Http.Json;
using Wmk.GroupMeetings.Features.Laundry;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.GroupMeetings;

public sealed class LaundryApiTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_booked_slot_is_refused_to_a_second_resident_and_bad_bookings_store_nothing(DatabaseKind kind)
    {
        var (client, location, noor, sam) = await SceneAsync(kind);
        var url = $"/api/v1/meetings/locations/{location}/laundry/bookings";

        var booked = await (await client.PostAsJsonAsync(url, new BookingInput(noor, MeetingsSeed.Tuesday, new(9, 0)))).ReadAsync<BookingView>();
        var taken = await client.PostAsJsonAsync(url, new BookingInput(sam, MeetingsSeed.Tuesday, new(9, 0)));
        var past = await client.PostAsJsonAsync(url, new BookingInput(sam, new DateOnly(2026, 11, 24), new(9, 0)));
        var closed = await client.PostAsJsonAsync(url, new BookingInput(sam, MeetingsSeed.Tuesday, new(17, 0)));
        var wrongDay = await client.PostAsJsonAsync(url, new BookingInput(sam, MeetingsSeed.Tuesday.AddDays(1), new(9, 0)));
        await (await client.PostAsJsonAsync(url, new BookingInput(noor, MeetingsSeed.Tuesday, new(11, 0)))).ReadAsync<BookingView>();
        var overCap = await client.PostAsJsonAsync(url, new BookingInput(noor, MeetingsSeed.Tuesday.AddDays(3), new(9, 0)));
        var noResident = await client.PostAsJsonAsync(url, new BookingInput(Guid.NewGuid(), MeetingsSeed.Tuesday, new(10, 0)));

        booked.ResidentId.ShouldBe(noor);
        booked.EndsAt.ShouldBe(new TimeOnly(10, 0));
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("Deze beurt is al geboekt door een andere bewoner.");
        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await past.Content.ReadAsStringAsync()).ShouldContain("Deze beurt is al begonnen of voorbij.");
        closed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await closed.Content.ReadAsStringAsync()).ShouldContain("Op 01/12/2026 om 17:00 is er geen beurt");
        wrongDay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        overCap.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await overCap.Content.ReadAsStringAsync()).ShouldContain("al 2 wasbeurten");
        noResident.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var week = (await client.GetFromJsonAsync<LaundryWeekView>($"/api/v1/meetings/locations/{location}/laundry?week=2026-12-01"))!;
        week.Slots.Count.ShouldBe(16);
        week.Slots.Where(s => s.Booking is not null).Select(s => s.Booking!.ResidentId).ShouldBe([noor, noor]);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/locations/{location}/laundry?week=2026-12-01"));
        page.ShouldContain("Wasbeurten");
        page.ShouldContain("Sam Vertrek");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Two_residents_booking_the_same_slot_at_once_get_it_once(DatabaseKind kind)
    {
        var (client, location, noor, sam) = await SceneAsync(kind);
        var url = $"/api/v1/meetings/locations/{location}/laundry/bookings";

        var answers = await Task.WhenAll(
            client.PostAsJsonAsync(url, new BookingInput(noor, MeetingsSeed.Tuesday, new(14, 0))),
            client.PostAsJsonAsync(url, new BookingInput(sam, MeetingsSeed.Tuesday, new(14, 0))));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var week = (await client.GetFromJsonAsync<LaundryWeekView>($"/api/v1/meetings/locations/{location}/laundry?week=2026-12-01"))!;
        week.Slots.Count(s => s.Booking is not null).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_cancelled_slot_is_free_again_and_laundry_use_is_reported_as_csv(DatabaseKind kind)
    {
        var (client, location, noor, sam) = await SceneAsync(kind);
        var url = $"/api/v1/meetings/locations/{location}/laundry/bookings";
        var first = await (await client.PostAsJsonAsync(url, new BookingInput(noor, MeetingsSeed.Tuesday, new(9, 0)))).ReadAsync<BookingView>();

        (await client.DeleteAsync($"/api/v1/meetings/laundry/bookings/{first.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await (await client.PostAsJsonAsync(url, new BookingInput(sam, MeetingsSeed.Tuesday, new(9, 0)))).ReadAsync<BookingView>();
        var tooEarly = await client.PutAsJsonAsync($"/api/v1/meetings/laundry/bookings/{again.Id}/no-show", new NoShowInput(true));
        var csv = await client.GetByteArrayAsync("/api/v1/meetings/reports/laundry.csv?year=2026");

        again.ResidentId.ShouldBe(sam);
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        text.ShouldStartWith("Buurtappartement;Maand;Beurten;Niet gekomen;Bewoners\r\n");
        text.ShouldContain("Buurtappartement Merksem;12;1;0;1");
        (await client.DeleteAsync($"/api/v1/meetings/laundry/bookings/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Client, Guid Location, Guid Noor, Guid Sam)> SceneAsync(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var (location, noor, sam) = await host.InTenantAsync(tenant.Info, async sp =>
            ((await MeetingsSeed.LocationAsync(sp)).Id, await MeetingsSeed.ResidentAsync(sp), await MeetingsSeed.ResidentAsync(sp)));
        return (await AdminHttp.AdminOfAsync(host, tenant), location, noor, sam);
    }
}
