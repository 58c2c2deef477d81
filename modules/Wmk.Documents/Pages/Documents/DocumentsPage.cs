using Microsoft.Extensions.Localization;
using Wmk.Kernel.Web;

namespace Wmk.Documents.Pages.Documents;

/// <summary>A documents page with form handling (<see cref="WmkFormPage"/>).</summary>
internal abstract class DocumentsPage(IStringLocalizerFactory localizers) : WmkFormPage(localizers, typeof(DocumentsResource))
{
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Wmk.Kernel.Localization.WmkCultures.Brussels).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    protected static async Task<byte[]> ReadAsync(Microsoft.AspNetCore.Http.IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
