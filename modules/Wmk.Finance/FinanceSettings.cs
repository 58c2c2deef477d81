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
}
