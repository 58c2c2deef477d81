using System.Globalization;
using System.Text;
using Wmk.Finance.Domain;

namespace Wmk.Finance.Features.Payments.Matching;

/// <summary>What matching looks at in a payment line.</summary>
internal sealed record MatchLine(decimal Amount, string? StructuredDigits, string? CounterpartyName);

/// <summary>A contract's resident.</summary>
internal sealed record ContractResident(Guid ContractId, Guid ResidentId);

/// <summary>An open debt a payment of exactly that amount could be for (its own amount or what is still open of it).</summary>
internal sealed record OpenDebt(Guid ContractId, Guid ResidentId, string ResidentName, decimal Amount, decimal Open);

/// <summary>The outcome: <see cref="PaymentStatus.Matched"/> or <see cref="PaymentStatus.Suggested"/> with a contract, or unmatched.</summary>
internal sealed record MatchResult(PaymentStatus Status, Guid? ContractId, Guid? ResidentId)
{
    public static readonly MatchResult None = new(PaymentStatus.Unmatched, null, null);
}

/// <summary>
/// Automatic matching of a received payment: first by structured communication (a valid one whose digits are a
/// contract's payment reference books it on that contract), then by amount and name (one open debt of exactly that
/// amount whose resident's name is in the counterparty's name, whatever the case, accents or word order) as a
/// suggestion for a person to confirm; otherwise nothing. A communication with a wrong check digit never matches, and
/// returned money (negative) or an amount out of bounds is always left to a person.
/// </summary>
internal static class PaymentMatchRules
{
    public static MatchResult Match(MatchLine line, IReadOnlyDictionary<string, ContractResident> references, DebtIndex debts)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(debts);
        if (line.Amount <= 0m || !PaymentRules.AmountOk(line.Amount))
        {
            return MatchResult.None;
        }

        if (StructuredCommunication.IsValid(line.StructuredDigits) && references.TryGetValue(line.StructuredDigits!, out var contract))
        {
            return new MatchResult(PaymentStatus.Matched, contract.ContractId, contract.ResidentId);
        }

        var payer = Words(line.CounterpartyName);
        if (payer.Count == 0)
        {
            return MatchResult.None;
        }

        var candidates = debts.Candidates(line.Amount, payer).Select(d => (d.ContractId, d.ResidentId)).Distinct().ToList();
        return candidates.Count == 1 ? new MatchResult(PaymentStatus.Suggested, candidates[0].ContractId, candidates[0].ResidentId) : MatchResult.None;
    }

    /// <summary>The words of a name: lower case, without accents, split on anything that is not a letter or digit.</summary>
    public static HashSet<string> Words(string? name)
    {
        var folded = new StringBuilder();
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}

/// <summary>
/// Open debts indexed by the amounts a payment for them could have (the debt's amount and what is still open of it) and
/// by one word of the resident's name (the longest: every word must be in the payer's name anyway), so finding the
/// candidates of a payment costs a few look-ups, not a pass over every debt.
/// </summary>
internal sealed class DebtIndex
{
    private readonly Dictionary<(decimal Amount, string Word), List<(OpenDebt Debt, HashSet<string> Words)>> index = [];

    public DebtIndex(IEnumerable<OpenDebt> debts)
    {
        ArgumentNullException.ThrowIfNull(debts);
        foreach (var debt in debts)
        {
            var words = PaymentMatchRules.Words(debt.ResidentName);
            if (words.Count == 0)
            {
                continue;
            }

            var key = words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First();
            foreach (var amount in new[] { debt.Amount, debt.Open }.Distinct())
            {
                if (!index.TryGetValue((amount, key), out var list))
                {
                    index[(amount, key)] = list = [];
                }

                list.Add((debt, words));
            }
        }
    }

    /// <summary>The debts of exactly this amount whose resident's every name word is among <paramref name="payer"/>.</summary>
    public IEnumerable<OpenDebt> Candidates(decimal amount, IReadOnlySet<string> payer)
    {
        ArgumentNullException.ThrowIfNull(payer);
        return payer.SelectMany(w => index.TryGetValue((amount, w), out var list) ? list : [])
            .Where(d => d.Words.IsSubsetOf(payer)).Select(d => d.Debt);
    }
}
