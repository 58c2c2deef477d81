using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Housing.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UnitConcurrencyStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                schema: "housing",
                table: "Units",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                schema: "housing",
                table: "Units");
        }
    }
}
