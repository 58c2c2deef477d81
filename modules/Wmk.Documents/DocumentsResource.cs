namespace Wmk.Documents;

/// <summary>Marker for the documents module's texts.</summary>
public sealed class DocumentsResource;
