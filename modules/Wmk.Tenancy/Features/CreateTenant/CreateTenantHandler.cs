using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Wmk.Kernel.Errors;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.MultiTenancy;
using Wmk.Tenancy.Data;
using Wmk.Tenancy.Domain;

namespace Wmk.Tenancy.Features.CreateTenant;

/// <summary>Creates a tenant with its first coordinator; validates everything first and writes in one transaction.</summary>
internal sealed class CreateTenantHandler(
    TenancyDbContext db,
    TenantStore store,
    IEnumerable<ITenantCreationContributor> contributors,
    TenantSeeder seeder,
    TimeProvider clock,
    IStringLocalizer<TenancyResource> texts)
{
    public async Task<TenantInfo> HandleAsync(NewTenantRequest request, CancellationToken ct)
    {
        var slug = request.Slug.Trim().ToLowerInvariant();
        request = request with { Slug = slug, Name = request.Name.Trim(), AdminEmail = request.AdminEmail.Trim() };
        var errors = new List<string>();
        if (!TenantRules.IsValidSlug(slug))
        {
            errors.Add(texts["Tenant:SlugInvalid"]);
        }
        else if (await db.Tenants.AnyAsync(t => t.Slug == slug, ct))
        {
            errors.Add(texts["Tenant:SlugTaken", slug]);
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors.Add(texts["Tenant:NameRequired"]);
        }

        foreach (var contributor in contributors)
        {
            errors.AddRange(await contributor.ValidateAsync(request, ct));
        }

        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }

        var tenant = new Tenant { Slug = slug, Name = request.Name, CreatedAt = clock.GetUtcNow() };
        await db.Database.OpenConnectionAsync(ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(ct);
            var info = store.ToInfo(tenant);
            foreach (var contributor in contributors)
            {
                await contributor.OnCreatedAsync(info, request, transaction.GetDbTransaction(), ct);
            }

            await transaction.CommitAsync(ct);
        }

        var created = store.ToInfo(tenant);
        await seeder.SeedAsync(created, ct);
        return created;
    }
}
