using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Housing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NeighbourContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Building = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeighbourContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HousingStock = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerUsers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HousingCompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TechnicalManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Bedrooms = table.Column<int>(type: "INTEGER", nullable: false),
                    Floor = table.Column<int>(type: "INTEGER", nullable: false),
                    HasTerrace = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasGarden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Gas = table.Column<int>(type: "INTEGER", nullable: false),
                    Electricity = table.Column<int>(type: "INTEGER", nullable: false),
                    Forfait = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AvailableUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    IsReserve = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnderInspection = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conformity_ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conformity_IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Epc_ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Epc_IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Partners_HousingCompanyId",
                        column: x => x.HousingCompanyId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Partners_TechnicalManagerId",
                        column: x => x.TechnicalManagerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeterReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    IsReplacement = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeterReadings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupancyContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupancyContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupancyContracts_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidBy = table.Column<int>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyIncidents_OccupancyContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "OccupancyContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_TenantId",
                table: "Inspections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_UnitId_Date",
                table: "Inspections",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_ContractId",
                table: "KeyIncidents",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_ResidentId",
                table: "KeyIncidents",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_TenantId",
                table: "KeyIncidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_UnitId",
                table: "KeyIncidents",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReadings_TenantId",
                table: "MeterReadings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReadings_UnitId_Kind_Date",
                table: "MeterReadings",
                columns: new[] { "UnitId", "Kind", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourContacts_Building_Date",
                table: "NeighbourContacts",
                columns: new[] { "Building", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourContacts_TenantId",
                table: "NeighbourContacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_ResidentId",
                table: "OccupancyContracts",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_TenantId",
                table: "OccupancyContracts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_UnitId_Place",
                table: "OccupancyContracts",
                columns: new[] { "UnitId", "Place" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_TenantId",
                table: "Partners",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_AccountId",
                table: "PartnerUsers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_PartnerId",
                table: "PartnerUsers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_TenantId",
                table: "PartnerUsers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_TenantId_PartnerId_AccountId",
                table: "PartnerUsers",
                columns: new[] { "TenantId", "PartnerId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_HousingCompanyId",
                table: "Units",
                column: "HousingCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TechnicalManagerId",
                table: "Units",
                column: "TechnicalManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TenantId",
                table: "Units",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "KeyIncidents");

            migrationBuilder.DropTable(
                name: "MeterReadings");

            migrationBuilder.DropTable(
                name: "NeighbourContacts");

            migrationBuilder.DropTable(
                name: "PartnerUsers");

            migrationBuilder.DropTable(
                name: "OccupancyContracts");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Partners");
        }
    }
}
