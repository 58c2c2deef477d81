using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Accounts.Domain;
using Wmk.Accounts.Features.CreateAccount;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class SignInRulesTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_unconfirmed_account_cannot_sign_in_until_the_mailed_link_is_followed(DatabaseKind kind)
    {
        var mail = await hosts.GetAsync(kind);
        var tenant = await mail.Host.CreateTenantAsync();
        var email = $"nieuw-{Guid.NewGuid():N}@leden.test";
        await mail.Host.InTenantAsync(tenant.Info, async sp =>
        {
            var account = new Account { UserName = email, Email = email, EmailConfirmed = false, CreatedAt = DateTimeOffset.UtcNow };
            (await sp.GetRequiredService<UserManager<Account>>().CreateAsync(account, TestTenant.Password)).Succeeded.ShouldBeTrue();
            await sp.GetRequiredService<MembershipWriter>().EnsureAsync(account.Id, [WmkRoles.Staff], CancellationToken.None);
        });
        var client = mail.Host.CreateClient();

        (await client.SignInAsync(email, "Fout-Wachtwoord-123", tenant.Slug).TextAsync()).ShouldContain("klopt niet");
        var refused = await (await client.SignInAsync(email, TestTenant.Password, tenant.Slug)).TextAsync();
        refused.ShouldContain("nog niet bevestigd");
        var page = $"/t/{tenant.Slug}/account/login";
        var again = await client.PostFormAsync(page, page + "?handler=SendConfirmation", new Dictionary<string, string> { ["Email"] = email });
        (await again.TextAsync()).ShouldContain("nieuwe bevestigingsmail");

        var link = MailHost.LinkIn(await mail.MailToAsync(email));
        (await client.HtmlAsync(link)).ShouldContain("Je e-mailadres is bevestigd");
        (await client.SignInAsync(email, TestTenant.Password, tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Five_failures_lock_the_account_with_a_message_in_the_users_language(DatabaseKind kind)
    {
        var host = (await hosts.GetAsync(kind)).Host;
        var tenant = await host.CreateTenantAsync();
        var email = await AccountsHttp.AddMemberAsync(host, tenant, WmkRoles.Staff);
        var english = host.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        for (var i = 0; i < 5; i++)
        {
            await english.SignInAsync(email, "Fout-Wachtwoord-123", tenant.Slug);
        }

        (await english.SignInAsync(email, TestTenant.Password, tenant.Slug).TextAsync())
            .ShouldContain("Too many failed attempts. Try again in a quarter of an hour.");
        (await host.CreateClient().SignInAsync(email, TestTenant.Password, tenant.Slug).TextAsync())
            .ShouldContain("Te veel mislukte pogingen");

        var audit = await AccountsHttp.AuditAsync(host, tenant);
        audit.Count(a => a.Action == AuditAction.SignInFailed).ShouldBeGreaterThanOrEqualTo(6);
        audit.ShouldAllBe(a => a.Details == null || !a.Details.Contains('@'));
    }
}
