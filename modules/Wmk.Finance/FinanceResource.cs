namespace Wmk.Finance;

/// <summary>Marker for the finance module's texts.</summary>
public sealed class FinanceResource;
