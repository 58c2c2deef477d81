using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Housing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlaceNeverDoubleBooked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing on SQLite: it has no exclusion constraints; starts and extensions of contracts run in a
            // BEGIN IMMEDIATE transaction instead (Features/Contracts/PlaceGuard), so the rule check cannot race.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
