using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.GroupMeetings.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "meetings");

            migrationBuilder.CreateTable(
                name: "Locations",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Neighbourhood = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    FeedToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LaundryDay1 = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    LaundryDay2 = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    LaundryOpens = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    LaundryCloses = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    LaundryAnnouncedWeek = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LaundryBookings",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    NoShow = table.Column<bool>(type: "boolean", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaundryBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LaundryBookings_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "meetings",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Theme = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvitedResidents = table.Column<int>(type: "integer", nullable: false),
                    InvitedCounsellors = table.Column<int>(type: "integer", nullable: false),
                    RemindedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "meetings",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WalkIns",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Visitors = table.Column<int>(type: "integer", nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkIns_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "meetings",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attendances",
                schema: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendances_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "meetings",
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_SessionId",
                schema: "meetings",
                table: "Attendances",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId",
                schema: "meetings",
                table: "Attendances",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId_ResidentId",
                schema: "meetings",
                table: "Attendances",
                columns: new[] { "TenantId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_TenantId_SessionId_ResidentId",
                schema: "meetings",
                table: "Attendances",
                columns: new[] { "TenantId", "SessionId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_LocationId",
                schema: "meetings",
                table: "LaundryBookings",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId",
                schema: "meetings",
                table: "LaundryBookings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId_LocationId_Day_StartsAt",
                schema: "meetings",
                table: "LaundryBookings",
                columns: new[] { "TenantId", "LocationId", "Day", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LaundryBookings_TenantId_ResidentId_Day",
                schema: "meetings",
                table: "LaundryBookings",
                columns: new[] { "TenantId", "ResidentId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Locations_FeedToken",
                schema: "meetings",
                table: "Locations",
                column: "FeedToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Locations_TenantId",
                schema: "meetings",
                table: "Locations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_TenantId_Name",
                schema: "meetings",
                table: "Locations",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_LocationId",
                schema: "meetings",
                table: "Sessions",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId",
                schema: "meetings",
                table: "Sessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_LocationId_Date",
                schema: "meetings",
                table: "Sessions",
                columns: new[] { "TenantId", "LocationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_LocationId",
                schema: "meetings",
                table: "WalkIns",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_TenantId",
                schema: "meetings",
                table: "WalkIns",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkIns_TenantId_LocationId_Date",
                schema: "meetings",
                table: "WalkIns",
                columns: new[] { "TenantId", "LocationId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attendances",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "LaundryBookings",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "WalkIns",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "Sessions",
                schema: "meetings");

            migrationBuilder.DropTable(
                name: "Locations",
                schema: "meetings");
        }
    }
}
