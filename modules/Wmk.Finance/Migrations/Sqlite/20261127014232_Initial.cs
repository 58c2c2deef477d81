using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaymentReferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Digits = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RentTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HousingCompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RentTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    RentTableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_RentTables_RentTableId",
                        column: x => x.RentTableId,
                        principalTable: "RentTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RentLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RentTableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    FromUnitForfait = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bedrooms = table.Column<int>(type: "INTEGER", nullable: true),
                    Sharing = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Minimum = table.Column<decimal>(type: "TEXT", nullable: true),
                    Maximum = table.Column<decimal>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RentLines_RentTables_RentTableId",
                        column: x => x.RentTableId,
                        principalTable: "RentTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChargeLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChargeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeLines_Charges_ChargeId",
                        column: x => x.ChargeId,
                        principalTable: "Charges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_ChargeId",
                table: "ChargeLines",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_TenantId",
                table: "ChargeLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_RentTableId",
                table: "Charges",
                column: "RentTableId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId",
                table: "Charges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId_ContractId_Month",
                table: "Charges",
                columns: new[] { "TenantId", "ContractId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId_Month",
                table: "Charges",
                columns: new[] { "TenantId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId",
                table: "PaymentReferences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId_ContractId",
                table: "PaymentReferences",
                columns: new[] { "TenantId", "ContractId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId_Digits",
                table: "PaymentReferences",
                columns: new[] { "TenantId", "Digits" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RentLines_RentTableId",
                table: "RentLines",
                column: "RentTableId");

            migrationBuilder.CreateIndex(
                name: "IX_RentLines_TenantId",
                table: "RentLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RentTables_TenantId",
                table: "RentTables",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RentTables_TenantId_HousingCompanyId_ValidFrom",
                table: "RentTables",
                columns: new[] { "TenantId", "HousingCompanyId", "ValidFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargeLines");

            migrationBuilder.DropTable(
                name: "PaymentReferences");

            migrationBuilder.DropTable(
                name: "RentLines");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "RentTables");
        }
    }
}
