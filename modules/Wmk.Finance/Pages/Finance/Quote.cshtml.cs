using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Quotes;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Authorization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;

namespace Wmk.Finance.Pages.Finance;

[Permission(FinancePermissions.View)]
internal sealed class QuoteModel(QuoteHandler quotes, IOccupancy occupancy, TimeProvider clock, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    /// <summary>The units with a free place today: the ones a quote is asked for.</summary>
    public IReadOnlyList<FreePlaceInfo> Units { get; private set; } = [];

    public QuoteView? Quote { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(Guid? unitId, int? household, CancellationToken ct)
    {
        Units = [.. (await occupancy.FreePlacesAsync(clock.Today(), ct)).DistinctBy(u => u.UnitId)];
        if (unitId is { } id)
        {
            try
            {
                Quote = await quotes.QuoteAsync(id, household ?? 1, null, ct);
            }
            catch (Exception ex) when (ErrorMessages.For(ex, Localizers) is { } messages)
            {
                Problems = messages;
            }
        }
    }
}
