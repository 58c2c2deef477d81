namespace Wmk.Kernel.Jobs;

/// <summary>One tenant job as registered: its Quartz key, type, module and schedule.</summary>
internal sealed record TenantJobRegistration(string Name, Type JobType, string ModuleName, string CronExpression)
{
    /// <summary>The job-data key that carries <see cref="Name"/> to <see cref="TenantJobRunner"/>.</summary>
    public const string DataKey = "wmk.tenant-job";
}
