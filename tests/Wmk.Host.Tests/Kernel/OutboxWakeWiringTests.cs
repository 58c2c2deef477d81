using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Kernel.Data;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Outbox;
using Wmk.Testing;

namespace Wmk.Host.Tests.Kernel;

/// <summary>
/// A module's <see cref="WmkTransaction"/> commits on the module's own context, so every context of every module must
/// report its commits to the outbox signal, or a mail queued with it waits for the next poll (a minute).
/// </summary>
public sealed class OutboxWakeWiringTests(SharedHosts hosts) : IClassFixture<SharedHosts>
{
    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Every_module_context_reports_commits_and_the_kernel_context_reports_queued_messages(DatabaseKind kind)
    {
        var host = await hosts.GetAsync(kind);
        await host.InTenantAsync(null, sp =>
        {
            var registrations = sp.GetServices<ModuleDbContextRegistration>().ToList();
            registrations.Count.ShouldBeGreaterThan(5);
            foreach (var registration in registrations)
            {
                var interceptors = InterceptorsOf((DbContext)sp.GetRequiredService(registration.ContextType));
                interceptors.OfType<OutboxCommitInterceptor>().ShouldHaveSingleItem($"{registration.ContextType.Name} does not report its commits");
            }

            InterceptorsOf(sp.GetRequiredService<KernelDbContext>()).OfType<OutboxWakeInterceptor>().ShouldNotBeEmpty();
            return Task.CompletedTask;
        });
    }

    private static IEnumerable<object> InterceptorsOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? [];
}
