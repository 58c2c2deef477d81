using Microsoft.Extensions.DependencyInjection;
using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Host.Tests.Housing;
using Wmk.Testing.Finance;

namespace Wmk.Host.Tests.Finance.Payments;

/// <summary>Payment rows made through the payments handlers, inside the current tenant.</summary>
internal static class PaymentsSeed
{
    /// <summary>A CODA import of one unmatched movement: a <c>PaymentImport</c> and a <c>Payment</c>.</summary>
    public static Task CodaImportAsync(IServiceProvider sp) =>
        sp.GetRequiredService<CodaImportHandler>().ImportAsync("isolatie.cod",
            new CodaFileBuilder().Statement(1, HousingSeed.Today).Movement(12.5m, communication: "Isolatie", name: "Isolatie").Bytes(), default);

    /// <summary>The tenant's CSV column mapping.</summary>
    public static Task CsvMappingAsync(IServiceProvider sp) =>
        sp.GetRequiredService<CsvImportHandler>().SaveMappingAsync(new CsvMappingInput(";", true, 1, 2, 3, null, null, "dd/MM/yyyy", true), default);
}
