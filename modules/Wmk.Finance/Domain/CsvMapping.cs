using Wmk.Kernel.Data;

namespace Wmk.Finance.Domain;

/// <summary>
/// How the tenant's bank exports payments as CSV (one mapping per tenant): the delimiter, whether the first line is a
/// header, the 1-based column of each field, the date format and whether amounts use a decimal comma.
/// </summary>
internal sealed class CsvMapping : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TenantId { get; set; }

    /// <summary>One character: <c>;</c>, <c>,</c>, a tab or <c>|</c>.</summary>
    public string Delimiter { get; set; } = ";";

    public bool HasHeader { get; set; } = true;

    public int DateColumn { get; set; }

    public int AmountColumn { get; set; }

    public int? NameColumn { get; set; }

    public int? IbanColumn { get; set; }

    public int? CommunicationColumn { get; set; }

    /// <summary>A .NET exact date format such as <c>dd/MM/yyyy</c>.</summary>
    public string DateFormat { get; set; } = "dd/MM/yyyy";

    /// <summary>True when amounts are written 1.288,46 (Belgian); false for 1288.46.</summary>
    public bool DecimalComma { get; set; } = true;

    public Guid? UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
