namespace Wmk.Kernel.Modularity;

/// <summary>A module's fictional demo data; run by the host's demo seeder inside the demo tenant, and safe to run twice.</summary>
public interface IDemoDataContributor
{
    /// <summary>Adds the demo data unless it is there already.</summary>
    Task SeedDemoAsync(CancellationToken cancellationToken);
}
