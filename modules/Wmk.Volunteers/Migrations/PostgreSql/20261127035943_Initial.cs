using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Volunteers.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "volunteers");

            migrationBuilder.CreateTable(
                name: "Volunteers",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Availability = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Interests = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HeardVia = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SignedUpAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoursTarget = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IntakeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IntakeNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Skills = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Trainings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    GoodConductOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WelcomePackSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DuoTrajects",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Availability = table.Column<int>(type: "integer", nullable: false),
                    RequestNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoTrajects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoTrajects_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerActivities",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerActivities_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DuoContacts",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrajectId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ByAccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoContacts_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalSchema: "volunteers",
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DuoProposals",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrajectId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoProposals_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalSchema: "volunteers",
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DuoProposals_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuoTasks",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrajectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoTasks_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalSchema: "volunteers",
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TenantId",
                schema: "volunteers",
                table: "DuoContacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TenantId_On",
                schema: "volunteers",
                table: "DuoContacts",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TrajectId",
                schema: "volunteers",
                table: "DuoContacts",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TenantId",
                schema: "volunteers",
                table: "DuoProposals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TenantId_VolunteerId",
                schema: "volunteers",
                table: "DuoProposals",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TrajectId",
                schema: "volunteers",
                table: "DuoProposals",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_VolunteerId",
                schema: "volunteers",
                table: "DuoProposals",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTasks_TenantId",
                schema: "volunteers",
                table: "DuoTasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTasks_TrajectId",
                schema: "volunteers",
                table: "DuoTasks",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_TenantId",
                schema: "volunteers",
                table: "DuoTrajects",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_TenantId_VolunteerId",
                schema: "volunteers",
                table: "DuoTrajects",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_VolunteerId",
                schema: "volunteers",
                table: "DuoTrajects",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_TenantId",
                schema: "volunteers",
                table: "VolunteerActivities",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_TenantId_On",
                schema: "volunteers",
                table: "VolunteerActivities",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_VolunteerId",
                schema: "volunteers",
                table: "VolunteerActivities",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId",
                schema: "volunteers",
                table: "Volunteers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_AccountId",
                schema: "volunteers",
                table: "Volunteers",
                columns: new[] { "TenantId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_Email",
                schema: "volunteers",
                table: "Volunteers",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_SignedUpAt",
                schema: "volunteers",
                table: "Volunteers",
                columns: new[] { "TenantId", "SignedUpAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuoContacts",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "DuoProposals",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "DuoTasks",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "VolunteerActivities",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "DuoTrajects",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "Volunteers",
                schema: "volunteers");
        }
    }
}
