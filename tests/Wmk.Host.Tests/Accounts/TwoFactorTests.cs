using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Settings;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

public sealed class TwoFactorTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Set_up_two_factor_then_sign_in_with_a_code_or_a_recovery_code_once(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var (key, codes) = await EnableAsync(admin);
        codes.Count.ShouldBe(10);

        var client = host.CreateClient();
        (await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).Location().ShouldBe($"/t/{tenant.Slug}/account/login-2fa");
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await SecondStep(client, tenant, "000000")).TextAsync()).ShouldContain("Deze code klopt niet");
        (await SecondStep(client, tenant, Totp.Code(key, DateTimeOffset.UtcNow)))
            .Location().ShouldBe($"/t/{tenant.Slug}/");
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var recovery = host.CreateClient();
        await recovery.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        (await SecondStep(recovery, tenant, codes[0])).Location().ShouldBe($"/t/{tenant.Slug}/");
        var reuse = host.CreateClient();
        await reuse.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug);
        (await SecondStep(reuse, tenant, codes[0])).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await AccountsHttp.AuditAsync(host, tenant)).ShouldContain(a => a.Action == AuditAction.Update && a.Details == "two-factor-enabled");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Staff_of_an_organisation_that_requires_two_factor_reach_nothing_before_setting_it_up(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(tenant.Info, sp =>
            sp.GetRequiredService<IValueManager>().SetTenantValueAsync("Accounts.RequireTwoFactorForStaff", "true"));
        var client = host.CreateClient();

        (await client.SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).Location().ShouldBe($"/t/{tenant.Slug}/account/two-factor");
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/admin/users")).Headers.Location!.ToString().ShouldContain("/account/denied");
        (await client.GetAsync("/account/denied").TextAsync()).ShouldContain("/account/two-factor");

        await EnableAsync(client);
        (await client.GetAsync("/api/v1/admin/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Disabling_two_factor_signs_in_with_the_password_alone_again()
    {
        var host = await hosts.GetAsync(DatabaseKind.Sqlite);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        await EnableAsync(admin);

        var disabled = await admin.PostFormAsync("/account/two-factor", "/account/two-factor?handler=Disable", new Dictionary<string, string>());
        (await disabled.TextAsync()).ShouldContain("staat uit");
        (await host.CreateClient().SignInAsync(tenant.AdminEmail, TestTenant.Password, tenant.Slug)).Location().ShouldBe($"/t/{tenant.Slug}/");
        (await AccountsHttp.AuditAsync(host, tenant)).ShouldContain(a => a.Details == "two-factor-disabled");
    }

    private static async Task<(string Key, IReadOnlyList<string> Codes)> EnableAsync(HttpClient client)
    {
        var key = AccountsHttp.SharedKey(await client.HtmlAsync("/account/two-factor"));
        key.ShouldNotBeNullOrEmpty();
        var html = await client.PostFormAsync("/account/two-factor", "/account/two-factor?handler=Enable",
            new Dictionary<string, string> { ["code"] = Totp.Code(key, DateTimeOffset.UtcNow) }).TextAsync();
        html.ShouldContain("staat aan");
        return (key, AccountsHttp.RecoveryCodes(html));
    }

    private static async Task<HttpResponseMessage> SecondStep(HttpClient client, TestTenant tenant, string code)
    {
        var page = $"/t/{tenant.Slug}/account/login-2fa";
        return await client.PostFormAsync(page, page, new Dictionary<string, string> { ["code"] = code });
    }
}
