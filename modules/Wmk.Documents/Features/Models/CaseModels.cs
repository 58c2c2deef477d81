using System.Globalization;
using Wmk.Documents.Contracts;
using Wmk.Guidance.Contracts;
using Wmk.Housing.Contracts;
using Wmk.Kernel.Localization;

namespace Wmk.Documents.Features.Models;

/// <summary>The resident, contract and unit parts of a template model (dates dd/MM/yyyy, amounts in nl-BE euros).</summary>
internal static class CaseModels
{
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Euro(decimal amount) => amount.ToString("C", WmkCultures.Dutch);

    public static DocumentModel Resident(ResidentInfo r) => new()
    {
        ["first_name"] = r.FirstName, ["last_name"] = r.LastName, ["full_name"] = r.FullName, ["birth_date"] = Date(r.BirthDate),
        ["email"] = r.Email ?? string.Empty, ["counsellor_name"] = r.CounsellorName, ["counsellor_email"] = r.CounsellorEmail ?? string.Empty,
        ["start_date"] = Date(r.StartedOn), ["contract_end"] = Date(r.ContractEnd),
    };

    public static DocumentModel Contract(OccupancyInfo? c, ResidentInfo r) => new()
    {
        ["address"] = c?.Address ?? string.Empty, ["place"] = c?.Place ?? 1, ["start_date"] = Date(c?.Start ?? r.StartedOn),
        ["end_date"] = Date(c?.End ?? r.ContractEnd), ["last_day"] = Date(c?.LastDay ?? r.ContractEnd),
    };

    public static DocumentModel Unit(UnitTerms? u) => new()
    {
        ["address"] = u?.Address ?? string.Empty, ["bedrooms"] = u?.Bedrooms ?? 0, ["shared"] = u?.Shared ?? false,
        ["places"] = u?.Places ?? 0, ["forfait"] = Euro(u?.Forfait ?? 0m),
    };

    public static async Task<DocumentSubject> CaseAsync(ResidentInfo r, IOccupancy occupancy, CancellationToken ct)
    {
        var contract = (await occupancy.OfResidentsAsync([r.ResidentId], ct)).FirstOrDefault(c => c.ContractId == r.ContractId);
        var unit = await occupancy.UnitTermsAsync(r.UnitId, ct);
        var data = new DocumentModel { ["resident"] = Resident(r), ["contract"] = Contract(contract, r), ["unit"] = Unit(unit) };
        return new DocumentSubject(data, r.FullName, r.ResidentId);
    }

    public static DocumentModel DemoCase()
    {
        var resident = new ResidentInfo(Guid.Empty, Guid.Empty, "Sam", "Peeters", new DateOnly(2005, 3, 1), "sam@voorbeeld.be", null,
            "An Consulent", "an@caw.be", Guid.Empty, Guid.Empty, new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31), null);
        var contract = new OccupancyInfo(Guid.Empty, Guid.Empty, "Kioskplaats 12, 2660 Hoboken", 1, Guid.Empty, new DateOnly(2026, 6, 1),
            new DateOnly(2027, 5, 31), null, new DateOnly(2027, 5, 31));
        var unit = new UnitTerms(Guid.Empty, "Kioskplaats 12, 2660 Hoboken", Guid.Empty, 1, false, 1, 65m);
        return new DocumentModel { ["resident"] = Resident(resident), ["contract"] = Contract(contract, resident), ["unit"] = Unit(unit) };
    }
}
