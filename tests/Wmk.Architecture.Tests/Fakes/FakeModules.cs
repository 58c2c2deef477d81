using Wmk.Architecture.Tests.Fakes.Housing;
using Wmk.Architecture.Tests.Fakes.Housing.Contracts;
using Wmk.Kernel.Modularity;

// Two fake modules inside the test assembly, to prove the rules catch what they must and allow what they may.
namespace Wmk.Architecture.Tests.Fakes.Housing
{
    public sealed class HousingModule : WmkModule
    {
        public override string Name => "FakeHousing";
    }

    public sealed class RentCalculator
    {
        public decimal Rent(decimal income) => decimal.Round(income * 0.2m, 2, MidpointRounding.AwayFromZero);
    }
}

namespace Wmk.Architecture.Tests.Fakes.Housing.Contracts
{
    public sealed record RentQuote(decimal Amount);
}

namespace Wmk.Architecture.Tests.Fakes.Finance
{
    public sealed class LeakyInvoice
    {
        public decimal Total(decimal income) => new RentCalculator().Rent(income);
    }

    public sealed class CleanInvoice
    {
        public decimal Total(RentQuote quote) => quote.Amount;
    }

    public sealed class FinanceModule : WmkModule
    {
        public override string Name => "FakeFinance";

        public override IReadOnlyList<Type> DependsOn => [typeof(HousingModule)];
    }
}
