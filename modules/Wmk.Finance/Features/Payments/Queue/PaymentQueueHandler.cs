using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wmk.Finance.Data;
using Wmk.Finance.Domain;
using Wmk.Finance.Features.Payments.Matching;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Localization;
using Wmk.Kernel.Rules;
using Wmk.Kernel.Security;

namespace Wmk.Finance.Features.Payments.Queue;

/// <summary>The stamp of the line as the person saw it.</summary>
internal sealed record PaymentStampInput(Guid Stamp);

/// <summary>Book a line on a contract (and its resident).</summary>
internal sealed record PaymentAssignInput(Guid ContractId, Guid Stamp);

/// <summary>Set a line aside as not a resident's payment, with the reason.</summary>
internal sealed record PaymentIgnoreInput(string? Reason, Guid Stamp);

/// <summary>
/// The payment lines and the queue of lines waiting for a person: assign an unmatched line to a contract, confirm or
/// reject a suggestion, ignore a line with a reason, or undo a match. Every change carries the stamp the person saw:
/// when someone else changed the line first, the second gets a 409 saying who did what and when; nothing is lost.
/// </summary>
internal sealed class PaymentQueueHandler(
    FinanceDbContext db, PaymentMatcher matcher, PaymentViews views, ICurrentUser user, IMemberDirectory members, TimeProvider clock,
    IStringLocalizer<FinanceResource> texts)
{
    public async Task<IReadOnlyList<PaymentView>> ListAsync(PaymentFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter is { From: { } from, To: { } to } && to < from)
        {
            new List<RuleError> { new("Charges:Order") }.ThrowIfAny(texts);
        }

        var query = db.Payments.AsNoTracking();
        query = filter.Status is { } status ? query.Where(p => p.Status == status) : query;
        query = filter.From is { } f ? query.Where(p => p.BookedOn >= f) : query;
        query = filter.To is { } t ? query.Where(p => p.BookedOn <= t) : query;
        return await views.OfAsync(await query.OrderByDescending(p => p.BookedOn).ThenBy(p => p.ExternalKey).Take(1000).ToListAsync(ct), ct);
    }

    /// <summary>The lines waiting for a person: suggestions first, then unmatched, oldest first.</summary>
    public async Task<IReadOnlyList<PaymentView>> QueueAsync(CancellationToken ct) =>
        await views.OfAsync(await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Suggested || p.Status == PaymentStatus.Unmatched)
            .OrderByDescending(p => p.Status == PaymentStatus.Suggested).ThenBy(p => p.BookedOn).ThenBy(p => p.ExternalKey).Take(1000).ToListAsync(ct), ct);

    public async Task<PaymentView> AssignAsync(Guid id, PaymentAssignInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var resident = await matcher.ResidentOfAsync(input.ContractId, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Payments:ContractNotFound");
        return await ChangeAsync(id, input.Stamp, p => p.Status != PaymentStatus.Matched, p =>
            (p.Status, p.ContractId, p.ResidentId, p.Note) = (PaymentStatus.Matched, resident.ContractId, resident.ResidentId, null), ct);
    }

    public Task<PaymentView> ConfirmAsync(Guid id, PaymentStampInput input, CancellationToken ct) =>
        ChangeAsync(id, input.Stamp, p => p.Status == PaymentStatus.Suggested, p => p.Status = PaymentStatus.Matched, ct);

    /// <summary>Rejects a suggestion or undoes a match: the line goes back to the queue without a contract.</summary>
    public Task<PaymentView> RejectAsync(Guid id, PaymentStampInput input, CancellationToken ct) =>
        ChangeAsync(id, input.Stamp, p => p.Status is PaymentStatus.Suggested or PaymentStatus.Matched or PaymentStatus.Ignored, p =>
            (p.Status, p.ContractId, p.ResidentId, p.Note) = (PaymentStatus.Unmatched, null, null, null), ct);

    public Task<PaymentView> IgnoreAsync(Guid id, PaymentIgnoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reason = Text.Clean(input.Reason);
        if (reason is not { Length: <= 1000 })
        {
            new List<RuleError> { new("Payments:IgnoreReason", 1000) }.ThrowIfAny(texts);
        }

        return ChangeAsync(id, input.Stamp, p => p.Status is PaymentStatus.Unmatched or PaymentStatus.Suggested, p =>
            (p.Status, p.ContractId, p.ResidentId, p.Note) = (PaymentStatus.Ignored, null, null, reason), ct);
    }

    private async Task<PaymentView> ChangeAsync(Guid id, Guid stamp, Func<Payment, bool> allowed, Action<Payment> change, CancellationToken ct)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(typeof(FinanceResource), "Payments:NotFound");
        if (payment.ConcurrencyStamp != stamp || !allowed(payment))
        {
            throw await TakenAsync(payment, ct);
        }

        change(payment);
        (payment.MatchedBy, payment.MatchedAt) = (user.Id, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await TakenAsync(await db.Payments.AsNoTracking().SingleAsync(p => p.Id == id, ct), ct);
        }

        return (await views.OfAsync([payment], ct))[0];
    }

    /// <summary>The 409 of a line someone else changed first: "already matched by X at 27/11/2026 10:15" in the user's language.</summary>
    private async Task<ConflictException> TakenAsync(Payment payment, CancellationToken ct)
    {
        var who = payment.MatchedBy is { } account && (await members.FindByIdsAsync([account], ct)).FirstOrDefault() is { } m
            ? m.DisplayName ?? m.Email
            : texts["Payments:System"].Value;
        var when = payment.MatchedAt is { } at ? TimeZoneInfo.ConvertTime(at, WmkCultures.Brussels).ToString("dd/MM/yyyy HH:mm", WmkCultures.Dutch) : "-";
        return new ConflictException(typeof(FinanceResource), "Payments:Taken", texts[$"PaymentStatus:{payment.Status}"].Value, who, when);
    }
}
