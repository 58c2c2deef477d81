using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wmk.Finance.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PaymentsFollowUpEnergy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArrearsCases",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenSlot = table.Column<int>(type: "integer", nullable: true),
                    PausedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PauseReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastStep = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CsvMappings",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Delimiter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    HasHeader = table.Column<bool>(type: "boolean", nullable: false),
                    DateColumn = table.Column<int>(type: "integer", nullable: false),
                    AmountColumn = table.Column<int>(type: "integer", nullable: false),
                    NameColumn = table.Column<int>(type: "integer", nullable: true),
                    IbanColumn = table.Column<int>(type: "integer", nullable: true),
                    CommunicationColumn = table.Column<int>(type: "integer", nullable: true),
                    DateFormat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecimalComma = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CsvMappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyChecks",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Transferred = table.Column<bool>(type: "boolean", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyForfaits",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyForfaits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnergyReviews",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Forfait = table.Column<decimal>(type: "numeric", nullable: false),
                    Estimated = table.Column<decimal>(type: "numeric", nullable: false),
                    NewAmount = table.Column<decimal>(type: "numeric", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnergyReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentPlans",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Total = table.Column<decimal>(type: "numeric", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArrearsSteps",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    By = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EmailedTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MonthKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArrearsSteps_ArrearsCases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "finance",
                        principalTable: "ArrearsCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentPlanSignals",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Due = table.Column<decimal>(type: "numeric", nullable: false),
                    Covered = table.Column<decimal>(type: "numeric", nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Decision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentPlanSignals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentPlanSignals_PaymentPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "finance",
                        principalTable: "PaymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanInstalments",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanInstalments_PaymentPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "finance",
                        principalTable: "PaymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId",
                schema: "finance",
                table: "ArrearsCases",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId_ClosedOn",
                schema: "finance",
                table: "ArrearsCases",
                columns: new[] { "TenantId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsCases_TenantId_ResidentId_OpenSlot",
                schema: "finance",
                table: "ArrearsCases",
                columns: new[] { "TenantId", "ResidentId", "OpenSlot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_CaseId",
                schema: "finance",
                table: "ArrearsSteps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_TenantId",
                schema: "finance",
                table: "ArrearsSteps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsSteps_TenantId_ResidentId_MonthKey",
                schema: "finance",
                table: "ArrearsSteps",
                columns: new[] { "TenantId", "ResidentId", "MonthKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CsvMappings_TenantId",
                schema: "finance",
                table: "CsvMappings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId",
                schema: "finance",
                table: "EnergyChecks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyChecks_TenantId_ContractId_Number",
                schema: "finance",
                table: "EnergyChecks",
                columns: new[] { "TenantId", "ContractId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId",
                schema: "finance",
                table: "EnergyForfaits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyForfaits_TenantId_UnitId_ValidFrom",
                schema: "finance",
                table: "EnergyForfaits",
                columns: new[] { "TenantId", "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId",
                schema: "finance",
                table: "EnergyReviews",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EnergyReviews_TenantId_UnitId_Month",
                schema: "finance",
                table: "EnergyReviews",
                columns: new[] { "TenantId", "UnitId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId",
                schema: "finance",
                table: "PaymentPlans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId_ResidentId",
                schema: "finance",
                table: "PaymentPlans",
                columns: new[] { "TenantId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlans_TenantId_Status",
                schema: "finance",
                table: "PaymentPlans",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_PlanId",
                schema: "finance",
                table: "PaymentPlanSignals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_TenantId",
                schema: "finance",
                table: "PaymentPlanSignals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentPlanSignals_TenantId_PlanId_Month",
                schema: "finance",
                table: "PaymentPlanSignals",
                columns: new[] { "TenantId", "PlanId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_PlanId",
                schema: "finance",
                table: "PlanInstalments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_TenantId",
                schema: "finance",
                table: "PlanInstalments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstalments_TenantId_PlanId_Number",
                schema: "finance",
                table: "PlanInstalments",
                columns: new[] { "TenantId", "PlanId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrearsSteps",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "CsvMappings",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "EnergyChecks",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "EnergyForfaits",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "EnergyReviews",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PaymentPlanSignals",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PlanInstalments",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "ArrearsCases",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "PaymentPlans",
                schema: "finance");
        }
    }
}
