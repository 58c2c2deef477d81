using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wmk.Kernel.Data;

/// <summary>Model conventions for tenant isolation, applied by <see cref="WmkDbContext"/>.</summary>
public static class TenantModel
{
    /// <summary>The name of the tenant query filter (EF Core named filters).</summary>
    public const string FilterName = "Tenant";

    /// <summary>The name of the counsellor query filter on <see cref="ICounselledRecord"/> entities.</summary>
    public const string CounsellorFilterName = "Counsellor";

    /// <summary>Annotation that marks an entity type as deliberately shared across tenants.</summary>
    public const string SharedAnnotation = "Wmk:SharedData";

    /// <summary>Marks an entity type (for example a library's) as shared data.</summary>
    public static EntityTypeBuilder MarkShared(this EntityTypeBuilder builder, string reason)
    {
        builder.HasAnnotation(SharedAnnotation, reason);
        return builder;
    }

    /// <summary>True when the entity type is marked shared.</summary>
    public static bool IsShared(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(SharedAnnotation) is not null;

    internal static void Apply(ModelBuilder modelBuilder, WmkDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned()))
        {
            var clr = entityType.ClrType;
            var builder = modelBuilder.Entity(clr);
            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                builder.HasIndex(nameof(ITenantOwned.TenantId));
                builder.HasQueryFilter(FilterName, BuildFilter(clr, context));
                if (typeof(ICounselledRecord).IsAssignableFrom(clr))
                {
                    builder.HasQueryFilter(CounsellorFilterName, BuildCounsellorFilter(clr, context));
                }
            }
            else if (clr.GetCustomAttributes(typeof(SharedDataAttribute), false).FirstOrDefault() is SharedDataAttribute shared)
            {
                builder.MarkShared(shared.Reason);
            }

            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clr))
            {
                builder.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).IsConcurrencyToken();
            }
        }
    }

    private static LambdaExpression BuildFilter(Type clr, WmkDbContext context)
    {
        var entity = Expression.Parameter(clr, "e");
        var tenantId = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(context), nameof(WmkDbContext.FilterTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }

    private static LambdaExpression BuildCounsellorFilter(Type clr, WmkDbContext context)
    {
        var entity = Expression.Parameter(clr, "e");
        var counsellor = Expression.Property(entity, nameof(ICounselledRecord.CounsellorAccountId));
        var scope = Expression.Property(Expression.Constant(context), nameof(WmkDbContext.FilterCounsellorId));
        var unrestricted = Expression.Equal(scope, Expression.Constant(Guid.Empty));
        var own = Expression.Equal(counsellor, Expression.Convert(scope, typeof(Guid?)));
        return Expression.Lambda(Expression.OrElse(unrestricted, own), entity);
    }
}
