using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CsvMappings",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Delimiter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    HasHeader = table.Column<bool>(type: "boolean", nullable: false),
                    DateColumn = table.Column<int>(type: "integer", nullable: false),
                    AmountColumn = table.Column<int>(type: "integer", nullable: false),
                    NameColumn = table.Column<int>(type: "integer", nullable: true),
                    IbanColumn = table.Column<int>(type: "integer", nullable: true),
                    CommunicationColumn = table.Column<int>(type: "integer", nullable: true),
                    DateFormat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecimalComma = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsvMappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CsvMappings_TenantId",
                schema: "finance",
                table: "CsvMappings",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CsvMappings",
                schema: "finance");
        }
    }
}
