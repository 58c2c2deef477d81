using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Testing;

namespace Wmk.Host.Tests.Tenancy;

/// <summary>
/// The tenant store reads only what a <see cref="TenantInfo"/> holds: the outbox asks it for the active tenants every few
/// seconds, and every tenant's logo (up to hundreds of kilobytes) was read along each time.
/// </summary>
public sealed class TenantStoreTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Resolving_and_listing_tenants_never_reads_their_branding(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        var tenant = await host.CreateTenantAsync();
        await host.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<TenancyDbContext>();
            var row = await db.Tenants.SingleAsync(t => t.Id == tenant.Info.Id);
            row.Logo = new byte[300_000];
            row.LogoContentType = "image/png";
            await db.SaveChangesAsync();
        });

        using var sql = new SqlCapture();
        var (bySlug, byId, active) = await host.InTenantAsync(null, async sp =>
        {
            var store = sp.GetRequiredService<ITenantStore>();
            return (await store.FindBySlugAsync(tenant.Slug.ToUpperInvariant()), await store.FindByIdAsync(tenant.Info.Id), await store.ListActiveAsync());
        });

        bySlug.ShouldBe(tenant.Info);
        byId.ShouldBe(tenant.Info);
        active.ShouldContain(tenant.Info);
        sql.Commands.Count.ShouldBe(3);
        sql.Commands.ShouldAllBe(c => c.Contains("Tenants") && !c.Contains("Logo") && !c.Contains("Address"));
    }

    /// <summary>The SQL that EF Core runs on this test's own async flow (other tests run beside it in the same process).</summary>
    private sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<SqlCapture?> Current = new();
        private readonly List<IDisposable> subscriptions = [];
        private readonly List<string> commands = [];

        public SqlCapture()
        {
            Current.Value = this;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IReadOnlyList<string> Commands
        {
            get
            {
                lock (commands)
                {
                    return [.. commands];
                }
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Current.Value == this)
            {
                lock (commands)
                {
                    commands.Add(data.Command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            Current.Value = null;
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
