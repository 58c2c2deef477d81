using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Wmk.Documents.Engine;

/// <summary>
/// Turns a .docx or .html into PDF with LibreOffice headless (Debian package libreoffice-writer-nogui):
/// <c>soffice --headless --convert-to pdf --outdir DIR FILE</c>, each conversion with its own throw-away profile so
/// conversions can run side by side. At most two run at once.
/// </summary>
internal sealed class PdfConverter(IOptions<DocumentLimits> options)
{
    private static readonly SemaphoreSlim Gate = new(2, 2);
    private readonly DocumentLimits limits = options.Value;

    /// <summary>Whether the converter is installed.</summary>
    public bool Available => Executable() is not null;

    /// <summary>The PDF, or null when no converter is installed or the conversion failed.</summary>
    public async Task<byte[]?> ConvertAsync(byte[] content, string extension, CancellationToken ct)
    {
        if (Executable() is not { } soffice)
        {
            return null;
        }

        var dir = Directory.CreateTempSubdirectory("wmk-pdf-");
        await Gate.WaitAsync(ct);
        try
        {
            var input = Path.Combine(dir.FullName, "document" + extension);
            await File.WriteAllBytesAsync(input, content, ct);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                ArgumentList =
                {
                    "-env:UserInstallation=file://" + Path.Combine(dir.FullName, "profile"), "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", dir.FullName, input,
                },
            };
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(limits.ConvertTimeout);
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await drain;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                return null;
            }

            var pdf = Path.Combine(dir.FullName, "document.pdf");
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct) : null;
        }
        finally
        {
            Gate.Release();
            dir.Delete(recursive: true);
        }
    }

    private string? Executable()
    {
        if (Path.IsPathRooted(limits.Converter))
        {
            return File.Exists(limits.Converter) ? limits.Converter : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, limits.Converter)).FirstOrDefault(File.Exists);
    }
}
