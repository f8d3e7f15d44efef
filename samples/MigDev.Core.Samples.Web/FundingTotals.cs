namespace MigDev.Core.Samples.Web;

/// <summary>Turns a <see cref="FundingConversion"/> into the API's totals by funder, recipient and year.</summary>
internal static class FundingTotals
{
    /// <summary>The key of a line whose funders give no shares: the source does not say how they split it.</summary>
    public const string JointPrefix = "joint:";

    /// <summary>The key of a line with no recipient named.</summary>
    public const string NoRecipient = "unstated";

    /// <summary>The answer: each converted line counted under its funders (split as their shares split the amount, the
    /// parts adding up exactly to the converted line), its recipient and its value date's year; the rates used, each
    /// once; what could not be converted.</summary>
    public static FundingAnswer Answer(FundingConversion conversion, FundingStage stage, string at)
    {
        var byFunder = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        var byRecipient = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        var byYear = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        var rates = new List<RateAnswer>();
        foreach (var (commitment, line) in conversion.Lines)
        {
            foreach (var (funder, part) in SplitByFunder(commitment, line.Converted))
            {
                Add(byFunder, funder, part);
            }
            Add(byRecipient, commitment.Recipient?.Value ?? NoRecipient, line.Converted);
            Add(byYear, commitment.ValueDate!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Converted);
            foreach (var rate in RatesOf(line).Select(Rate).Where(r => !rates.Contains(r)))
            {
                rates.Add(rate);
            }
        }
        return new FundingAnswer(conversion.Target, stage, at, conversion.Total, conversion.Lines.Length,
            Lines(byFunder), Lines(byRecipient), Lines(byYear), [.. rates],
            [.. conversion.Unconverted.Select(u => new UnconvertedAnswer(u.Index, u.Commitment.Programme, u.Commitment.Amount, u.Commitment.ValueDate, u.Reason, u.Message))]);
    }

    /// <summary>A rate as the API writes it.</summary>
    public static RateAnswer Rate(ExchangeRate rate) =>
        new(rate.BaseCurrency, rate.QuoteCurrency, rate.Rate, FundingEndpoints.Iso(rate.Date), rate.Source.Name, rate.Derivation);

    // The rate of a line, and its two legs when it is a cross rate; none when no rate was needed (same currency).
    private static IEnumerable<ExchangeRate> RatesOf(CurrencyConversion line)
    {
        if (line.LegCount == 0)
        {
            yield break;
        }
        yield return line.Rate;
        if (line.LegCount == 2)
        {
            yield return line.FirstLeg!.Value;
            yield return line.SecondLeg!.Value;
        }
    }

    // The converted amount split in the proportions of the funders' parts of the original; one key for joint funders
    // without shares.
    private static IEnumerable<(string Funder, Money Part)> SplitByFunder(FundingCommitment commitment, Money converted)
    {
        if (commitment.Funders.Length > 1 && commitment.Funders[0].Share is null)
        {
            return [(JointPrefix + string.Join('+', commitment.Funders.Select(f => f.Funder.Value)), converted)];
        }
        var parts = commitment.SplitByFunder();
        if (parts.Length == 1)
        {
            return [(parts[0].Funder.Value, converted)];
        }
        var allocation = converted.Allocate([.. parts.Select(p => p.Part.Amount)]);
        return parts.Select((p, i) => (p.Funder.Value, allocation[i]));
    }

    private static void Add(SortedDictionary<string, Money> totals, string key, Money amount) =>
        totals[key] = totals.TryGetValue(key, out var sum) ? sum + amount : amount;

    private static TotalLine[] Lines(SortedDictionary<string, Money> totals) => [.. totals.Select(t => new TotalLine(t.Key, t.Value))];
}
