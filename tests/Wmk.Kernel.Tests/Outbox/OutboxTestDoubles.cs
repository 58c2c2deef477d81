using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Outbox;

internal sealed record HandledMessage(Guid? CurrentTenantId, Guid PayloadTenantId, string? MailFrom);

/// <summary>What the test handler saw; it can be told to fail a number of times first.</summary>
internal sealed class HandledLog
{
    public ConcurrentQueue<HandledMessage> Items { get; } = new();

    public int FailuresLeft { get; set; }

    /// <summary>When set, the handler signals <see cref="Entered"/> and waits for this before it records the message.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed record MailPayload(Guid TenantId, string Template);

internal sealed class RecordingMailHandler(HandledLog log, ICurrentTenant tenant, ISettingProvider settings) : IOutboxHandler
{
    public const string MessageType = "test.mail";

    public string Type => MessageType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        if (log.FailuresLeft > 0)
        {
            log.FailuresLeft--;
            throw new IOException("SMTP server unreachable");
        }

        if (log.Gate is { } gate)
        {
            log.Entered.TrySetResult();
            await gate.Task;
        }

        var message = JsonSerializer.Deserialize<MailPayload>(payload, JsonSerializerOptions.Web)!;
        log.Items.Enqueue(new HandledMessage(tenant.Id, message.TenantId, await settings.GetAsync(MailTestModule.FromSetting, cancellationToken)));
    }
}

internal sealed class MailTestModule : WmkModule
{
    public const string FromSetting = "MailTest.From";

    public override string Name => "MailTest";

    public override void Define(ModuleDefinitions definitions) => definitions.Setting(FromSetting, "host@example.org");
}

internal static class OutboxTestExtensions
{
    public static OutboxHarness CreateOutboxHarness(HandledLog log, Action<IServiceCollection>? configure = null) =>
        OutboxHarness.Create(
            services =>
            {
                services.AddSingleton(log);
                services.AddOutboxHandler<RecordingMailHandler>();
                configure?.Invoke(services);
            },
            new MailTestModule());

    public static Task EnqueueMailAsync(this OutboxHarness harness, TenantInfo tenant) =>
        harness.InTenantAsync(tenant, sp =>
            sp.GetRequiredService<IOutbox>().EnqueueAsync(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "welcome")));

    /// <summary>All outbox rows, read on the host side across tenants.</summary>
    public static async Task<List<OutboxMessage>> AllMessagesAsync(this OutboxHarness harness)
    {
        using (harness.Get<ICurrentTenant>().Change((Guid?)null))
        {
            await using var scope = harness.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<KernelDbContext>().OutboxMessages
                .IgnoreQueryFilters().AsNoTracking().ToListAsync();
        }
    }
}
