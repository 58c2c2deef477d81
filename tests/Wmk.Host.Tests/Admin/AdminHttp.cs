using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Admin;

/// <summary>Signed-in clients and form posts (with the page's antiforgery token) for the admin tests.</summary>
internal static class AdminHttp
{
    public static async Task<HttpClient> OperatorAsync(WmkTestHost host)
    {
        var email = $"op-{Guid.NewGuid():N}@host.test";
        await host.InTenantAsync(null, sp => sp.GetRequiredService<IAccountProvisioning>().EnsureHostAdminAsync(email, TestTenant.Password));
        return await SignedInAsync(host, email, null);
    }

    public static Task<HttpClient> AdminOfAsync(WmkTestHost host, TestTenant tenant) => SignedInAsync(host, tenant.AdminEmail, tenant.Slug);

    public static async Task<HttpClient> SignedInAsync(WmkTestHost host, string email, string? slug)
    {
        var client = host.CreateClient();
        var response = await client.SignInAsync(email, TestTenant.Password, slug);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {email} failed");
        return await client.WithAntiforgeryAsync();
    }

    /// <summary>Opens the page, then posts the form fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, IDictionary<string, string> fields)
    {
        var token = HttpSignIn.Antiforgery(await client.GetStringAsync(page));
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    /// <summary>Posts form fields as pairs (a name may repeat, like checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var token = HttpSignIn.Antiforgery(await client.GetStringAsync(page));
        var pairs = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(pairs));
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
