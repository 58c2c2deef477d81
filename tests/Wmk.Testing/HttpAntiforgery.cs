using System.Net;
using System.Text.RegularExpressions;

namespace Wmk.Testing;

/// <summary>Gives a cookie client the antiforgery header that the theme gives htmx, for JSON calls to /api/v1.</summary>
public static partial class HttpAntiforgery
{
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>Opens a page (after signing in: the token is bound to the user) and sends its token with every request.</summary>
    public static async Task<HttpClient> WithAntiforgeryAsync(this HttpClient client, string page = "/")
    {
        var token = MetaToken(await client.GetStringAsync(page));
        client.DefaultRequestHeaders.Remove(HeaderName);
        client.DefaultRequestHeaders.Add(HeaderName, token);
        return client;
    }

    /// <summary>The token of the layout's request-verification-token meta tag.</summary>
    public static string MetaToken(string html) =>
        MetaPattern().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no request-verification-token meta tag.");

    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaPattern();
}
