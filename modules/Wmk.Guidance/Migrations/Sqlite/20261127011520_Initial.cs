using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Guidance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WelfarePartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HasPriority = table.Column<bool>(type: "INTEGER", nullable: false),
                    PriorityCap = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WelfarePartners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WelfarePartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CounsellorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounsellorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CounsellorPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Preference = table.Column<int>(type: "INTEGER", nullable: false),
                    GuidanceStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedStartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SharedNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LinkedCandidateId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_WelfarePartners_WelfarePartnerId",
                        column: x => x.WelfarePartnerId,
                        principalTable: "WelfarePartners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CandidateStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ByAccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateStatusChanges_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeConversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstStaffAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondStaffAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OverriddenByAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OverriddenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeConversations_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseWorkerAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Destination = table.Column<int>(type: "INTEGER", nullable: true),
                    InstallationPremium = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Residents_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharedHousingMatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstCandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondCandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstCandidateAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondCandidateAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstCounsellorAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondCounsellorAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaffAccountIds = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Agreements = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedHousingMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedHousingMatches_Candidates_FirstCandidateId",
                        column: x => x.FirstCandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharedHousingMatches_Candidates_SecondCandidateId",
                        column: x => x.SecondCandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistAnswers_ChecklistItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "ChecklistItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChecklistAnswers_IntakeConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "IntakeConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversations_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Exits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConversationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnergyTakeoverDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeysHandedOver = table.Column<bool>(type: "INTEGER", nullable: false),
                    Cleaning = table.Column<int>(type: "INTEGER", nullable: false),
                    CleaningRemarks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TerminatedEarly = table.Column<bool>(type: "INTEGER", nullable: false),
                    AftercareContacts = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Exits_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SetOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EmailedTo = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    LetterSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notices_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneByAccountId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingItems_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResidentNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidentNotes_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CounsellorAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalProgress_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GoalProgress_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CounsellorAccountId",
                table: "Candidates",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId",
                table: "Candidates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId_BirthDate",
                table: "Candidates",
                columns: new[] { "TenantId", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_TenantId_Status_ReferredOn",
                table: "Candidates",
                columns: new[] { "TenantId", "Status", "ReferredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_WelfarePartnerId",
                table: "Candidates",
                column: "WelfarePartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateStatusChanges_CandidateId_At",
                table: "CandidateStatusChanges",
                columns: new[] { "CandidateId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateStatusChanges_CounsellorAccountId",
                table: "CandidateStatusChanges",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateStatusChanges_TenantId",
                table: "CandidateStatusChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_ConversationId",
                table: "ChecklistAnswers",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_CounsellorAccountId",
                table: "ChecklistAnswers",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_ItemId",
                table: "ChecklistAnswers",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistAnswers_TenantId",
                table: "ChecklistAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TenantId",
                table: "ChecklistItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistItems_TenantId_Kind_Position",
                table: "ChecklistItems",
                columns: new[] { "TenantId", "Kind", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_CounsellorAccountId",
                table: "Conversations",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ResidentId_HeldOn",
                table: "Conversations",
                columns: new[] { "ResidentId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId",
                table: "Conversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_TenantId_HeldOn_PlannedOn",
                table: "Conversations",
                columns: new[] { "TenantId", "HeldOn", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Exits_CounsellorAccountId",
                table: "Exits",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_ResidentId",
                table: "Exits",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_TenantId",
                table: "Exits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Exits_TenantId_ResidentId",
                table: "Exits",
                columns: new[] { "TenantId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_ConversationId",
                table: "GoalProgress",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_CounsellorAccountId",
                table: "GoalProgress",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_GoalId_ConversationId",
                table: "GoalProgress",
                columns: new[] { "GoalId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalProgress_TenantId",
                table: "GoalProgress",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_CounsellorAccountId",
                table: "Goals",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_ResidentId",
                table: "Goals",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Goals_TenantId",
                table: "Goals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversations_CandidateId",
                table: "IntakeConversations",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversations_CounsellorAccountId",
                table: "IntakeConversations",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversations_TenantId",
                table: "IntakeConversations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_CounsellorAccountId",
                table: "Notices",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_ResidentId",
                table: "Notices",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId",
                table: "Notices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId_Kind_LetterSentOn",
                table: "Notices",
                columns: new[] { "TenantId", "Kind", "LetterSentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_TenantId_ResidentId_Kind_ContractEnd",
                table: "Notices",
                columns: new[] { "TenantId", "ResidentId", "Kind", "ContractEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_CounsellorAccountId",
                table: "OnboardingItems",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_ResidentId_Kind",
                table: "OnboardingItems",
                columns: new[] { "ResidentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_TenantId",
                table: "OnboardingItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingItems_TenantId_DoneOn_DueOn",
                table: "OnboardingItems",
                columns: new[] { "TenantId", "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_CounsellorAccountId",
                table: "ResidentNotes",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_ResidentId_WrittenOn",
                table: "ResidentNotes",
                columns: new[] { "ResidentId", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentNotes_TenantId",
                table: "ResidentNotes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_CandidateId",
                table: "Residents",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_ContractId",
                table: "Residents",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_CounsellorAccountId",
                table: "Residents",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId",
                table: "Residents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId_LeftOn",
                table: "Residents",
                columns: new[] { "TenantId", "LeftOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_TenantId_Status",
                table: "Residents",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_FirstCandidateId",
                table: "SharedHousingMatches",
                column: "FirstCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_SecondCandidateId",
                table: "SharedHousingMatches",
                column: "SecondCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_TenantId",
                table: "SharedHousingMatches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedHousingMatches_TenantId_Status",
                table: "SharedHousingMatches",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CounsellorAccountId",
                table: "Tasks",
                column: "CounsellorAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId",
                table: "Tasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId_ClosedOn_DueOn",
                table: "Tasks",
                columns: new[] { "TenantId", "ClosedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TenantId_Kind_SubjectId_DueOn",
                table: "Tasks",
                columns: new[] { "TenantId", "Kind", "SubjectId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WelfarePartners_TenantId",
                table: "WelfarePartners",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CandidateStatusChanges");

            migrationBuilder.DropTable(
                name: "ChecklistAnswers");

            migrationBuilder.DropTable(
                name: "Exits");

            migrationBuilder.DropTable(
                name: "GoalProgress");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "OnboardingItems");

            migrationBuilder.DropTable(
                name: "ResidentNotes");

            migrationBuilder.DropTable(
                name: "SharedHousingMatches");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

            migrationBuilder.DropTable(
                name: "IntakeConversations");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "Residents");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "WelfarePartners");
        }
    }
}
