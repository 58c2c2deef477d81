namespace Wmk.Documents;

/// <summary>The tenant settings of the documents module.</summary>
internal static class DocumentsSettings
{
    /// <summary>The largest template upload in kilobytes (5 MB by default).</summary>
    public const string MaxUploadKb = "Documents.MaxUploadKb";
}
