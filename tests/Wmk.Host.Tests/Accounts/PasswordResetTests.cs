using System.Net;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class PasswordResetTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    private const string NewPassword = "Nieuw-Wachtwoord-2027";

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_mailed_link_sets_a_new_password_once_and_ends_other_sessions(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var host = mail.Host;
        var tenant = await host.CreateTenantAsync();
        var other = await AdminHttp.AdminOfAsync(host, tenant);
        var client = host.CreateClient();

        var sent = await client.PostFormAsync("/account/forgot", "/account/forgot", new Dictionary<string, string> { ["email"] = tenant.AdminEmail });
        (await sent.TextAsync()).ShouldContain("Als er een account bestaat met dit e-mailadres");
        var link = MailHost.LinkIn(await mail.MailToAsync(tenant.AdminEmail));
        link.ShouldStartWith("/account/reset?token=");
        link.ShouldNotContain("@");

        (await Reset(client, link, "kort")).ShouldContain("minstens 10 tekens");
        (await Reset(client, link, NewPassword)).ShouldContain("Je wachtwoord is gewijzigd");
        (await client.HtmlAsync(link)).ShouldContain("verlopen of al gebruikt");
        (await Reset(client, link, "Nog-Een-Wachtwoord-2028", "/account/forgot")).ShouldContain("verlopen of al gebruikt");

        (await host.CreateClient().SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateClient().SignInAsync(tenant.AdminEmail, NewPassword, tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        (await other.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var email = $"niemand-{Guid.NewGuid():N}@nergens.test";
        var client = mail.Host.CreateClient();

        var known = await client.PostFormAsync("/account/forgot", "/account/forgot", new Dictionary<string, string> { ["email"] = tenant.AdminEmail });
        var unknown = await client.PostFormAsync("/account/forgot", "/account/forgot", new Dictionary<string, string> { ["email"] = email });

        unknown.StatusCode.ShouldBe(known.StatusCode);
        (await unknown.TextAsync()).ShouldContain("Als er een account bestaat met dit e-mailadres");
        (await mail.NoMailToAsync(email)).ShouldBeTrue();
        await mail.MailToAsync(tenant.AdminEmail);
    }

    [Fact]
    public async Task A_reset_asked_inside_an_organisation_is_audited_there_without_the_address()
    {
        var mail = await hosts.GetAsync(DatabaseKind.Sqlite);
        var tenant = await mail.Host.CreateTenantAsync();
        var client = mail.Host.CreateClient();
        var page = $"/t/{tenant.Slug}/account/forgot";

        await client.PostFormAsync(page, page, new Dictionary<string, string> { ["email"] = tenant.AdminEmail });
        var link = MailHost.LinkIn(await mail.MailToAsync(tenant.AdminEmail));
        link.ShouldStartWith($"/t/{tenant.Slug}/account/reset?token=");
        (await Reset(client, link, NewPassword)).ShouldContain("Je wachtwoord is gewijzigd");

        var audit = await AccountsHttp.AuditAsync(mail.Host, tenant);
        audit.ShouldContain(a => a.Action == AuditAction.Update && a.Details == "password-reset-requested");
        audit.ShouldContain(a => a.Action == AuditAction.Update && a.Details == "password-reset");
        audit.ShouldAllBe(a => a.Details == null || !a.Details.Contains('@'));
    }

    /// <summary>Posts the reset form; <paramref name="formPage"/> gives the antiforgery token when the link page shows no form.</summary>
    private static Task<string> Reset(HttpClient client, string link, string password, string? formPage = null) =>
        client.PostFormAsync(formPage ?? link, link, new Dictionary<string, string> { ["password"] = password, ["repeat"] = password }).TextAsync();
}
