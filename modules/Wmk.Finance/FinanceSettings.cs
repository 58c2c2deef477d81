namespace Wmk.Finance;

/// <summary>The tenant settings of the finance module (the organisation's bank account, set through /finance/bank-account).</summary>
internal static class FinanceSettings
{
    /// <summary>The IBAN residents pay to (checked with mod 97 when set).</summary>
    public const string Iban = "Finance.Iban";

    /// <summary>The beneficiary's name on the rent call and in the EPC QR code.</summary>
    public const string AccountName = "Finance.AccountName";

    /// <summary>The bank's BIC (optional in an EPC QR code of version 002).</summary>
    public const string Bic = "Finance.Bic";

    /// <summary>The day of the month the rent is due (default 10: "due before the 10th").</summary>
    public const string DueDay = "Finance.DueDay";

    /// <summary>The day unpaid rent gets a message to the resident and the counsellor (default 15).</summary>
    public const string FollowUpMessageDay = "Finance.FollowUp.MessageDay";

    /// <summary>The day still unpaid rent gets the reminder letter, copy to the counsellor (default 20).</summary>
    public const string FollowUpReminderDay = "Finance.FollowUp.ReminderDay";

    /// <summary>The day of the month every payment plan is checked (default 15).</summary>
    public const string PlanCheckDay = "Finance.PaymentPlans.CheckDay";
    /// <summary>Price per kWh of electricity used to estimate a unit's monthly energy cost.</summary>
    public const string ElectricityPrice = "Finance.ElectricityPrice";

    /// <summary>Price per m³ of gas (as the gas meter counts).</summary>
    public const string GasPrice = "Finance.GasPrice";

    /// <summary>Price per m³ of water.</summary>
    public const string WaterPrice = "Finance.WaterPrice";

    /// <summary>The monthly part of a forfait no meter measures (common parts, lift, cleaning), added to the metered cost.</summary>
    public const string ForfaitFixedPart = "Finance.ForfaitFixedPart";

    /// <summary>A forfait more than this many percent above or below the estimate is proposed for adjustment.</summary>
    public const string EnergyThreshold = "Finance.EnergyThreshold";

    /// <summary>How many months of consumption (up to the reviewed month) the comparison averages.</summary>
    public const string EnergyMonths = "Finance.EnergyMonths";

    /// <summary>The start of the rent table line's name that is the solidarity contribution (payables report).</summary>
    public const string SolidarityLine = "Finance.SolidarityLine";
}
