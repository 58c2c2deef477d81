namespace Wmk.Kernel.MultiTenancy;

/// <summary>What the kernel needs to know of a tenant to resolve it and reach its data.</summary>
public sealed record TenantInfo(Guid Id, string Slug, string Name, bool IsActive, string? ConnectionString);
