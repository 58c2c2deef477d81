using System.ComponentModel.DataAnnotations.Schema;

namespace Wmk.Housing.Domain;

/// <summary>An EPC or conformity certificate: issued on a date, valid until its expiry (null: no expiry known).</summary>
[ComplexType]
internal sealed class Certificate
{
    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public bool IsValidOn(DateOnly day) => IssuedOn is { } issued && issued <= day && (ExpiresOn is null || ExpiresOn >= day);
}
