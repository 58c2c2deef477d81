using Wmk.Kernel.Modularity;

namespace Wmk.Finance.Features.Energy;

/// <summary>The settings and menu items of extra charges, energy and reports (called from <see cref="FinanceModule.Define"/>).</summary>
internal static class EnergyDefinitions
{
    public static void Define(ModuleDefinitions definitions)
    {
        definitions.Setting(FinanceSettings.ElectricityPrice, "0.35");
        definitions.Setting(FinanceSettings.GasPrice, "1.00");
        definitions.Setting(FinanceSettings.WaterPrice, "5.00");
        definitions.Setting(FinanceSettings.ForfaitFixedPart, "0");
        definitions.Setting(FinanceSettings.EnergyThreshold, "20");
        definitions.Setting(FinanceSettings.EnergyMonths, "3");
        definitions.Setting(FinanceSettings.SolidarityLine, "Solidariteitsbijdrage");
        definitions.MenuItem("Menu:ExtraCharges", "/finance/extra-charges", FinancePermissions.View, 44);
        definitions.MenuItem("Menu:Energy", "/finance/energy", FinancePermissions.View, 45);
        definitions.MenuItem("Menu:Reports", "/finance/reports", FinancePermissions.View, 46);
    }
}
