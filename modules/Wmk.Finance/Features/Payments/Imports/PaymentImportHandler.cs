using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Matching;
using Wmk.Kernel.Data;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Payments.Imports;

/// <summary>One line read from a payment file, with its key for de-duplication across files.</summary>
internal sealed record ImportLine(string Key, DateOnly Day, decimal Amount, string? Name, string? Iban, string? Communication, string? StructuredDigits);

/// <summary>What an import did: lines in the file, new lines stored (the others were known already) and how they matched.</summary>
internal sealed record PaymentImportResult(Guid ImportId, string FileName, int Lines, int Added, int Duplicates, int Matched, int Suggested, int Unmatched);

/// <summary>
/// Stores the lines of a read payment file in one transaction (all or nothing): a file already imported (same SHA-256) is
/// a 409, lines already known from an overlapping file (same key) are skipped, the new ones are matched.
/// </summary>
internal sealed class PaymentImportHandler(
    FinanceDbContext db, PaymentMatcher matcher, ICurrentUser user, TimeProvider clock, IStringLocalizer<FinanceResource> texts)
{
    /// <summary>Files above this size are refused (a year of daily statements of a small organisation is far below).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public async Task<PaymentImportResult> ImportAsync(
        PaymentSource source, string? fileName, byte[] content, Func<byte[], IReadOnlyList<ImportLine>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(read);
        var name = Text.Clean(fileName) ?? "import";
        name = name.Length > 255 ? name[..255] : name;
        if (content.Length == 0 || content.Length > MaxBytes)
        {
            new List<RuleError> { new("Import:Size", MaxBytes / 1024 / 1024) }.ThrowIfAny(texts);
        }

        IReadOnlyList<ImportLine> lines;
        try
        {
            lines = read(content);
        }
        catch (PaymentFileException bad)
        {
            new List<RuleError> { bad.Error }.ThrowIfAny(texts);
            throw;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        await ThrowIfImportedAsync(hash, ct);
        var keys = lines.Select(l => l.Key).Distinct().ToList();
        var known = (await db.Payments.AsNoTracking().Where(p => p.ExternalKey != null && keys.Contains(p.ExternalKey)).Select(p => p.ExternalKey!)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var import = new PaymentImport { Source = source, FileName = name, FileHash = hash, Lines = lines.Count, ImportedBy = user.Id, ImportedAt = clock.GetUtcNow() };
        var fresh = lines.Where(l => known.Add(l.Key)).Select(l => new Payment
        {
            BookedOn = l.Day, Amount = l.Amount, Source = source, CounterpartyName = Cut(l.Name, 200), CounterpartyIban = Cut(l.Iban, 34),
            Communication = Cut(l.Communication, 500), StructuredDigits = l.StructuredDigits, ImportId = import.Id, ExternalKey = l.Key,
            RecordedBy = user.Id, RecordedAt = import.ImportedAt,
        }).ToList();
        await matcher.MatchAsync(fresh, ct);
        import.Matched = fresh.Count(p => p.Status == PaymentStatus.Matched);
        try
        {
            await db.InsertAsync([[import], fresh], ct); // one transaction; COPY on PostgreSQL
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await ThrowIfImportedAsync(hash, ct);
            throw new ConflictException(typeof(FinanceResource), "Import:Parallel");
        }

        return new PaymentImportResult(import.Id, name, lines.Count, fresh.Count, lines.Count - fresh.Count, import.Matched,
            fresh.Count(p => p.Status == PaymentStatus.Suggested), fresh.Count(p => p.Status == PaymentStatus.Unmatched));
    }

    private async Task ThrowIfImportedAsync(string hash, CancellationToken ct)
    {
        if (await db.PaymentImports.AsNoTracking().Where(i => i.FileHash == hash).Select(i => new { i.FileName, i.ImportedAt }).FirstOrDefaultAsync(ct)
            is { } earlier)
        {
            throw new ConflictException(typeof(FinanceResource), "Import:Twice", earlier.FileName,
                TimeZoneInfo.ConvertTime(earlier.ImportedAt, WmkCultures.Brussels).ToString("dd/MM/yyyy HH:mm", WmkCultures.Dutch));
        }
    }

    private static string? Cut(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
