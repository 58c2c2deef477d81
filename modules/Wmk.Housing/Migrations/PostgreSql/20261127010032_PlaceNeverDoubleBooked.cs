using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Housing.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlaceNeverDoubleBooked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A place is never double-booked, also under concurrent requests: the days [Start, last day] of two
            // contracts of one place may not overlap (last day = TerminatedOn, else End). btree_gist lets the
            // GiST index compare the uuid and integer columns with =; it is a trusted extension (PostgreSQL 13+).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE housing."OccupancyContracts" ADD CONSTRAINT "EX_OccupancyContracts_Place" EXCLUDE USING gist (
                    "TenantId" WITH =, "UnitId" WITH =, "Place" WITH =,
                    daterange("Start", COALESCE("TerminatedOn", "End"), '[]') WITH &&);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE housing."OccupancyContracts" DROP CONSTRAINT "EX_OccupancyContracts_Place";""");
        }
    }
}
