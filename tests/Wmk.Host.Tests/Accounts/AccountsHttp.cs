using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Testing;

namespace Wmk.Host.Tests.Accounts;

/// <summary>Shared steps of the account tests.</summary>
internal static partial class AccountsHttp
{
    public static async Task<string> AddMemberAsync(WmkTestHost host, TestTenant tenant, string role, string? email = null)
    {
        email ??= $"lid-{Guid.NewGuid():N}@leden.test";
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/members",
            new { email, displayName = "Lid", password = TestTenant.Password, roles = new[] { role } });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return email;
    }

    public static string Location(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!.ToString();
    }

    public static async Task<string> TextAsync(this Task<HttpResponseMessage> response) => await (await response).TextAsync();

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> HtmlAsync(this HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    public static string SharedKey(string html) => KeyPattern().Match(html).Groups[1].Value;

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        RecoveryPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static Task<List<AuditEntry>> AuditAsync(WmkTestHost host, TestTenant tenant) =>
        host.InTenantAsync(tenant.Info, sp => sp.GetRequiredService<KernelDbContext>().Set<AuditEntry>().AsNoTracking().ToListAsync());

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}
