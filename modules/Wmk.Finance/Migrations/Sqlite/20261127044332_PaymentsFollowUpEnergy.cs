using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaymentsFollowUpEnergy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArrearsCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenSlot = table.Column<int>(type: "INTEGER", nullable: true),
                    PausedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastStep = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsvMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Delimiter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    HasHeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    DateColumn = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountColumn = table.Column<int>(type: "INTEGER", nullable: false),
                    NameColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    IbanColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunicationColumn = table.Column<int>(type: "INTEGER", nullable: true),
                    DateFormat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecimalComma = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsvMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Transferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyForfaits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyForfaits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Forfait = table.Column<decimal>(type: "TEXT", nullable: false),
                    Estimated = table.Column<decimal>(type: "TEXT", nullable: false),
                    NewAmount = table.Column<decimal>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArrearsSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EmailedTo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MonthKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArrearsSteps_ArrearsCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ArrearsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentPlanSignals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Due = table.Column<decimal>(type: "TEXT", nullable: false),
                    Covered = table.Column<decimal>(type: "TEXT", nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPlanSignals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentPlanSignals_PaymentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PaymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanInstalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanInstalments_PaymentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PaymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId",
                table: "ArrearsCases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId_ClosedOn",
                table: "ArrearsCases",
                columns: new[] { "TenantId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId_ResidentId_OpenSlot",
                table: "ArrearsCases",
                columns: new[] { "TenantId", "ResidentId", "OpenSlot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_CaseId",
                table: "ArrearsSteps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_TenantId",
                table: "ArrearsSteps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_TenantId_ResidentId_MonthKey",
                table: "ArrearsSteps",
                columns: new[] { "TenantId", "ResidentId", "MonthKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsvMappings_TenantId",
                table: "CsvMappings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId",
                table: "EnergyChecks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId_ContractId_Number",
                table: "EnergyChecks",
                columns: new[] { "TenantId", "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId",
                table: "EnergyForfaits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId_UnitId_ValidFrom",
                table: "EnergyForfaits",
                columns: new[] { "TenantId", "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId",
                table: "EnergyReviews",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId_UnitId_Month",
                table: "EnergyReviews",
                columns: new[] { "TenantId", "UnitId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId",
                table: "PaymentPlans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId_ResidentId",
                table: "PaymentPlans",
                columns: new[] { "TenantId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId_Status",
                table: "PaymentPlans",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_PlanId",
                table: "PaymentPlanSignals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_TenantId",
                table: "PaymentPlanSignals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_TenantId_PlanId_Month",
                table: "PaymentPlanSignals",
                columns: new[] { "TenantId", "PlanId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_PlanId",
                table: "PlanInstalments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_TenantId",
                table: "PlanInstalments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_TenantId_PlanId_Number",
                table: "PlanInstalments",
                columns: new[] { "TenantId", "PlanId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrearsSteps");

            migrationBuilder.DropTable(
                name: "CsvMappings");

            migrationBuilder.DropTable(
                name: "EnergyChecks");

            migrationBuilder.DropTable(
                name: "EnergyForfaits");

            migrationBuilder.DropTable(
                name: "EnergyReviews");

            migrationBuilder.DropTable(
                name: "PaymentPlanSignals");

            migrationBuilder.DropTable(
                name: "PlanInstalments");

            migrationBuilder.DropTable(
                name: "ArrearsCases");

            migrationBuilder.DropTable(
                name: "PaymentPlans");
        }
    }
}
