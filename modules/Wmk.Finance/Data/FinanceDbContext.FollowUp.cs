using Microsoft.EntityFrameworkCore;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Data;

internal abstract partial class FinanceDbContext
{
    public DbSet<ArrearsCase> ArrearsCases => Set<ArrearsCase>();

    public DbSet<ArrearsStep> ArrearsSteps => Set<ArrearsStep>();

    public DbSet<PaymentPlan> PaymentPlans => Set<PaymentPlan>();

    public DbSet<PlanInstalment> PlanInstalments => Set<PlanInstalment>();

    public DbSet<PaymentPlanSignal> PaymentPlanSignals => Set<PaymentPlanSignal>();

    partial void ConfigureFollowUp(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArrearsCase>(b =>
        {
            b.ToTable("ArrearsCases");
            b.Property(c => c.ResidentName).HasMaxLength(200);
            b.Property(c => c.PauseReason).HasMaxLength(1000);
            b.Property(c => c.LastStep).HasConversion<string>().HasMaxLength(30);
            b.HasIndex(c => new { c.TenantId, c.ResidentId, c.OpenSlot }).IsUnique();
            b.HasIndex(c => new { c.TenantId, c.ClosedOn });
            b.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ArrearsStep>(b =>
        {
            b.ToTable("ArrearsSteps");
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(s => s.Note).HasMaxLength(1000);
            b.Property(s => s.TrackingNumber).HasMaxLength(50);
            b.Property(s => s.EmailedTo).HasMaxLength(500);
            b.Property(s => s.MonthKey).HasMaxLength(40);
            b.HasIndex(s => new { s.TenantId, s.ResidentId, s.MonthKey }).IsUnique();
        });
        modelBuilder.Entity<PaymentPlan>(b =>
        {
            b.ToTable("PaymentPlans");
            b.Property(p => p.ResidentName).HasMaxLength(200);
            b.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(30);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Note).HasMaxLength(1000);
            b.HasIndex(p => new { p.TenantId, p.Status });
            b.HasIndex(p => new { p.TenantId, p.ResidentId });
            b.HasMany(p => p.Instalments).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(p => p.Signals).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PlanInstalment>(b =>
        {
            b.ToTable("PlanInstalments");
            b.HasIndex(i => new { i.TenantId, i.PlanId, i.Number }).IsUnique();
        });
        modelBuilder.Entity<PaymentPlanSignal>(b =>
        {
            b.ToTable("PaymentPlanSignals");
            b.Property(s => s.Decision).HasMaxLength(1000);
            b.HasIndex(s => new { s.TenantId, s.PlanId, s.Month }).IsUnique();
        });
    }
}
