using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Energy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnergyChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Transferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyForfaits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyForfaits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Forfait = table.Column<decimal>(type: "TEXT", nullable: false),
                    Estimated = table.Column<decimal>(type: "TEXT", nullable: false),
                    NewAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId",
                table: "EnergyChecks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId_ContractId_Number",
                table: "EnergyChecks",
                columns: new[] { "TenantId", "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId",
                table: "EnergyForfaits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId_UnitId_ValidFrom",
                table: "EnergyForfaits",
                columns: new[] { "TenantId", "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId",
                table: "EnergyReviews",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId_UnitId_Month",
                table: "EnergyReviews",
                columns: new[] { "TenantId", "UnitId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnergyChecks");

            migrationBuilder.DropTable(
                name: "EnergyForfaits");

            migrationBuilder.DropTable(
                name: "EnergyReviews");
        }
    }
}
