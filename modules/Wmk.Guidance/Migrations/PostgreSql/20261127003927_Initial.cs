using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Guidance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "guidance");

            migrationBuilder.CreateTable(
                name: "WelfarePartners",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HasPriority = table.Column<bool>(type: "boolean", nullable: false),
                    PriorityCap = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelfarePartners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<int>(type: "integer", nullable: false),
                    WelfarePartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounsellorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CounsellorEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CounsellorPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Preference = table.Column<int>(type: "integer", nullable: false),
                    GuidanceStartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedStartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SharedNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LinkedCandidateId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_WelfarePartners_WelfarePartnerId",
                        column: x => x.WelfarePartnerId,
                        principalSchema: "guidance",
                        principalTable: "WelfarePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseWorkerAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Destination = table.Column<int>(type: "integer", nullable: true),
                    InstallationPremium = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Residents_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalSchema: "guidance",
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Agenda = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Attendees = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversations_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalSchema: "guidance",
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SetOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalSchema: "guidance",
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingItems",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneByAccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingItems_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalSchema: "guidance",
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResidentNotes",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidentNotes_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalSchema: "guidance",
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalProgress",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalProgress_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalSchema: "guidance",
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalProgress_Goals_GoalId",
                        column: x => x.GoalId,
                        principalSchema: "guidance",
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CounsellorAccountId",
                schema: "guidance",
                table: "Candidates",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId",
                schema: "guidance",
                table: "Candidates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId_BirthDate",
                schema: "guidance",
                table: "Candidates",
                columns: new[] { "TenantId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId_Status_ReferredOn",
                schema: "guidance",
                table: "Candidates",
                columns: new[] { "TenantId", "Status", "ReferredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_WelfarePartnerId",
                schema: "guidance",
                table: "Candidates",
                column: "WelfarePartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CounsellorAccountId",
                schema: "guidance",
                table: "Conversations",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ResidentId_HeldOn",
                schema: "guidance",
                table: "Conversations",
                columns: new[] { "ResidentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId",
                schema: "guidance",
                table: "Conversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_HeldOn_PlannedOn",
                schema: "guidance",
                table: "Conversations",
                columns: new[] { "TenantId", "HeldOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_ConversationId",
                schema: "guidance",
                table: "GoalProgress",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_CounsellorAccountId",
                schema: "guidance",
                table: "GoalProgress",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_GoalId_ConversationId",
                schema: "guidance",
                table: "GoalProgress",
                columns: new[] { "GoalId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_TenantId",
                schema: "guidance",
                table: "GoalProgress",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_CounsellorAccountId",
                schema: "guidance",
                table: "Goals",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ResidentId",
                schema: "guidance",
                table: "Goals",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_TenantId",
                schema: "guidance",
                table: "Goals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_CounsellorAccountId",
                schema: "guidance",
                table: "OnboardingItems",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_ResidentId_Kind",
                schema: "guidance",
                table: "OnboardingItems",
                columns: new[] { "ResidentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_TenantId",
                schema: "guidance",
                table: "OnboardingItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_TenantId_DoneOn_DueOn",
                schema: "guidance",
                table: "OnboardingItems",
                columns: new[] { "TenantId", "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_CounsellorAccountId",
                schema: "guidance",
                table: "ResidentNotes",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_ResidentId_WrittenOn",
                schema: "guidance",
                table: "ResidentNotes",
                columns: new[] { "ResidentId", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_TenantId",
                schema: "guidance",
                table: "ResidentNotes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_CandidateId",
                schema: "guidance",
                table: "Residents",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_ContractId",
                schema: "guidance",
                table: "Residents",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_CounsellorAccountId",
                schema: "guidance",
                table: "Residents",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId",
                schema: "guidance",
                table: "Residents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId_LeftOn",
                schema: "guidance",
                table: "Residents",
                columns: new[] { "TenantId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId_Status",
                schema: "guidance",
                table: "Residents",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WelfarePartners_TenantId",
                schema: "guidance",
                table: "WelfarePartners",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalProgress",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "OnboardingItems",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "ResidentNotes",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Conversations",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Goals",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Residents",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Candidates",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "WelfarePartners",
                schema: "guidance");
        }
    }
}
