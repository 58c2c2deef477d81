using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.GroupMeetings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Locations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Neighbourhood = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FeedToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LaundryDay1 = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    LaundryDay2 = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    LaundryOpens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    LaundryCloses = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LaundryAnnouncedWeek = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LaundryBookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    NoShow = table.Column<bool>(type: "INTEGER", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaundryBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaundryBookings_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvitedResidents = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitedCounsellors = table.Column<int>(type: "INTEGER", nullable: false),
                    RemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WalkIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkIns_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendances_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_SessionId",
                table: "Attendances",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId",
                table: "Attendances",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId_ResidentId",
                table: "Attendances",
                columns: new[] { "TenantId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId_SessionId_ResidentId",
                table: "Attendances",
                columns: new[] { "TenantId", "SessionId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_LocationId",
                table: "LaundryBookings",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId",
                table: "LaundryBookings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId_LocationId_Day_StartsAt",
                table: "LaundryBookings",
                columns: new[] { "TenantId", "LocationId", "Day", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId_ResidentId_Day",
                table: "LaundryBookings",
                columns: new[] { "TenantId", "ResidentId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Locations_FeedToken",
                table: "Locations",
                column: "FeedToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locations_TenantId",
                table: "Locations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_TenantId_Name",
                table: "Locations",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_LocationId",
                table: "Sessions",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId",
                table: "Sessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_LocationId_Date",
                table: "Sessions",
                columns: new[] { "TenantId", "LocationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_LocationId",
                table: "WalkIns",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_TenantId",
                table: "WalkIns",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_TenantId_LocationId_Date",
                table: "WalkIns",
                columns: new[] { "TenantId", "LocationId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendances");

            migrationBuilder.DropTable(
                name: "LaundryBookings");

            migrationBuilder.DropTable(
                name: "WalkIns");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "Locations");
        }
    }
}
