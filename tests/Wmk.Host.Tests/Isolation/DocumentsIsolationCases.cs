using Wmk.Documents.Data;
using Wmk.Documents.Domain;
using Wmk.Host.Tests.Documents;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of the documents module (a new tenant gets its default templates by the seeder).</summary>
public static class DocumentsIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(DocumentsDbContext), typeof(DocumentTemplate)),
        new(typeof(DocumentsDbContext), typeof(TemplateVersion)),
        new(typeof(DocumentsDbContext), typeof(GeneratedDocument), DocumentsHttp.GeneratedAsync),
    ];
}
