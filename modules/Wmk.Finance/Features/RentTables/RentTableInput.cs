using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.RentTables;

/// <summary>A new version of a rent table, valid from <paramref name="ValidFrom"/>.</summary>
internal sealed record RentTableInput(string? Name, Guid? HousingCompanyId, DateOnly ValidFrom, IReadOnlyList<RentLineInput>? Lines);

/// <summary>A line of a new rent table version.</summary>
internal sealed record RentLineInput(
    string? Name, decimal Amount, bool FromUnitForfait, int? Bedrooms, LineSharing Sharing, decimal? Minimum, decimal? Maximum);

internal sealed record RentTableView(Guid Id, string Name, Guid? HousingCompanyId, DateOnly ValidFrom, IReadOnlyList<RentLineView> Lines)
{
    public static RentTableView Of(RentTable t) => new(t.Id, t.Name, t.HousingCompanyId, t.ValidFrom,
        [.. t.Lines.OrderBy(l => l.Position).Select(RentLineView.Of)]);
}

internal sealed record RentLineView(string Name, decimal Amount, bool FromUnitForfait, int? Bedrooms, LineSharing Sharing, decimal? Minimum, decimal? Maximum)
{
    public static RentLineView Of(RentLine l) => new(l.Name, l.Amount, l.FromUnitForfait, l.Bedrooms, l.Sharing, l.Minimum, l.Maximum);
}
