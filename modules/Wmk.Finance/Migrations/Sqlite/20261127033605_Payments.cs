using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CsvMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Delimiter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    HasHeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    DateColumn = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountColumn = table.Column<int>(type: "INTEGER", nullable: false),
                    NameColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    IbanColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunicationColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    DateFormat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecimalComma = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsvMappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CsvMappings_TenantId",
                table: "CsvMappings",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CsvMappings");
        }
    }
}
