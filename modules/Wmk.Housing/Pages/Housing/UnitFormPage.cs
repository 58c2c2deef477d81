using Microsoft.Extensions.Localization;
using Wmk.Housing.Domain;
using Wmk.Housing.Features.Partners;
using Wmk.Housing.Features.Units;

namespace Wmk.Housing.Pages.Housing;

/// <summary>A page with the unit form (<c>_UnitFields</c>): the partners to choose from and the values entered.</summary>
internal abstract class UnitFormPage(PartnersHandler partners, IStringLocalizerFactory localizers) : HousingPage(localizers)
{
    public IReadOnlyList<PartnerView> Companies { get; private set; } = [];

    public IReadOnlyList<PartnerView> Managers { get; private set; } = [];

    public UnitInput? Input { get; protected set; }

    protected async Task LoadPartnersAsync(CancellationToken ct)
    {
        var all = await partners.ListAsync(ct);
        Companies = [.. all.Where(p => p.Kind == PartnerKind.HousingCompany)];
        Managers = [.. all.Where(p => p.Kind == PartnerKind.TechnicalManager)];
    }
}
