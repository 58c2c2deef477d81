using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Kernel.Localization;

namespace Wmk.Guidance.Features.Intake.Checklists;

/// <summary>
/// Gives a tenant the default checklists (texts <c>Checklist:Default:{Kind}:{n}</c>, in Dutch: the tenant's first
/// language) when it has none of that kind yet; the tenant edits them afterwards. Safe to run twice.
/// </summary>
internal sealed class ChecklistSeeder(GuidanceDbContext db, IStringLocalizer<GuidanceResource> texts)
{
    public const int DefaultItems = 6;

    public async Task SeedAsync(CancellationToken ct)
    {
        var present = await db.ChecklistItems.Select(i => i.Kind).Distinct().ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = WmkCultures.Dutch;
        try
        {
            foreach (var kind in Enum.GetValues<ChecklistKind>().Except(present))
            {
                db.ChecklistItems.AddRange(Enumerable.Range(1, DefaultItems)
                    .Select(n => new ChecklistItem { Kind = kind, Position = n, Text = texts[$"Checklist:Default:{kind}:{n}"] }));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        await db.SaveChangesAsync(ct);
    }
}
