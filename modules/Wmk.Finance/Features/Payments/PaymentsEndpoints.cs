using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Ledger;
using Wmk.Finance.Features.Payments.Coda;
using Wmk.Finance.Features.Payments.Csv;
using Wmk.Finance.Features.Payments.Entry;
using Wmk.Finance.Features.Payments.Imports;
using Wmk.Finance.Features.Payments.Queue;
using Wmk.Kernel.Authorization;

namespace Wmk.Finance.Features.Payments;

/// <summary>Payments (manual, CSV, CODA), the queue of lines to match and the residents' accounts under /api/v1/finance.</summary>
internal static class PaymentsEndpoints
{
    public static void Map(RouteGroupBuilder finance)
    {
        finance.MapGet("/payments", (PaymentStatus? status, DateOnly? from, DateOnly? to, PaymentQueueHandler h, CancellationToken ct) =>
            h.ListAsync(new PaymentFilter(status, from, to), ct)).RequirePermission(FinancePermissions.View);
        finance.MapGet("/payments/queue", (PaymentQueueHandler h, CancellationToken ct) => h.QueueAsync(ct)).RequirePermission(FinancePermissions.View);
        finance.MapPost("/payments", (ManualPaymentInput input, ManualPaymentHandler h, CancellationToken ct) => h.RecordAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/{id:guid}/assign", (Guid id, PaymentAssignInput input, PaymentQueueHandler h, CancellationToken ct) =>
            h.AssignAsync(id, input, ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/{id:guid}/confirm", (Guid id, PaymentStampInput input, PaymentQueueHandler h, CancellationToken ct) =>
            h.ConfirmAsync(id, input, ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/{id:guid}/reject", (Guid id, PaymentStampInput input, PaymentQueueHandler h, CancellationToken ct) =>
            h.RejectAsync(id, input, ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/{id:guid}/ignore", (Guid id, PaymentIgnoreInput input, PaymentQueueHandler h, CancellationToken ct) =>
            h.IgnoreAsync(id, input, ct)).RequirePermission(FinancePermissions.Manage);

        finance.MapGet("/payments/csv-mapping", (CsvImportHandler h, CancellationToken ct) => h.MappingAsync(ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPut("/payments/csv-mapping", (CsvMappingInput input, CsvImportHandler h, CancellationToken ct) => h.SaveMappingAsync(input, ct))
            .RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/imports/csv", async (string? fileName, HttpRequest request, CsvImportHandler h, CancellationToken ct) =>
            await h.ImportAsync(fileName, await BodyAsync(request, ct), ct)).RequirePermission(FinancePermissions.Manage);
        finance.MapPost("/payments/imports/coda", async (string? fileName, HttpRequest request, CodaImportHandler h, CancellationToken ct) =>
            await h.ImportAsync(fileName, await BodyAsync(request, ct), ct)).RequirePermission(FinancePermissions.Manage);

        finance.MapGet("/residents", (ResidentAccountsHandler h, CancellationToken ct) => h.BalancesAsync(ct)).RequirePermission(FinancePermissions.View);
        finance.MapGet("/residents/{id:guid}/ledger", (Guid id, ResidentAccountsHandler h, CancellationToken ct) => h.AccountAsync(id, ct))
            .RequirePermission(FinancePermissions.View);
    }

    /// <summary>The raw request body (the file), at most one byte more than an import accepts so the handler can refuse it.</summary>
    private static async Task<byte[]> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0 && buffer.Length <= PaymentImportHandler.MaxBytes)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
