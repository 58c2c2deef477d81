using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.Ledger;
using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Finance.Features.Payments.Entry;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Finance.Features.Payments.Matching;
using Wmk.Finance.Features.Payments.Queue;

namespace Wmk.Finance.Features.Payments;

/// <summary>The services of payments, imports, matching and the residents' accounts.</summary>
internal static class PaymentsServices
{
    public static IServiceCollection AddFinancePayments(this IServiceCollection services)
    {
        services.AddScoped<PaymentMatcher>();
        services.AddScoped<PaymentViews>();
        services.AddScoped<PaymentImportHandler>();
        services.AddScoped<CodaImportHandler>();
        services.AddScoped<CsvImportHandler>();
        services.AddScoped<ManualPaymentHandler>();
        services.AddScoped<PaymentQueueHandler>();
        services.AddScoped<ResidentAccountsHandler>();
        return services;
    }
}
