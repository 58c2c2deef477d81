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
                    SignedUpAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConsentedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
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
                name: "Activities",
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
                    table.PrimaryKey("PK_Activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Activities_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trajects",
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
                    table.PrimaryKey("PK_Trajects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trajects_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contacts",
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
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_Trajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "Trajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
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
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_Trajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "Trajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Proposals_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
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
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tasks_Trajects_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "Trajects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_TenantId",
                table: "Activities",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_TenantId_On",
                table: "Activities",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_VolunteerId",
                table: "Activities",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId",
                table: "Contacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TenantId_On",
                table: "Contacts",
                columns: new[] { "TenantId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_TrajectId",
                table: "Contacts",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TenantId",
                table: "Proposals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TenantId_VolunteerId",
                table: "Proposals",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TrajectId",
                table: "Proposals",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_VolunteerId",
                table: "Proposals",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId",
                table: "Tasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TrajectId",
                table: "Tasks",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajects_TenantId",
                table: "Trajects",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajects_TenantId_VolunteerId",
                table: "Trajects",
                columns: new[] { "TenantId", "VolunteerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Trajects_VolunteerId",
                table: "Trajects",
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
                name: "Activities");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "Trajects");

            migrationBuilder.DropTable(
                name: "Volunteers");
        }
    }
}
