using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Funding arithmetic over a model's commitments: totals of one stage by funder, recipient and programme
/// (<see cref="Summarize"/>), what is committed and not yet disbursed (<see cref="Outstanding"/>), and every amount
/// converted at its own value date (<see cref="ConvertAll"/>).
/// </summary>
/// <remarks>
/// <para>Amounts are totalled per currency and never converted unless asked (<see cref="ConvertAll"/>); relative
/// figures have no amount and are left out. Each stage is summed on its own.</para>
/// <para>Immutable (the model is); safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var analytics = new FundingAnalytics(MigDevCatalog.Default.Model);
/// var committed = analytics.Summarize(FundingStage.Commitment).Total;   // per currency
/// </code>
/// </example>
public sealed class FundingAnalytics
{
    private readonly MigDevModel _model;

    /// <summary>Initializes the analytics of a model.</summary>
    /// <param name="model">The model whose commitments are totalled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public FundingAnalytics(MigDevModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>Totals the amounts of one stage (relative figures have no amount and are left out). Budgets are the ones
    /// in force (<see cref="BudgetView.RevisedWhereRevised"/>): an original a revision replaces
    /// (<see cref="FundingCommitment.IsSuperseded"/>) is left out, so the two are never added; for the other views, see
    /// <see cref="SummarizeBudgets"/>.</summary>
    /// <param name="stage">The stage: commitments, disbursements...</param>
    /// <returns>The totals by funder, recipient and programme, per currency.</returns>
    /// <exception cref="InvalidOperationException">A co-financed amount is not a whole number of minor units and cannot
    /// be split by its shares.</exception>
    public FundingSummary Summarize(FundingStage stage) =>
        stage == FundingStage.Budget ? SummarizeBudgets(BudgetView.RevisedWhereRevised) : Sum(stage, static _ => true);

    /// <summary>Totals the budgets (<see cref="FundingStage.Budget"/>) of one view: the ones in force (revised where
    /// revised, the default), the originals only, or those in force that are indicative or committed.</summary>
    /// <param name="view">Which budgets to add.</param>
    /// <returns>The totals by funder, recipient and programme, per currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="view"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">A co-financed amount is not a whole number of minor units and cannot
    /// be split by its shares.</exception>
    public FundingSummary SummarizeBudgets(BudgetView view)
    {
        Guard.Against.UndefinedEnum(view);
        return view switch
        {
            BudgetView.OriginalOnly => Sum(FundingStage.Budget, static c => c.BudgetKind == BudgetKind.Original),
            BudgetView.IndicativeOnly => Sum(FundingStage.Budget, static c => !c.IsSuperseded && c.IsIndicative),
            BudgetView.CommittedOnly => Sum(FundingStage.Budget, static c => !c.IsSuperseded && !c.IsIndicative),
            _ => Sum(FundingStage.Budget, static c => !c.IsSuperseded),
        };
    }

    private FundingSummary Sum(FundingStage stage, Func<FundingCommitment, bool> counted)
    {
        var byFunder = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
        var byRecipient = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
        var byProgramme = ImmutableSortedDictionary.CreateBuilder<ProgrammeId, MoneyBag>();
        var joint = MoneyBag.Empty;
        var total = MoneyBag.Empty;
        foreach (var c in _model.Commitments.Where(c => c.Stage == stage && c.Amount is not null && counted(c)))
        {
            var amount = c.Amount!.Value;
            total += amount;
            if (c.Funders.Length > 1 && c.Funders[0].Share is null)
            {
                joint += amount;
            }
            else
            {
                foreach (var (funder, part) in c.SplitByFunder())
                {
                    byFunder[funder] = byFunder.GetValueOrDefault(funder, MoneyBag.Empty) + part;
                }
            }
            if (c.Recipient is { } recipient)
            {
                byRecipient[recipient] = byRecipient.GetValueOrDefault(recipient, MoneyBag.Empty) + amount;
            }
            if (c.Programme is { } programme)
            {
                byProgramme[programme] = byProgramme.GetValueOrDefault(programme, MoneyBag.Empty) + amount;
            }
        }
        return new FundingSummary(stage, byFunder.ToImmutable(), joint, byRecipient.ToImmutable(), byProgramme.ToImmutable(), total);
    }

    /// <summary>Returns what is committed to a programme and not yet disbursed, per currency: committed − disbursed.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The outstanding amounts; a currency with nothing committed but something disbursed shows a negative
    /// amount (which <see cref="ModelValidator.Validate"/> reports as a fault).</returns>
    public MoneyBag Outstanding(ProgrammeId programme)
    {
        var outstanding = MoneyBag.Empty;
        foreach (var c in _model.Commitments.Where(c => c.Programme == programme && c.Amount is not null))
        {
            if (c.Stage == FundingStage.Commitment)
            {
                outstanding += c.Amount!.Value;
            }
            else if (c.Stage == FundingStage.Disbursement)
            {
                outstanding += -c.Amount!.Value;
            }
        }
        return outstanding;
    }

    /// <summary>Converts every amount of one stage into a reporting currency at the rate of its own value date, each
    /// line keeping its rate, date, source and policy (<see cref="CurrencyConversion"/>).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="converter">The converter (<see cref="CurrencyConverter.Ecb"/> for the ECB's rates).</param>
    /// <param name="target">The reporting currency.</param>
    /// <param name="policy">How to choose each rate.</param>
    /// <param name="dayOf">Which day stands for a value date of year or month precision (its first day, its last,
    /// the first business day...): a choice the caller states, because the source does not.</param>
    /// <returns>Each commitment with its conversion, rounded to the target's minor unit, in the model's order. For
    /// <see cref="FundingStage.Budget"/>, the budgets in force, as <see cref="Summarize"/> counts them: an original that
    /// a revision replaces (<see cref="FundingCommitment.IsSuperseded"/>) is left out, so the lines never hold both.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A commitment with an amount has no value date.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate for a line under the policy.</exception>
    public ImmutableArray<(FundingCommitment Commitment, CurrencyConversion Conversion)> ConvertAll(
        FundingStage stage, CurrencyConverter converter, CurrencyCode target, RatePolicy policy, Func<PartialDate, NodaTime.LocalDate> dayOf)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(dayOf);
        var lines = ImmutableArray.CreateBuilder<(FundingCommitment, CurrencyConversion)>();
        foreach (var c in _model.Commitments.Where(c => c.Stage == stage && c.Amount is not null && !c.IsSuperseded))
        {
            var valueDate = c.ValueDate ?? throw new InvalidOperationException($"The commitment '{c}' has no value date to convert it at.");
            lines.Add((c, converter.Convert(c.Amount!.Value, target, dayOf(valueDate), policy, Money.DefaultMidpointRounding)));
        }
        return lines.ToImmutable();
    }
}
