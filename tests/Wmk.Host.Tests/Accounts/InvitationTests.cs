using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Data;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class InvitationTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_new_person_accepts_an_invitation_by_choosing_a_password_and_the_link_works_once(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(mail.Host, tenant);
        var email = $"Nieuw-{Guid.NewGuid():N}@Leden.test";

        var link = await InviteAsync(mail, admin, email, WmkRoles.Staff);
        link.ShouldStartWith($"/t/{tenant.Slug}/account/accept-invitation?token=");
        var person = mail.Host.CreateClient();
        (await person.HtmlAsync(link)).ShouldContain("Kies een wachtwoord");
        (await Accept(person, link, "New", "kort")).ShouldContain("minstens 10 tekens");
        (await person.PostFormAsync(link, link + "&handler=New", Password(TestTenant.Password))).Location().ShouldBe($"/t/{tenant.Slug}/");

        (await person.GetStringAsync("/account/organisations")).ShouldContain(tenant.Info.Name);
        (await admin.GetStringAsync("/api/v1/admin/members")).ShouldContain(email.ToLowerInvariant());
        (await mail.Host.CreateClient().HtmlAsync(link)).ShouldContain("bestaat niet of is al gebruikt");
        (await AccountsHttp.AuditAsync(mail.Host, tenant)).ShouldContain(a => a.Action == AuditAction.Create && a.EntityType == "Invitation");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_existing_account_accepts_with_its_password_and_gets_the_invited_role(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var a = await mail.Host.CreateTenantAsync();
        var b = await mail.Host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(mail.Host, a);

        var link = await InviteAsync(mail, admin, b.AdminEmail, WmkRoles.Finance);
        var person = mail.Host.CreateClient();
        (await person.HtmlAsync(link)).ShouldContain("Er bestaat al een account");
        (await Accept(person, link, "Existing", "Fout-Wachtwoord-123")).ShouldContain("Het wachtwoord klopt niet");
        (await person.PostFormAsync(link, link + "&handler=Existing", Password(TestTenant.Password))).Location().ShouldBe($"/t/{a.Slug}/");

        var members = await admin.GetStringAsync("/api/v1/admin/members");
        members.ShouldContain(b.AdminEmail);
        members.ShouldContain(WmkRoles.Finance);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Inviting_an_active_member_is_refused_and_stores_nothing(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(mail.Host, tenant);

        var html = await admin.PostPairsAsync("/admin/users/invite", "/admin/users/invite", ("Email", tenant.AdminEmail), ("Roles", WmkRoles.Staff)).TextAsync();

        html.ShouldContain("al een actief lid van de organisatie");
        (await mail.Host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<AccountsDbContext>().Invitations.CountAsync())).ShouldBe(0);
        (await mail.NoMailToAsync(tenant.AdminEmail)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_expired_invitation_is_refused()
    {
        var mail = await hosts.GetAsync(DatabaseKind.PostgreSql);
        var tenant = await mail.Host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(mail.Host, tenant);
        var link = await InviteAsync(mail, admin, $"laat-{Guid.NewGuid():N}@leden.test", WmkRoles.Volunteer);

        mail.Host.Clock.Advance(TimeSpan.FromDays(8));
        var person = mail.Host.CreateClient();

        (await person.HtmlAsync(link)).ShouldContain("Deze uitnodiging is verlopen");
        var forced = await person.PostFormAsync($"/t/{tenant.Slug}/account/login", $"{link}&handler=New", Password(TestTenant.Password));
        (await forced.TextAsync()).ShouldContain("Deze uitnodiging is verlopen");
        (await mail.Host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<AccountsDbContext>().Invitations.SingleAsync()))
            .AcceptedAt.ShouldBeNull();
    }

    private static async Task<string> InviteAsync(MailHost mail, HttpClient admin, string email, string role)
    {
        var html = await admin.PostPairsAsync("/admin/users/invite", "/admin/users/invite", ("Email", email), ("Roles", role)).TextAsync();
        html.ShouldContain("De uitnodiging is verstuurd");
        return MailHost.LinkIn(await mail.MailToAsync(email.ToLowerInvariant()));
    }

    private static Task<string> Accept(HttpClient client, string link, string handler, string password) =>
        client.PostFormAsync(link, $"{link}&handler={handler}", Password(password)).TextAsync();

    private static Dictionary<string, string> Password(string password) => new() { ["password"] = password, ["repeat"] = password };
}
