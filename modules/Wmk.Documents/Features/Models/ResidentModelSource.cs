using Wmk.Documents.Contracts;
using Wmk.Guidance.Contracts;
using Wmk.Housing.Contracts;

namespace Wmk.Documents.Features.Models;

/// <summary>"resident": the resident, their contract and unit; a partner counsellor loads only their own clients.</summary>
internal sealed class ResidentModelSource(IResidents residents, IOccupancy occupancy) : IDocumentModelSource
{
    public string Model => "resident";

    public bool AboutResidents => true;

    public DocumentModel Demo => CaseModels.DemoCase();

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await residents.ListAsync(new ResidentQuery(Ids: [id]), cancellationToken)).FirstOrDefault() is { } r
            ? await CaseModels.CaseAsync(r, occupancy, cancellationToken)
            : null;
}

/// <summary>"contract": a housing contract with its resident and unit (subject id: the contract).</summary>
internal sealed class ContractModelSource(IResidents residents, IOccupancy occupancy) : IDocumentModelSource
{
    public string Model => "contract";

    public bool AboutResidents => true;

    public DocumentModel Demo => CaseModels.DemoCase();

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await residents.ListAsync(new ResidentQuery(ContractIds: [id]), cancellationToken)).FirstOrDefault() is { } r
            ? await CaseModels.CaseAsync(r, occupancy, cancellationToken)
            : null;
}

/// <summary>"unit": a unit's terms (address, bedrooms, sharing, places, forfait); no resident's case.</summary>
internal sealed class UnitModelSource(IOccupancy occupancy) : IDocumentModelSource
{
    public string Model => "unit";

    public bool AboutResidents => false;

    public DocumentModel Demo => new() { ["unit"] = CaseModels.Unit(new UnitTerms(Guid.Empty, "Kioskplaats 12, 2660 Hoboken", Guid.Empty, 2, true, 2, 120m)) };

    public async Task<DocumentSubject?> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        await occupancy.UnitTermsAsync(id, cancellationToken) is { } unit
            ? new DocumentSubject(new DocumentModel { ["unit"] = CaseModels.Unit(unit) }, unit.Address, null)
            : null;
}
