using System.Net;
using System.Text.RegularExpressions;

namespace Wmk.Testing;

/// <summary>Signs a cookie client in through the real sign-in page (with its antiforgery token).</summary>
public static partial class HttpSignIn
{
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string? slug = null)
    {
        var prefix = slug is null ? string.Empty : $"/t/{slug}";
        var form = await client.GetStringAsync($"{prefix}/account/login");
        var token = Antiforgery(form);
        var response = await client.PostAsync($"{prefix}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        return response;
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Antiforgery(string html) =>
        TokenPattern().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
