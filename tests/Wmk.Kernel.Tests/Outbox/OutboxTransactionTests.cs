using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.MultiTenancy;
using Wmk.Kernel.Outbox;
using Wmk.Kernel.Settings;
using Wmk.Kernel.Tests.Support;

namespace Wmk.Kernel.Tests.Outbox;

public sealed class OutboxTransactionTests
{
    [Fact]
    public async Task Add_writes_nothing_by_itself_and_commits_with_the_callers_next_save()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("mechelen");

        await harness.InTenantAsync(tenant, async sp =>
        {
            sp.GetRequiredService<IOutbox>().Add(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "welcome"));
            (await harness.AllMessagesAsync()).ShouldBeEmpty();

            var db = sp.GetRequiredService<KernelDbContext>();
            db.TenantValues.Add(new TenantValue { Kind = ValueKind.Setting, Name = MailTestModule.FromSetting, Value = "x@y.example" });
            await db.SaveChangesAsync();
        });

        (await harness.AllMessagesAsync()).ShouldHaveSingleItem().TenantId.ShouldBe(tenant.Id);
    }

    [Fact]
    public async Task A_shared_transaction_commit_keeps_the_module_row_and_the_outbox_message()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("hasselt");

        await WriteNoteAndMessageAsync(harness, tenant, commit: true);

        (await harness.AllMessagesAsync()).Count.ShouldBe(1);
        (await CountNotesAsync(harness, tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task A_shared_transaction_rollback_loses_both_the_module_row_and_the_outbox_message()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("hasselt");

        await WriteNoteAndMessageAsync(harness, tenant, commit: false);

        (await harness.AllMessagesAsync()).ShouldBeEmpty();
        (await CountNotesAsync(harness, tenant)).ShouldBe(0);
    }

    [Fact]
    public async Task Messages_enqueued_in_a_shared_transaction_are_written_together_by_the_commit()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("lier");

        await harness.InTenantAsync(tenant, async sp =>
        {
            var kernelDb = sp.GetRequiredService<KernelDbContext>();
            await using var notes = NotesDbContext.Create(sp, harness.ConnectionString);
            await using var tx = await WmkTransaction.BeginAsync(notes, kernelDb);
            notes.Notes.Add(new Note { Text = "two letters" });
            await notes.SaveChangesAsync();
            var outbox = sp.GetRequiredService<IOutbox>();
            await outbox.EnqueueAsync(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "first"));
            await outbox.EnqueueAsync(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "second"));
            kernelDb.ChangeTracker.Entries<OutboxMessage>().Count(e => e.State == EntityState.Added).ShouldBe(2);

            await tx.CommitAsync();
        });

        (await harness.AllMessagesAsync()).Count.ShouldBe(2);
        (await CountNotesAsync(harness, tenant)).ShouldBe(1);
    }

    [Fact]
    public async Task Outside_a_transaction_enqueue_writes_the_message_at_once()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var tenant = harness.AddTenant("boom");

        await harness.InTenantAsync(tenant, async sp =>
        {
            await sp.GetRequiredService<IOutbox>().EnqueueAsync(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "now"));
            (await harness.AllMessagesAsync()).Count.ShouldBe(1);
        });
    }

    [Fact]
    public async Task A_shared_transaction_refuses_contexts_on_different_databases()
    {
        await using var harness = OutboxTestExtensions.CreateOutboxHarness(new HandledLog());
        var other = harness.ConnectionString.Replace("kernel.db", "other.db", StringComparison.Ordinal);

        await harness.InTenantAsync(harness.AddTenant("genk"), async sp =>
        {
            await using var notes = NotesDbContext.Create(sp, other);
            await Should.ThrowAsync<InvalidOperationException>(
                () => WmkTransaction.BeginAsync(sp.GetRequiredService<KernelDbContext>(), notes));
        });
    }

    internal static Task WriteNoteAndMessageAsync(OutboxHarness harness, TenantInfo tenant, bool commit) =>
        harness.InTenantAsync(tenant, async sp =>
        {
            var kernelDb = sp.GetRequiredService<KernelDbContext>();
            await using var notes = NotesDbContext.Create(sp, harness.ConnectionString);
            await using var tx = await WmkTransaction.BeginAsync(notes, kernelDb);
            notes.Notes.Add(new Note { Text = "unit 4 handed over" });
            sp.GetRequiredService<IOutbox>().Add(RecordingMailHandler.MessageType, new MailPayload(tenant.Id, "handover"));
            await notes.SaveChangesAsync();
            await kernelDb.SaveChangesAsync();
            if (commit)
            {
                await tx.CommitAsync();
            }
        });

    private static Task<int> CountNotesAsync(OutboxHarness harness, TenantInfo tenant) =>
        harness.InTenantAsync(tenant, async sp =>
        {
            await using var notes = NotesDbContext.Create(sp, harness.ConnectionString);
            return await notes.Notes.CountAsync();
        });
}

internal sealed class Note : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    public required string Text { get; set; }
}

/// <summary>A module's own DbContext on the same database as the kernel's.</summary>
internal sealed class NotesDbContext(DbContextOptions<NotesDbContext> options, ICurrentTenant tenant) : WmkDbContext(options, tenant)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override string Schema => "notes";

    public static NotesDbContext Create(IServiceProvider sp, string connectionString)
    {
        var options = new DbContextOptionsBuilder<NotesDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<TenantSaveChangesInterceptor>(), sp.GetRequiredService<OutboxCommitInterceptor>())
            .Options;
        var context = new NotesDbContext(options, sp.GetRequiredService<ICurrentTenant>());
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists() || !context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'Notes'").AsEnumerable().Single().Equals(1))
        {
            creator.CreateTables();
        }

        return context;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>().ToTable("Notes");
}
