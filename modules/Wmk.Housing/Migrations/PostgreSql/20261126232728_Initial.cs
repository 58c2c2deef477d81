using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Housing.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "housing");

            migrationBuilder.CreateTable(
                name: "NeighbourContacts",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Building = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeighbourContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HousingStock = table.Column<int>(type: "integer", nullable: true),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerUsers",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerUsers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "housing",
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HousingCompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TechnicalManagerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthlyFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Bedrooms = table.Column<int>(type: "integer", nullable: false),
                    Floor = table.Column<int>(type: "integer", nullable: false),
                    HasTerrace = table.Column<bool>(type: "boolean", nullable: false),
                    HasGarden = table.Column<bool>(type: "boolean", nullable: false),
                    Gas = table.Column<int>(type: "integer", nullable: false),
                    Electricity = table.Column<int>(type: "integer", nullable: false),
                    Forfait = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AvailableUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    EndReason = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    IsReserve = table.Column<bool>(type: "boolean", nullable: false),
                    IsShared = table.Column<bool>(type: "boolean", nullable: false),
                    UnderInspection = table.Column<bool>(type: "boolean", nullable: false),
                    Conformity_ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conformity_IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Epc_ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Epc_IssuedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Partners_HousingCompanyId",
                        column: x => x.HousingCompanyId,
                        principalSchema: "housing",
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Partners_TechnicalManagerId",
                        column: x => x.TechnicalManagerId,
                        principalSchema: "housing",
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "housing",
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeterReadings",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(14,3)", precision: 14, scale: 3, nullable: false),
                    IsReplacement = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeterReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeterReadings_Units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "housing",
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OccupancyContracts",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Place = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TerminatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupancyContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccupancyContracts_Units_UnitId",
                        column: x => x.UnitId,
                        principalSchema: "housing",
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyIncidents",
                schema: "housing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PaidBy = table.Column<int>(type: "integer", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyIncidents_OccupancyContracts_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "housing",
                        principalTable: "OccupancyContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_TenantId",
                schema: "housing",
                table: "Inspections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_UnitId_Date",
                schema: "housing",
                table: "Inspections",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_ContractId",
                schema: "housing",
                table: "KeyIncidents",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_ResidentId",
                schema: "housing",
                table: "KeyIncidents",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_TenantId",
                schema: "housing",
                table: "KeyIncidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyIncidents_UnitId",
                schema: "housing",
                table: "KeyIncidents",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReadings_TenantId",
                schema: "housing",
                table: "MeterReadings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeterReadings_UnitId_Kind_Date",
                schema: "housing",
                table: "MeterReadings",
                columns: new[] { "UnitId", "Kind", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourContacts_Building_Date",
                schema: "housing",
                table: "NeighbourContacts",
                columns: new[] { "Building", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_NeighbourContacts_TenantId",
                schema: "housing",
                table: "NeighbourContacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_ResidentId",
                schema: "housing",
                table: "OccupancyContracts",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_TenantId",
                schema: "housing",
                table: "OccupancyContracts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OccupancyContracts_UnitId_Place",
                schema: "housing",
                table: "OccupancyContracts",
                columns: new[] { "UnitId", "Place" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_TenantId",
                schema: "housing",
                table: "Partners",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_AccountId",
                schema: "housing",
                table: "PartnerUsers",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_PartnerId",
                schema: "housing",
                table: "PartnerUsers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_TenantId",
                schema: "housing",
                table: "PartnerUsers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerUsers_TenantId_PartnerId_AccountId",
                schema: "housing",
                table: "PartnerUsers",
                columns: new[] { "TenantId", "PartnerId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_HousingCompanyId",
                schema: "housing",
                table: "Units",
                column: "HousingCompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TechnicalManagerId",
                schema: "housing",
                table: "Units",
                column: "TechnicalManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_TenantId",
                schema: "housing",
                table: "Units",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inspections",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "KeyIncidents",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "MeterReadings",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "NeighbourContacts",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "PartnerUsers",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "OccupancyContracts",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "Units",
                schema: "housing");

            migrationBuilder.DropTable(
                name: "Partners",
                schema: "housing");
        }
    }
}
