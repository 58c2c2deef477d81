using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Wmk.Accounts.Domain;
using Wmk.Kernel.Data;

namespace Wmk.Accounts.Features.OAuth;

/// <summary>OpenIddict's tables (host-wide protocol data) and ours: API clients per tenant, server keys.</summary>
internal static class OAuthModel
{
    private const string Shared = "Authorization server data; a client's tenant is kept in ApiClients";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().MarkShared(Shared);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().MarkShared(Shared);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().MarkShared(Shared);
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().MarkShared(Shared);
        modelBuilder.Entity<ApiClient>(b =>
        {
            b.ToTable("ApiClients");
            b.Property(c => c.ClientId).HasMaxLength(100);
            b.Property(c => c.Role).HasMaxLength(100);
            b.HasIndex(c => c.ClientId).IsUnique();
        });
        modelBuilder.Entity<SigningKey>(b =>
        {
            b.ToTable("SigningKeys");
            b.Property(k => k.Use).HasMaxLength(10);
            b.HasIndex(k => k.Use).IsUnique();
        });
    }
}
