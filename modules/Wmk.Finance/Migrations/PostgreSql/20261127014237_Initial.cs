using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "PaymentReferences",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Digits = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RentTables",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HousingCompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RentTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    RentTableId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_RentTables_RentTableId",
                        column: x => x.RentTableId,
                        principalSchema: "finance",
                        principalTable: "RentTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RentLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RentTableId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    FromUnitForfait = table.Column<bool>(type: "boolean", nullable: false),
                    Bedrooms = table.Column<int>(type: "integer", nullable: true),
                    Sharing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Minimum = table.Column<decimal>(type: "numeric", nullable: true),
                    Maximum = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RentLines_RentTables_RentTableId",
                        column: x => x.RentTableId,
                        principalSchema: "finance",
                        principalTable: "RentTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChargeLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChargeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChargeLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChargeLines_Charges_ChargeId",
                        column: x => x.ChargeId,
                        principalSchema: "finance",
                        principalTable: "Charges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_ChargeId",
                schema: "finance",
                table: "ChargeLines",
                column: "ChargeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChargeLines_TenantId",
                schema: "finance",
                table: "ChargeLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_RentTableId",
                schema: "finance",
                table: "Charges",
                column: "RentTableId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId",
                schema: "finance",
                table: "Charges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId_ContractId_Month",
                schema: "finance",
                table: "Charges",
                columns: new[] { "TenantId", "ContractId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId_Month",
                schema: "finance",
                table: "Charges",
                columns: new[] { "TenantId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId",
                schema: "finance",
                table: "PaymentReferences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId_ContractId",
                schema: "finance",
                table: "PaymentReferences",
                columns: new[] { "TenantId", "ContractId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentReferences_TenantId_Digits",
                schema: "finance",
                table: "PaymentReferences",
                columns: new[] { "TenantId", "Digits" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RentLines_RentTableId",
                schema: "finance",
                table: "RentLines",
                column: "RentTableId");

            migrationBuilder.CreateIndex(
                name: "IX_RentLines_TenantId",
                schema: "finance",
                table: "RentLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RentTables_TenantId",
                schema: "finance",
                table: "RentTables",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RentTables_TenantId_HousingCompanyId_ValidFrom",
                schema: "finance",
                table: "RentTables",
                columns: new[] { "TenantId", "HousingCompanyId", "ValidFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChargeLines",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PaymentReferences",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "RentLines",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Charges",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "RentTables",
                schema: "finance");
        }
    }
}
