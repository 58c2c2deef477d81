using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Pages.Finance.Payments;

[Permission(FinancePermissions.Manage)]
internal sealed class ImportModel(CodaImportHandler coda, CsvImportHandler csv, IStringLocalizerFactory localizers) : FinancePage(localizers)
{
    public CsvMappingInput? Mapping { get; private set; }

    public PaymentImportResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Mapping = await csv.MappingAsync(ct);

    public Task<IActionResult> OnPostMappingAsync(CsvMappingInput input, CancellationToken ct) =>
        RunAsync(() => csv.SaveMappingAsync(input, ct), () => OnGetAsync(ct), () => Redirect("/finance/payments/import"));

    public Task<IActionResult> OnPostCodaAsync(IFormFile? file, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Result = await coda.ImportAsync(file?.FileName, await ReadAsync(file, ct), ct);
            await OnGetAsync(ct);
        }, () => OnGetAsync(ct), Page);

    public Task<IActionResult> OnPostCsvAsync(IFormFile? file, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Result = await csv.ImportAsync(file?.FileName, await ReadAsync(file, ct), ct);
            await OnGetAsync(ct);
        }, () => OnGetAsync(ct), Page);

    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length > PaymentImportHandler.MaxBytes)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
