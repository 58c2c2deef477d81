using Wmk.Kernel.Rules;

namespace Wmk.Finance.Features.Payments.Imports;

/// <summary>A payment file (CODA or CSV) that cannot be read: the message names the line and what is wrong; nothing is imported.</summary>
internal sealed class PaymentFileException(RuleError error) : Exception(error.ToString())
{
    public RuleError Error { get; } = error;
}
