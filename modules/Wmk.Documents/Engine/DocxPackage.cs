using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace Wmk.Documents.Engine;

/// <summary>
/// Checks an uploaded Word file before anything opens it for real: a zip with the parts of a .docx, within the entry
/// count, the total unpacked size and the compression ratio (a zip bomb unpacks to far more than it weighs).
/// </summary>
internal sealed class DocxPackage(IOptions<DocumentLimits> options)
{
    private const long SmallEntry = 1024 * 1024;
    private readonly DocumentLimits limits = options.Value;

    public void Inspect(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            throw Problem("Upload:NotDocx");
        }

        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read))
            {
                CheckEntries(zip);
            }

            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes, false), false);
            if (doc.MainDocumentPart?.Document?.Body is null)
            {
                throw Problem("Upload:NotDocx");
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or XmlException or IOException or FileFormatException
                                       or InvalidOperationException or ArgumentException)
        {
            throw Problem("Upload:NotDocx");
        }
    }

    private void CheckEntries(ZipArchive zip)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            throw Problem("Upload:ZipBomb");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
            if (total > limits.MaxUnpackedBytes || (entry.Length > SmallEntry && ratio > limits.MaxRatio))
            {
                throw Problem("Upload:ZipBomb");
            }
        }

        if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("word/document.xml") is null)
        {
            throw Problem("Upload:NotDocx");
        }
    }

    private static TemplateProblemException Problem(string key) => new(new TemplateProblem(key, null, null, null));
}
