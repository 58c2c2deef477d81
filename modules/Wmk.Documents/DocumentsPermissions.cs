namespace Wmk.Documents;

/// <summary>Permissions of the documents module (default grants in <c>DocumentsModule</c>).</summary>
public static class DocumentsPermissions
{
    /// <summary>Download generated documents (a partner counsellor only those of their own clients).</summary>
    public const string View = "Documents.View";

    /// <summary>Generate a document from a case and record how a letter was sent.</summary>
    public const string Generate = "Documents.Generate";

    /// <summary>Upload templates, add versions, roll back.</summary>
    public const string Manage = "Documents.Manage";
}
