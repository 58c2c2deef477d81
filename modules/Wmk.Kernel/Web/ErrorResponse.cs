using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Wmk.Kernel.Web;

/// <summary>A refusal written by middleware (before any page runs): problem JSON under /api, else a bare HTML page.</summary>
internal static class ErrorResponse
{
    public static Task WriteAsync(HttpContext context, int status, string message, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return context.Response.WriteAsJsonAsync(new { status, title = message }, (System.Text.Json.JsonSerializerOptions?)null,
                "application/problem+json", ct);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var encoded = System.Net.WebUtility.HtmlEncode(message);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return context.Response.WriteAsync(
            $"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{status}</title></head>" +
            $"<body><main><h1>{status}</h1><p>{encoded}</p><p><a href=\"/\">Wmk.Platform</a></p></main></body></html>", ct);
    }
}
