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
                name: "CandidateStatusChanges",
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
