using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Wmk.Testing;

namespace Wmk.Host.Tests.Admin;

public sealed class OrganisationTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_tenant_admin_edits_the_profile_through_the_page_and_the_api(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);

        var saved = await admin.PostFormAsync("/admin/organisation", "/admin/organisation?handler=Profile", new Dictionary<string, string>
        {
            ["ContactEmail"] = "info@wonen.test", ["ContactPhone"] = "+32 9 123 45 67", ["Address"] = "Kerkstraat 1, 9000 Gent",
            ["Website"] = "https://wonen.test", ["PrimaryColor"] = "#AA3300",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var profile = await (await admin.GetAsync("/api/v1/admin/organisation")).ReadAsync<Profile>();
        profile.ShouldBe(new Profile("info@wonen.test", "+32 9 123 45 67", "Kerkstraat 1, 9000 Gent", "https://wonen.test", "#aa3300"));
        (await admin.GetStringAsync("/admin/organisation")).ShouldContain("/branding/theme.css?v=aa3300");
        (await admin.GetStringAsync("/branding/theme.css?v=aa3300")).ShouldContain("--brand: #aa3300");

        var bad = await admin.PutAsJsonAsync("/api/v1/admin/organisation", profile with { PrimaryColor = "rood", ContactEmail = "geen-adres" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await admin.GetAsync("/api/v1/admin/organisation")).ReadAsync<Profile>()).ShouldBe(profile);
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task An_uploaded_png_logo_is_served_at_the_tenants_branding_logo(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);
        (await host.CreateClient().GetAsync($"/t/{tenant.Slug}/branding/logo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var upload = await UploadAsync(admin, Png, "logo.png", "image/png");

        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var served = await host.CreateClient().GetAsync($"/t/{tenant.Slug}/branding/logo");
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        served.Headers.CacheControl!.MaxAge.ShouldNotBeNull();
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await admin.GetStringAsync("/admin/organisation")).ShouldContain("branding/logo");
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task A_file_that_is_not_a_png_or_jpeg_is_refused_whatever_its_name_says(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        var admin = await AdminHttp.AdminOfAsync(host, tenant);

        var upload = await UploadAsync(admin, "<svg onload=alert(1)>"u8.ToArray(), "logo.png", "image/png");

        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await upload.Content.ReadAsStringAsync()).ShouldContain("Het logo moet een PNG- of JPEG-afbeelding zijn.");
        (await host.CreateClient().GetAsync($"/t/{tenant.Slug}/branding/logo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string type)
    {
        var token = HttpSignIn.Antiforgery(await client.GetStringAsync("/admin/organisation"));
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "Logo", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/admin/organisation?handler=Logo", form);
    }

    private sealed record Profile(string? ContactEmail, string? ContactPhone, string? Address, string? Website, string? PrimaryColor);
}
