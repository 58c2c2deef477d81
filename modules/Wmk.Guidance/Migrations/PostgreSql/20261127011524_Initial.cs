using System;
using System.Collections.Generic;
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
                name: "ChecklistItems",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                });

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
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
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
                name: "CandidateStatusChanges",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ByAccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateStatusChanges_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalSchema: "guidance",
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeConversations",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstStaffAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondStaffAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    NextStep = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OverriddenByAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    OverriddenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeConversations_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalSchema: "guidance",
                        principalTable: "Candidates",
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
                name: "SharedHousingMatches",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstCandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecondCandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstCandidateAttended = table.Column<bool>(type: "boolean", nullable: false),
                    SecondCandidateAttended = table.Column<bool>(type: "boolean", nullable: false),
                    FirstCounsellorAttended = table.Column<bool>(type: "boolean", nullable: false),
                    SecondCounsellorAttended = table.Column<bool>(type: "boolean", nullable: false),
                    StaffAccountIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Agreements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedHousingMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedHousingMatches_Candidates_FirstCandidateId",
                        column: x => x.FirstCandidateId,
                        principalSchema: "guidance",
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharedHousingMatches_Candidates_SecondCandidateId",
                        column: x => x.SecondCandidateId,
                        principalSchema: "guidance",
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistAnswers",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ItemText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Colour = table.Column<int>(type: "integer", nullable: false),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistAnswers_ChecklistItems_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "guidance",
                        principalTable: "ChecklistItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChecklistAnswers_IntakeConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalSchema: "guidance",
                        principalTable: "IntakeConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "Exits",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConversationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnergyTakeoverDone = table.Column<bool>(type: "boolean", nullable: false),
                    KeysHandedOver = table.Column<bool>(type: "boolean", nullable: false),
                    Cleaning = table.Column<int>(type: "integer", nullable: false),
                    CleaningRemarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    TerminatedEarly = table.Column<bool>(type: "boolean", nullable: false),
                    AftercareContacts = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exits_Residents_ResidentId",
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
                name: "Notices",
                schema: "guidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EmailedTo = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    LetterSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Residents_ResidentId",
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
                name: "IX_CandidateStatusChanges_CandidateId_At",
                schema: "guidance",
                table: "CandidateStatusChanges",
                columns: new[] { "CandidateId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateStatusChanges_CounsellorAccountId",
                schema: "guidance",
                table: "CandidateStatusChanges",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateStatusChanges_TenantId",
                schema: "guidance",
                table: "CandidateStatusChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_ConversationId",
                schema: "guidance",
                table: "ChecklistAnswers",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_CounsellorAccountId",
                schema: "guidance",
                table: "ChecklistAnswers",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_ItemId",
                schema: "guidance",
                table: "ChecklistAnswers",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_TenantId",
                schema: "guidance",
                table: "ChecklistAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TenantId",
                schema: "guidance",
                table: "ChecklistItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TenantId_Kind_Position",
                schema: "guidance",
                table: "ChecklistItems",
                columns: new[] { "TenantId", "Kind", "Position" });

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
                name: "IX_Exits_CounsellorAccountId",
                schema: "guidance",
                table: "Exits",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_ResidentId",
                schema: "guidance",
                table: "Exits",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_TenantId",
                schema: "guidance",
                table: "Exits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_TenantId_ResidentId",
                schema: "guidance",
                table: "Exits",
                columns: new[] { "TenantId", "ResidentId" },
                unique: true);

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
                name: "IX_IntakeConversations_CandidateId",
                schema: "guidance",
                table: "IntakeConversations",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversations_CounsellorAccountId",
                schema: "guidance",
                table: "IntakeConversations",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversations_TenantId",
                schema: "guidance",
                table: "IntakeConversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_CounsellorAccountId",
                schema: "guidance",
                table: "Notices",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_ResidentId",
                schema: "guidance",
                table: "Notices",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId",
                schema: "guidance",
                table: "Notices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId_Kind_LetterSentOn",
                schema: "guidance",
                table: "Notices",
                columns: new[] { "TenantId", "Kind", "LetterSentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId_ResidentId_Kind_ContractEnd",
                schema: "guidance",
                table: "Notices",
                columns: new[] { "TenantId", "ResidentId", "Kind", "ContractEnd" },
                unique: true);

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
                name: "IX_SharedHousingMatches_FirstCandidateId",
                schema: "guidance",
                table: "SharedHousingMatches",
                column: "FirstCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_SecondCandidateId",
                schema: "guidance",
                table: "SharedHousingMatches",
                column: "SecondCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_TenantId",
                schema: "guidance",
                table: "SharedHousingMatches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_TenantId_Status",
                schema: "guidance",
                table: "SharedHousingMatches",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CounsellorAccountId",
                schema: "guidance",
                table: "Tasks",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId",
                schema: "guidance",
                table: "Tasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId_ClosedOn_DueOn",
                schema: "guidance",
                table: "Tasks",
                columns: new[] { "TenantId", "ClosedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId_Kind_SubjectId_DueOn",
                schema: "guidance",
                table: "Tasks",
                columns: new[] { "TenantId", "Kind", "SubjectId", "DueOn" },
                unique: true);

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
                name: "CandidateStatusChanges",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "ChecklistAnswers",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Exits",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "GoalProgress",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Notices",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "OnboardingItems",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "ResidentNotes",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "SharedHousingMatches",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "Tasks",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "ChecklistItems",
                schema: "guidance");

            migrationBuilder.DropTable(
                name: "IntakeConversations",
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
