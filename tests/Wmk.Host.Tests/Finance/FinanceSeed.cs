using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.Charges;
using Wmk.Host.Tests.Housing;

namespace Wmk.Host.Tests.Finance;

/// <summary>Creates finance rows through the module's handlers, inside the current tenant.</summary>
internal static class FinanceSeed
{
    /// <summary>A solo contract from 26/11/2026 and the November run: a charge, its lines and the contract's payment reference.</summary>
    public static async Task ChargeAsync(IServiceProvider sp)
    {
        await HousingSeed.ContractAsync(sp);
        await sp.GetRequiredService<MonthlyRunHandler>().RunAsync(HousingSeed.Today, default);
    }
}
