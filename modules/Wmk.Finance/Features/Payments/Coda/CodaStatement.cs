namespace Wmk.Finance.Features.Payments.Coda;

/// <summary>One movement of a CODA statement (a 2.1 record with its 2.2 and 2.3 continuations).</summary>
/// <param name="Sequence">The continuous sequence number, counted on past 9999 (the file restarts at 0000).</param>
/// <param name="Amount">Positive for a credit (money received), negative for a debit.</param>
/// <param name="StructuredDigits">The twelve digits of a Belgian structured communication (type 101/102), as received (not checked).</param>
/// <param name="Communication">The free communication (2.1, 2.2 and 2.3 parts joined), or null.</param>
/// <param name="Line">The line of the 2.1 record in the file (1-based).</param>
internal sealed record CodaMovement(
    int Sequence, int Detail, decimal Amount, DateOnly ValueDate, DateOnly EntryDate, string? StructuredDigits, string? Communication,
    string? CounterpartyName, string? CounterpartyAccount, int Line);

/// <summary>One statement (records 0 to 9) of a CODA file.</summary>
/// <param name="Account">The account of the statement (IBAN or Belgian number, no spaces).</param>
/// <param name="Number">The statement's sequence number (the coded statement's number, or the paper one when that is zero).</param>
internal sealed record CodaStatement(
    string Account, int Number, DateOnly OldBalanceDate, decimal OldBalance, DateOnly NewBalanceDate, decimal NewBalance, IReadOnlyList<CodaMovement> Movements)
{
    /// <summary>A movement's key across files: account, year and number of the statement, sequence and detail of the movement.</summary>
    public string KeyOf(CodaMovement movement) =>
        $"CODA:{Account}:{NewBalanceDate.Year:0000}:{Number:000}:{movement.Sequence:0000}:{movement.Detail:0000}";
}
