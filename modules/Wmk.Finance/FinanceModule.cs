using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Documents.Contracts;
using Wmk.Finance.Data;
using Wmk.Finance.Features;
using Wmk.Finance.Features.Charges;
using Wmk.Finance.Features.Documents;
using Wmk.Finance.Features.FollowUp;
using Wmk.Finance.Features.Energy;
using Wmk.Finance.Features.Ledger;
using Wmk.Finance.Features.Payments;
using Wmk.Finance.Features.Quotes;
using Wmk.Finance.Features.RentTables;
using Wmk.Kernel.Data;
using Wmk.Kernel.Jobs;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Security;

namespace Wmk.Finance;

/// <summary>Rent tables, quotes, monthly charges, payment references and rent calls (issue #6, first slice).</summary>
public sealed class FinanceModule : WmkModule
{
    public override string Name => "Finance";

    public override Type? ResourceType => typeof(FinanceResource);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddWmkDbContext<FinanceDbContext, FinanceSqliteDbContext, FinancePostgreSqlDbContext>();
        services.AddScoped<RentTablesHandler>();
        services.AddScoped<RentTableSeeder>();
        services.AddScoped<QuoteHandler>();
        services.AddScoped<MonthlyRunHandler>();
        services.AddScoped<PaymentReferencesHandler>();
        services.AddScoped<BankAccountHandler>();
        services.AddScoped<RentCallHandler>();
        services.AddScoped<LedgerQuery>();
        services.AddFinancePayments();
        services.AddTenantJob<MonthlyRunJob>(Name, MonthlyRunJob.Cron);
        services.AddFinanceFollowUp(Name);
        services.AddFinanceEnergy();
        services.AddScoped<FinanceDocumentData>();
        services.AddScoped<IDocumentModelSource, ChargeModelSource>();
        services.AddScoped<IDocumentModelSource, PaymentPlanModelSource>();
    }

    public override void Define(ModuleDefinitions definitions)
    {
        definitions.Permission(FinancePermissions.View, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Finance, WmkRoles.Staff]);
        definitions.Permission(FinancePermissions.Manage, defaultRoles: [WmkRoles.Coordinator, WmkRoles.Finance]);
        definitions.Setting(FinanceSettings.Iban, null);
        definitions.Setting(FinanceSettings.AccountName, null);
        definitions.Setting(FinanceSettings.Bic, null);
        definitions.Setting(FinanceSettings.DueDay, "10");
        definitions.Permission(FinancePermissions.ViewOwnClients, defaultRoles: [WmkRoles.PartnerCounsellor, WmkRoles.Coordinator, WmkRoles.Finance, WmkRoles.Staff]);
        definitions.Setting(FinanceSettings.FollowUpMessageDay, "15");
        definitions.Setting(FinanceSettings.FollowUpReminderDay, "20");
        definitions.Setting(FinanceSettings.PlanCheckDay, "15");
        definitions.MenuItem("Menu:FollowUp", "/finance/follow-up", FinancePermissions.View, 44);
        definitions.MenuItem("Menu:PaymentPlans", "/finance/payment-plans", FinancePermissions.View, 45);
        definitions.MenuItem("Menu:MyClients", "/finance/my-clients", FinancePermissions.ViewOwnClients, 46);
        definitions.MenuItem("Menu:RentTables", "/finance/rent-tables", FinancePermissions.View, 40);
        definitions.MenuItem("Menu:Quote", "/finance/quote", FinancePermissions.View, 41);
        definitions.MenuItem("Menu:Charges", "/finance/charges", FinancePermissions.View, 42);
        definitions.MenuItem("Menu:BankAccount", "/finance/bank-account", FinancePermissions.Manage, 43);
        definitions.MenuItem("Menu:Payments", "/finance/payments", FinancePermissions.View, 44);
        definitions.MenuItem("Menu:PaymentQueue", "/finance/payments/queue", FinancePermissions.View, 45);
        definitions.MenuItem("Menu:Residents", "/finance/residents", FinancePermissions.View, 46);
        EnergyDefinitions.Define(definitions);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api) => FinanceEndpoints.Map(api);

    public override Task SeedTenantAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<RentTableSeeder>().SeedAsync(cancellationToken);
}
