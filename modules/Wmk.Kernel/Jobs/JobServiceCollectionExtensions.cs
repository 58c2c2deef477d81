using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Wmk.Kernel.Localization;

namespace Wmk.Kernel.Jobs;

/// <summary>Registers Quartz.NET and the tenant jobs of the modules.</summary>
public static class JobServiceCollectionExtensions
{
    private const string Group = "tenant-jobs";

    /// <summary>
    /// Adds the Quartz scheduler (in-memory store; see docs/operations/background-work.md for the clustered
    /// PostgreSQL store) as a hosted service, and the runner behind every tenant job.
    /// </summary>
    public static IServiceCollection AddWmkJobs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TenantJobExecutor>();
        services.AddQuartz(q => q.UseInMemoryStore(_ => { }));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// Schedules <typeparamref name="TJob"/> to run for every active tenant where <paramref name="moduleName"/>'s
    /// feature is on, inside that tenant, at the times of <paramref name="cronExpression"/> (Quartz cron, seconds
    /// first, Brussels time), e.g. "0 0 6 1 * ?" for 06:00 on the first of each month. Runs never overlap.
    /// </summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services, string moduleName, string cronExpression)
        where TJob : class, ITenantJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleName);
        try
        {
            _ = new CronExpression(cronExpression);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"'{cronExpression}' is not a valid Quartz cron expression: {ex.Message}", nameof(cronExpression), ex);
        }

        var name = $"{moduleName}.{typeof(TJob).Name}";
        services.AddScoped<TJob>();
        services.AddSingleton(new TenantJobRegistration(name, typeof(TJob), moduleName, cronExpression));
        services.AddQuartz(q =>
        {
            var key = new JobKey(name, Group);
            q.AddJob<TenantJobRunner>(j => j.WithIdentity(key).UsingJobData(TenantJobRegistration.DataKey, name).DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(key).WithIdentity(name, Group)
                .WithCronSchedule(cronExpression, c => c.InTimeZone(WmkCultures.Brussels)));
        });
        return services;
    }
}
