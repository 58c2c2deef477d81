using Microsoft.EntityFrameworkCore;
using Wmk.Housing.Domain;

namespace Wmk.Housing.Data;

/// <summary>Inspections, meter readings, key incidents and the neighbour contact log.</summary>
internal static class HousingFollowUpModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("Inspections");
            b.Property(i => i.Remarks).HasMaxLength(2000);
            b.HasIndex(i => new { i.UnitId, i.Date });
            b.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<MeterReading>(b =>
        {
            b.ToTable("MeterReadings");
            b.Property(r => r.Value).HasPrecision(14, 3);
            b.HasIndex(r => new { r.UnitId, r.Kind, r.Date }).IsUnique();
            b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<KeyIncident>(b =>
        {
            b.ToTable("KeyIncidents");
            b.Property(k => k.Amount).HasPrecision(12, 2);
            b.Property(k => k.Notes).HasMaxLength(1000);
            b.HasIndex(k => k.ResidentId);
            b.HasIndex(k => k.UnitId);
            b.HasOne<OccupancyContract>().WithMany().HasForeignKey(k => k.ContractId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<NeighbourContact>(b =>
        {
            b.ToTable("NeighbourContacts");
            b.Property(n => n.Building).HasMaxLength(300);
            b.Property(n => n.Notes).HasMaxLength(2000);
            b.HasIndex(n => new { n.Building, n.Date });
        });
    }
}
