using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChargeLinesInCharge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Lines",
                schema: "finance",
                table: "Charges",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            // Each charge's lines move into its JSON column, in their order; nothing is lost.
            migrationBuilder.Sql("""
                UPDATE finance."Charges" AS c SET "Lines" = COALESCE((
                    SELECT jsonb_agg(jsonb_build_object('Position', l."Position", 'Name', l."Name", 'Amount', l."Amount") ORDER BY l."Position")
                    FROM finance."ChargeLines" AS l WHERE l."ChargeId" = c."Id"), '[]'::jsonb);
                """);

            migrationBuilder.DropTable(
                name: "ChargeLines",
                schema: "finance");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChargeLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    ChargeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.Sql("""
                INSERT INTO finance."ChargeLines" ("Id", "Amount", "ChargeId", "Name", "Position", "TenantId")
                SELECT gen_random_uuid(), (e->>'Amount')::numeric, c."Id", e->>'Name', (e->>'Position')::integer, c."TenantId"
                FROM finance."Charges" AS c, jsonb_array_elements(c."Lines") AS e;
                """);

            migrationBuilder.DropColumn(
                name: "Lines",
                schema: "finance",
                table: "Charges");
        }
    }
}
