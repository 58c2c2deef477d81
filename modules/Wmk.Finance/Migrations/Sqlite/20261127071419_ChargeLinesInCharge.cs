using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChargeLinesInCharge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Lines",
                table: "Charges",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Each charge's lines move into its JSON column, in their order; amounts stay the exact decimal text (EF Core's
            // SQLite JSON keeps decimals as strings); nothing is lost.
            migrationBuilder.Sql("""
                UPDATE "Charges" SET "Lines" = COALESCE((
                    SELECT json_group_array(json_object('Position', l."Position", 'Name', l."Name", 'Amount', l."Amount"))
                    FROM (SELECT * FROM "ChargeLines" WHERE "ChargeId" = "Charges"."Id" ORDER BY "Position") AS l), '[]');
                """);

            migrationBuilder.DropTable(
                name: "ChargeLines");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChargeLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    ChargeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
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

            migrationBuilder.Sql("""
                INSERT INTO "ChargeLines" ("Id", "Amount", "ChargeId", "Name", "Position", "TenantId")
                SELECT hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2)
                        || '-' || hex(randomblob(6)),
                    CAST(json_extract(e.value, '$.Amount') AS TEXT), c."Id", json_extract(e.value, '$.Name'), json_extract(e.value, '$.Position'), c."TenantId"
                FROM "Charges" AS c, json_each(c."Lines") AS e;
                """);

            migrationBuilder.DropColumn(
                name: "Lines",
                table: "Charges");
        }
    }
}
