using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Energy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnergyChecks",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Transferred = table.Column<bool>(type: "boolean", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyForfaits",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyForfaits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyReviews",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Forfait = table.Column<decimal>(type: "numeric", nullable: false),
                    Estimated = table.Column<decimal>(type: "numeric", nullable: false),
                    NewAmount = table.Column<decimal>(type: "numeric", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId",
                schema: "finance",
                table: "EnergyChecks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId_ContractId_Number",
                schema: "finance",
                table: "EnergyChecks",
                columns: new[] { "TenantId", "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId",
                schema: "finance",
                table: "EnergyForfaits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId_UnitId_ValidFrom",
                schema: "finance",
                table: "EnergyForfaits",
                columns: new[] { "TenantId", "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId",
                schema: "finance",
                table: "EnergyReviews",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId_UnitId_Month",
                schema: "finance",
                table: "EnergyReviews",
                columns: new[] { "TenantId", "UnitId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnergyChecks",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "EnergyForfaits",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "EnergyReviews",
                schema: "finance");
        }
    }
}
