using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.Extras;
using Wmk.Finance.Features.Reports;
using Wmk.Guidance.Contracts;

namespace Wmk.Finance.Features.Energy;

/// <summary>The services of extra charges, energy forfaits and checks, and reports.</summary>
internal static class EnergyServices
{
    public static IServiceCollection AddFinanceEnergy(this IServiceCollection services) => services
        .AddScoped<ExtraChargesHandler>()
        .AddScoped<EnergyHandler>()
        .AddScoped<EnergyChecksHandler>()
        .AddScoped<IDueWorkSource, EnergyChecksDueWork>()
        .AddScoped<ReportsHandler>()
        .AddScoped<ReportsExport>();
}
