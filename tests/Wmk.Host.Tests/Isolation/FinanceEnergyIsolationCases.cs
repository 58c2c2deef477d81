using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Host.Tests.Finance.Energy;

namespace Wmk.Host.Tests.Isolation;

/// <summary>The tenant-owned entities of finance's energy area (forfait versions, reviews, checks), seeded through its handlers.</summary>
public static class FinanceEnergyIsolationCases
{
    public static readonly IReadOnlyList<IsolationCase> All =
    [
        new(typeof(FinanceDbContext), typeof(EnergyForfait), EnergySeed.AcceptedForfaitAsync),
        new(typeof(FinanceDbContext), typeof(EnergyReview), EnergySeed.AcceptedForfaitAsync),
        new(typeof(FinanceDbContext), typeof(EnergyCheck), EnergySeed.CheckAsync),
    ];
}
