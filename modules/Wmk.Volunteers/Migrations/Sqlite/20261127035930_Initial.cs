using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Volunteers.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Availability = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Interests = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HeardVia = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SignedUpAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoursTarget = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IntakeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntakeNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Trainings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    GoodConductOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WelcomePackSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DuoTrajects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Availability = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoTrajects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoTrajects_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerActivities_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DuoContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByAccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoContacts_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DuoProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoProposals_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DuoProposals_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DuoTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuoTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DuoTasks_DuoTrajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "DuoTrajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TenantId",
                table: "DuoContacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TenantId_On",
                table: "DuoContacts",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoContacts_TrajectId",
                table: "DuoContacts",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TenantId",
                table: "DuoProposals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TenantId_VolunteerId",
                table: "DuoProposals",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_TrajectId",
                table: "DuoProposals",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoProposals_VolunteerId",
                table: "DuoProposals",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTasks_TenantId",
                table: "DuoTasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTasks_TrajectId",
                table: "DuoTasks",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_TenantId",
                table: "DuoTrajects",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_TenantId_VolunteerId",
                table: "DuoTrajects",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DuoTrajects_VolunteerId",
                table: "DuoTrajects",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_TenantId",
                table: "VolunteerActivities",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_TenantId_On",
                table: "VolunteerActivities",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerActivities_VolunteerId",
                table: "VolunteerActivities",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId",
                table: "Volunteers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_AccountId",
                table: "Volunteers",
                columns: new[] { "TenantId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_Email",
                table: "Volunteers",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_TenantId_SignedUpAt",
                table: "Volunteers",
                columns: new[] { "TenantId", "SignedUpAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuoContacts");

            migrationBuilder.DropTable(
                name: "DuoProposals");

            migrationBuilder.DropTable(
                name: "DuoTasks");

            migrationBuilder.DropTable(
                name: "VolunteerActivities");

            migrationBuilder.DropTable(
                name: "DuoTrajects");

            migrationBuilder.DropTable(
                name: "Volunteers");
        }
    }
}
