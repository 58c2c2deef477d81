namespace Wmk.Kernel.MultiTenancy;

internal sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();
    private static readonly AsyncLocal<Guid?> Counsellor = new();

    public Guid? Id => Current.Value?.TenantId;

    public string? Slug => Current.Value?.Slug;

    public string? ConnectionString => Current.Value?.ConnectionString;

    public bool IsAvailable => Id.HasValue;

    public Guid? CounsellorScope => Counsellor.Value;

    public IDisposable RestrictToCounsellor(Guid accountId)
    {
        var parent = Counsellor.Value;
        Counsellor.Value = accountId;
        return new RestoreCounsellor(parent);
    }

    public IDisposable Change(TenantInfo tenant) => Push(new TenantScope(tenant.Id, tenant.Slug, tenant.ConnectionString));

    public IDisposable Change(Guid? tenantId, string? slug = null) => Push(new TenantScope(tenantId, slug, null));

    private static Restore Push(TenantScope scope)
    {
        var parent = Current.Value;
        Current.Value = scope;
        return new Restore(parent);
    }

    private sealed record TenantScope(Guid? TenantId, string? Slug, string? ConnectionString);

    private sealed class Restore(TenantScope? parent) : IDisposable
    {
        public void Dispose() => Current.Value = parent;
    }

    private sealed class RestoreCounsellor(Guid? parent) : IDisposable
    {
        public void Dispose() => Counsellor.Value = parent;
    }
}
