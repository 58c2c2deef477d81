using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Contracts;
using Wmk.GroupMeetings.Domain;
using Wmk.GroupMeetings.Features.Invitations;
using Wmk.GroupMeetings.Features.Locations;
using Wmk.GroupMeetings.Features.Reports;
using Wmk.GroupMeetings.Features.Sessions;
using Wmk.Host.Tests.Accounts;
using Wmk.Host.Tests.Admin;
using Wmk.Testing;

namespace Wmk.Host.Tests.GroupMeetings;

public sealed class WoonclubTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Residents_get_the_dinner_invitation_without_the_theme_counsellors_with_it_then_a_reminder_and_absences_reach_the_timeline(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var id = Guid.NewGuid().ToString("N")[..8];
        var (noorMail, counsellorMail) = ($"noor-{id}@bewoner.test", $"els-{id}@caw.test");
        var (location, noor, sam) = await host.InTenantAsync(tenant.Info, async sp =>
            ((await MeetingsSeed.LocationAsync(sp)).Id, await MeetingsSeed.ResidentAsync(sp, noorMail, counsellorMail), await MeetingsSeed.ResidentAsync(sp)));
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var session = await (await client.PostAsJsonAsync("/api/v1/meetings/sessions",
            new SessionInput(location, MeetingsSeed.SessionDay, new(18, 0), new(21, 0), "Budget", "Samen koken en rekenen."))).ReadAsync<SessionView>();
        var invited = await (await client.PostAsync($"/api/v1/meetings/sessions/{session.Id}/invitations", null)).ReadAsync<InvitationResult>();
        var twice = await client.PostAsync($"/api/v1/meetings/sessions/{session.Id}/invitations", null);

        invited.Residents.ShouldBe(1);
        invited.Counsellors.ShouldBe(1);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var resident = await mail.MailToAsync(noorMail, "Uitnodiging");
        resident.Recipients.ShouldBe([noorMail]);
        resident.Message.Subject.ShouldBe("Uitnodiging: samen koken en eten op dinsdag 15 december 2026");
        resident.Message.HtmlBody!.ShouldContain("Buurtappartement Merksem");
        resident.Message.HtmlBody!.ShouldContain("18:00");
        resident.Message.HtmlBody!.ShouldNotContain("Budget");
        var counsellor = await mail.MailToAsync(counsellorMail);
        counsellor.Recipients.ShouldBe([counsellorMail]);
        (counsellor.Message.Subject ?? string.Empty).ShouldContain("thema Budget");
        counsellor.Message.HtmlBody!.ShouldContain("Sam Vertrek");
        counsellor.Message.HtmlBody!.ShouldContain(tenant.Info.Name);

        // The test host's clock only moves forward: this host stays on the session day after this test.
        host.MoveToDay(MeetingsSeed.SessionDay.AddDays(-1));
        (await host.RunTenantJobAsync("GroupMeetings.ReminderJob", tenant.Info)).ShouldBeTrue();
        client = await AdminHttp.AdminOfAsync(host, tenant);
        var reminder = await mail.MailToAsync(noorMail, "Herinnering");
        reminder.Message.Subject.ShouldBe("Herinnering: morgen samen koken en eten");
        reminder.Message.HtmlBody!.ShouldNotContain("Budget");

        var early = await client.PutAsJsonAsync($"/api/v1/meetings/sessions/{session.Id}/attendance",
            new AttendanceInput([new(noor, AttendanceStatus.Present)]));
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("vanaf de dag van de Woonclub");

        host.MoveToDay(MeetingsSeed.SessionDay);
        client = await AdminHttp.AdminOfAsync(host, tenant);
        var detail = await (await client.PutAsJsonAsync($"/api/v1/meetings/sessions/{session.Id}/attendance",
            new AttendanceInput([new(noor, AttendanceStatus.Present), new(sam, AttendanceStatus.Absent)]))).ReadAsync<SessionDetail>();
        detail.Attendees.Single(a => a.ResidentId == sam).Status.ShouldBe(AttendanceStatus.Absent);

        var timeline = await host.InTenantAsync(tenant.Info, async sp =>
        {
            var entries = new List<TimelineEntry>();
            foreach (var source in sp.GetServices<ITimelineSource>())
            {
                entries.AddRange(await source.ForAsync(Guid.Empty, sam, default));
            }

            return entries;
        });
        var absent = timeline.Single(e => e.Kind == AbsenceTimeline.Kind);
        absent.On.ShouldBe(MeetingsSeed.SessionDay);
        absent.Text.ShouldBe("Afwezig op de Woonclub in Buurtappartement Merksem (thema: Budget)");

        var report = (await client.GetFromJsonAsync<MeetingsReport>("/api/v1/meetings/reports?year=2026"))!;
        report.Sessions.Single().Present.ShouldBe(1);
        report.Sessions.Single().Absent.ShouldBe(1);
        report.Themes.Single().Theme.ShouldBe("Budget");
        var csv = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/meetings/reports/sessions.csv?year=2026"));
        csv.ShouldContain("15/12/2026;Buurtappartement Merksem;Budget;1;0;1;50,0");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/meetings/sessions/{session.Id}"));
        page.ShouldContain("Uitgenodigd op 26/11/2026: 1 bewoners, 1 begeleiders.");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_session_without_location_gets_clear_messages_and_nothing_is_stored_and_the_ical_feed_needs_its_token(DatabaseKind kind)
    {
        var host = (await hosts.GetAsync(kind)).Host;
        var tenant = await host.CreateTenantAsync();
        var location = await host.InTenantAsync(tenant.Info, async sp => (await MeetingsSeed.LocationAsync(sp)).Id);
        var client = await AdminHttp.AdminOfAsync(host, tenant);

        var bad = await client.PostAsJsonAsync("/api/v1/meetings/sessions", new SessionInput(null, MeetingsSeed.SessionDay, new(21, 0), new(18, 0), "", null));
        var unknown = await client.PostAsJsonAsync("/api/v1/meetings/sessions", new SessionInput(Guid.NewGuid(), MeetingsSeed.SessionDay, new(18, 0), new(21, 0), "Werk", null));
        await (await client.PostAsJsonAsync("/api/v1/meetings/sessions", new SessionInput(location, MeetingsSeed.SessionDay, new(18, 0), new(21, 0), "Werk", null)))
            .ReadAsync<SessionView>();

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync();
        text.ShouldContain("Kies het buurtappartement waar de Woonclub doorgaat.");
        text.ShouldContain("Het einduur moet na het beginuur liggen.");
        text.ShouldContain("Geef het thema van de Woonclub.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<List<SessionView>>("/api/v1/meetings/sessions"))!.Count.ShouldBe(1);

        var token = (await (await client.PostAsync($"/api/v1/meetings/locations/{location}/feed-token", null)).ReadAsync<FeedToken>()).Token;
        var anonymous = host.CreateClient();
        var feed = await anonymous.GetAsync($"/meetings/feeds/{tenant.Slug}/{token}.ics");
        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var ics = await feed.Content.ReadAsStringAsync();
        ics.ShouldContain("BEGIN:VEVENT");
        ics.ShouldContain("SUMMARY:Woonclub: Werk");
        ics.ShouldContain("DTSTART;TZID=Europe/Brussels:20261215T180000");
        (await anonymous.GetAsync($"/meetings/feeds/{tenant.Slug}/{new string('0', 48)}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await host.CreateTenantAsync();
        (await anonymous.GetAsync($"/meetings/feeds/{other.Slug}/{token}.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pages = new[] { "/meetings", $"/meetings/locations/{location}", "/meetings/reports" };
        foreach (var page in pages)
        {
            WebUtility.HtmlDecode(await client.GetStringAsync(page)).ShouldContain("Buurtappartement");
        }
    }

    private sealed record FeedToken(string Token);
}
