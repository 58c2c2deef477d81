using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Accounts;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Settings;
using Wmk.Testing;
using Wmk.Volunteers.Data;

namespace Wmk.Host.Tests.Volunteers;

public sealed class SignUpTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_public_sign_up_without_account_is_stored_and_confirmed_by_mail(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var email = $"Vera-{Guid.NewGuid():N}@Vrijwilligers.test";
        var page = $"/t/{tenant.Slug}/volunteers/sign-up";
        var anonymous = mail.Host.CreateClient();

        (await anonymous.HtmlAsync(page)).ShouldContain("Word vrijwilliger");
        var html = await anonymous.PostPairsAsync(page, page, Form(email, consent: true)).TextAsync();

        html.ShouldContain("Bedankt voor je aanmelding!");
        var stored = await InTenant(mail, tenant, db => db.Volunteers.SingleAsync());
        (stored.FirstName, stored.Email, stored.Phone, stored.Area, stored.HeardVia.ToString()).ShouldBe(("Vera", email.ToLowerInvariant(), "0470 12 34 56", "Merksem", "Flyer"));
        stored.Availability.ShouldBe((1 << 2) | (1 << 20));
        var received = await mail.MailToAsync(email.ToLowerInvariant());
        received.Recipients.ShouldBe([email.ToLowerInvariant()]);
        received.Message.Subject.ShouldBe($"Bedankt voor je aanmelding als vrijwilliger bij {tenant.Info.Name}");
        var body = received.Message.HtmlBody ?? string.Empty;
        body.ShouldContain("Dag Vera,");
        body.ShouldContain("kennismakingsgesprek");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Missing_consent_and_a_bad_address_get_every_message_and_nothing_is_stored_or_sent(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var page = $"/t/{tenant.Slug}/volunteers/sign-up";
        var anonymous = mail.Host.CreateClient();

        var api = await anonymous.PostAsJsonAsync($"/t/{tenant.Slug}/api/v1/volunteers/sign-up", VolunteersSeed.SignUp("geen-adres") with { Consent = false });
        var html = await anonymous.PostPairsAsync(page, page, Form("vera@example", consent: false)).TextAsync();

        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await api.Content.ReadAsStringAsync();
        problem.ShouldContain("Vul een geldig e-mailadres in.");
        problem.ShouldContain("akkoord gaat met de privacyverklaring");
        html.ShouldContain("Vul een geldig e-mailadres in.");
        html.ShouldContain("akkoord gaat met de privacyverklaring");
        (await InTenant(mail, tenant, db => db.Volunteers.CountAsync())).ShouldBe(0);
        (await mail.NoMailToAsync("vera@example")).ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_filled_honeypot_gets_the_same_thanks_but_nothing_is_stored_or_sent(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var page = $"/t/{tenant.Slug}/volunteers/sign-up";
        var email = $"bot-{Guid.NewGuid():N}@spam.test";

        var html = await mail.Host.CreateClient().PostPairsAsync(page, page, [.. Form(email, consent: true), ("Website", "http://spam.test")]).TextAsync();

        html.ShouldContain("Bedankt voor je aanmelding!");
        (await InTenant(mail, tenant, db => db.Volunteers.CountAsync())).ShouldBe(0);
        (await mail.NoMailToAsync(email)).ShouldBeTrue();
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_flood_on_one_organisation_gets_a_clear_429_and_nothing_more_is_stored(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        await mail.Host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<IValueManager>().SetTenantValueAsync("Volunteers.SignUpsPerHour", "2"));
        var page = $"/t/{tenant.Slug}/volunteers/sign-up";
        var anonymous = mail.Host.CreateClient();
        var api = $"/t/{tenant.Slug}/api/v1/volunteers/sign-up";

        (await anonymous.PostAsJsonAsync(api, VolunteersSeed.SignUp($"a-{Guid.NewGuid():N}@flood.test"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsJsonAsync(api, VolunteersSeed.SignUp($"b-{Guid.NewGuid():N}@flood.test"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var third = await anonymous.PostAsJsonAsync(api, VolunteersSeed.SignUp($"c-{Guid.NewGuid():N}@flood.test"));
        var onPage = await anonymous.PostPairsAsync(page, page, Form($"d-{Guid.NewGuid():N}@flood.test", consent: true));

        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await third.Content.ReadAsStringAsync()).ShouldContain("te veel aanmeldingen tegelijk");
        onPage.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        WebUtility.HtmlDecode(await onPage.Content.ReadAsStringAsync()).ShouldContain("je aanmelding is niet bewaard");
        (await InTenant(mail, tenant, db => db.Volunteers.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task A_flood_from_one_address_is_stopped_by_the_rate_limiter_before_anything_is_stored()
    {
        await using var host = await WmkTestHost.StartAsync(DatabaseKind.Sqlite, b => b.Configuration["RateLimits:SignUp:PermitLimit"] = "2");
        var tenant = await host.CreateTenantAsync();
        var anonymous = host.CreateClient();
        var api = $"/t/{tenant.Slug}/api/v1/volunteers/sign-up";

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await anonymous.PostAsJsonAsync(api, VolunteersSeed.SignUp($"flood-{i}-{Guid.NewGuid():N}@flood.test")));
        }

        answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
        (await answers[2].Content.ReadAsStringAsync()).ShouldContain("Te veel");
        (await host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<VolunteersDbContext>().Volunteers.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task The_sign_up_of_an_unknown_organisation_or_without_organisation_is_a_404()
    {
        var mail = await hosts.GetAsync(DatabaseKind.Sqlite);
        var anonymous = mail.Host.CreateClient();

        (await anonymous.GetAsync("/t/bestaat-niet/volunteers/sign-up")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PostAsJsonAsync("/api/v1/volunteers/sign-up", VolunteersSeed.SignUp("x@y.test"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static (string Name, string Value)[] Form(string email, bool consent) =>
    [
        ("FirstName", "Vera"), ("LastName", "Vrijwilliger"), ("Email", email), ("Phone", "0470 12 34 56"), ("Availability", "2"),
        ("Availability", "20"), ("Area", "Merksem"), ("Interests", "Zoeken"), ("HeardVia", "Flyer"), .. consent ? [("Consent", "true")] : Array.Empty<(string, string)>(),
    ];

    private static Task<T> InTenant<T>(MailHost mail, TestTenant tenant, Func<VolunteersDbContext, Task<T>> query) =>
        mail.Host.InTenantAsync(tenant.Info, sp => query(sp.GetRequiredService<VolunteersDbContext>()));
}
