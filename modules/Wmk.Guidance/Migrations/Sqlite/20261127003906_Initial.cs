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
                name: "Residents");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "WelfarePartners");
        }
    }
}
