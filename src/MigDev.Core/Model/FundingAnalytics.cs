using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Funding arithmetic over a model's commitments: totals of one stage by funder, recipient and programme
/// (<see cref="Summarize(FundingStage)"/>), with the money two publishers both report counted once (<see cref="Pairs"/>), what is committed and not yet disbursed (<see cref="Outstanding(ProgrammeId)"/>), and every amount
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
    private readonly Lazy<(ImmutableArray<FundingFlowPair> Pairs, HashSet<int> Mirrors)> _pairs;

    /// <summary>Initializes the analytics of a model.</summary>
    /// <param name="model">The model whose commitments are totalled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public FundingAnalytics(MigDevModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _pairs = new(() =>
        {
            var pairs = FundingFlows.FindPairs(model);
            return (pairs, pairs.Select(p => p.IncomingIndex).ToHashSet());
        });
    }

    /// <summary>Gets the money the model holds twice, a giver's outgoing flow and its receiver's incoming flow
    /// (<see cref="FundingFlows.FindPairs(MigDevModel)"/>, found once and kept).</summary>
    public ImmutableArray<FundingFlowPair> Pairs => _pairs.Value.Pairs;

    /// <summary>Totals the amounts of one stage (relative figures have no amount and are left out), the money that two
    /// publishers both report counted once (<see cref="FlowCounting.CountedOnce"/>). Budgets are the ones in force
    /// (<see cref="BudgetView.RevisedWhereRevised"/>): an original a revision replaces
    /// (<see cref="FundingCommitment.IsSuperseded"/>) is left out, so the two are never added; for the other views, see
    /// <see cref="SummarizeBudgets"/>.</summary>
    /// <param name="stage">The stage: commitments, disbursements...</param>
    /// <returns>The totals by funder, recipient, programme, direction and reporter, per currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException">A co-financed amount is not a whole number of minor units and cannot
    /// be split by its shares.</exception>
    public FundingSummary Summarize(FundingStage stage) => Summarize(stage, FlowCounting.CountedOnce);

    /// <summary>Totals the amounts of one stage, counting the money that two publishers both report
    /// (<see cref="Pairs"/>) once or as reported; budgets as <see cref="Summarize(FundingStage)"/> counts them.</summary>
    /// <param name="stage">The stage: commitments, disbursements...</param>
    /// <param name="counting">Whether the incoming half of each pair is left out (<see cref="FlowCounting.CountedOnce"/>)
    /// or counted (<see cref="FlowCounting.AsReported"/>).</param>
    /// <returns>The totals by funder, recipient, programme, direction and reporter, per currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> or <paramref name="counting"/> is not a
    /// defined value.</exception>
    /// <exception cref="InvalidOperationException">A co-financed amount is not a whole number of minor units and cannot
    /// be split by its shares.</exception>
    public FundingSummary Summarize(FundingStage stage, FlowCounting counting)
    {
        Guard.Against.UndefinedEnum(stage);
        Guard.Against.UndefinedEnum(counting);
        if (stage == FundingStage.Budget)
        {
            return SummarizeBudgets(BudgetView.RevisedWhereRevised);
        }
        if (counting == FlowCounting.AsReported)
        {
            return Sum(stage, static (_, _) => true);
        }
        var mirrors = _pairs.Value.Mirrors;
        return Sum(stage, (_, i) => !mirrors.Contains(i));
    }

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
            BudgetView.OriginalOnly => Sum(FundingStage.Budget, static (c, _) => c.BudgetKind == BudgetKind.Original),
            BudgetView.IndicativeOnly => Sum(FundingStage.Budget, static (c, _) => !c.IsSuperseded && c.IsIndicative),
            BudgetView.CommittedOnly => Sum(FundingStage.Budget, static (c, _) => !c.IsSuperseded && !c.IsIndicative),
            _ => Sum(FundingStage.Budget, static (c, _) => !c.IsSuperseded),
        };
    }

    private FundingSummary Sum(FundingStage stage, Func<FundingCommitment, int, bool> counted)
    {
        var totals = new Totals();
        for (var i = 0; i < _model.Commitments.Length; i++)
        {
            var c = _model.Commitments[i];
            if (c.Stage == stage && c.Amount is not null && counted(c, i))
            {
                totals.Add(c);
            }
        }
        return totals.ToSummary(stage);
    }

    /// <summary>Returns what is committed to a programme and not yet disbursed, per currency: committed − disbursed, in
    /// each direction, added up (for a programme that both receives and gives money, ask per direction).</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The outstanding amounts; a currency with nothing committed but something disbursed shows a negative
    /// amount (which <see cref="ModelValidator.Validate"/> reports as a fault).</returns>
    /// <exception cref="ArgumentException"><paramref name="programme"/> is <c>default</c>.</exception>
    public MoneyBag Outstanding(ProgrammeId programme) => Outstanding(programme, static _ => true);

    /// <summary>Returns what is committed to a programme and not yet disbursed in one direction, per currency: the
    /// commitments of that direction − its disbursements (incoming commitments − incoming funds, or outgoing commitments −
    /// disbursements).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="direction">The direction, as each commitment states it (<see cref="FlowDirection.Unstated"/> for the
    /// catalog's).</param>
    /// <returns>The outstanding amounts; negative where more is disbursed than committed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="programme"/> is <c>default</c>.</exception>
    public MoneyBag Outstanding(ProgrammeId programme, FlowDirection direction)
    {
        Guard.Against.UndefinedEnum(direction);
        return Outstanding(programme, c => c.Direction == direction);
    }

    private MoneyBag Outstanding(ProgrammeId programme, Func<FundingCommitment, bool> counted)
    {
        Guard.Against.DefaultValue(programme);
        var outstanding = MoneyBag.Empty;
        foreach (var c in _model.Commitments.Where(c => c.Programme == programme && c.Amount is not null && counted(c)))
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
    /// line keeping its rate, date, source and policy (<see cref="CurrencyConversion"/>); what cannot be converted (no
    /// value date, no rate, or an amount, a rate or the total beyond the range of <see cref="decimal"/>) is listed with
    /// the reason, never thrown at the caller or dropped.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="converter">The converter (<see cref="CurrencyConverter.Ecb"/> for the ECB's rates).</param>
    /// <param name="target">The reporting currency.</param>
    /// <param name="policy">How to choose each rate.</param>
    /// <param name="dayOf">Which day stands for a value date of year or month precision (its first day, its last,
    /// the first business day...): a choice the caller states, because the source does not.</param>
    /// <returns>The lines in the model's order, rounded to the target's minor unit, and the commitments not converted.
    /// For <see cref="FundingStage.Budget"/>, the budgets in force, as <see cref="Summarize(FundingStage)"/> counts
    /// them: an original that a revision replaces (<see cref="FundingCommitment.IsSuperseded"/>) is left out, so the
    /// lines never hold both; and the money two publishers both report is there once, as its giver reports it (the
    /// incoming half of each of <see cref="Pairs"/> is left out), so the lines add up to what
    /// <see cref="Summarize(FundingStage)"/> counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="target"/> has no (known) minor unit to round to.</exception>
    public FundingConversion ConvertAll(FundingStage stage, CurrencyConverter converter, CurrencyCode target, RatePolicy policy, Func<PartialDate, NodaTime.LocalDate> dayOf)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(dayOf);
        Guard.Against.DefaultValue(target);
        var lines = ImmutableArray.CreateBuilder<(FundingCommitment, CurrencyConversion)>();
        var unconverted = ImmutableArray.CreateBuilder<UnconvertedCommitment>();
        var mirrors = _pairs.Value.Mirrors;
        var total = Money.Zero(target);
        for (var i = 0; i < _model.Commitments.Length; i++)
        {
            var c = _model.Commitments[i];
            if (c.Stage != stage || c.Amount is not { } amount || c.IsSuperseded || mirrors.Contains(i))
            {
                continue;
            }
            if (c.ValueDate is not { } valueDate)
            {
                unconverted.Add(new UnconvertedCommitment(i, c, UnconvertedReason.NoValueDate, "no value date to choose a rate by"));
            }
            else if (TryConvert(converter, amount, target, dayOf(valueDate), policy, ref total, out var line, out var reason, out var why))
            {
                lines.Add((c, line));
            }
            else
            {
                unconverted.Add(new UnconvertedCommitment(i, c, reason, why));
            }
        }
        return new FundingConversion(target, lines.ToImmutable(), unconverted.ToImmutable());
    }

    // Converts one amount and adds it to the running total, or says why not: no rate, or the amount, a rate or the
    // total beyond decimal's range.
    private static bool TryConvert(CurrencyConverter converter, Money amount, CurrencyCode target, NodaTime.LocalDate day, RatePolicy policy, ref Money total, out CurrencyConversion line, out UnconvertedReason reason, out string why)
    {
        (line, reason, why) = (default, UnconvertedReason.NoRate, "");
        try
        {
            line = converter.Convert(amount, target, day, policy, Money.DefaultMidpointRounding);
        }
        catch (ExchangeRateNotFoundException e)
        {
            why = e.Message;
            return false;
        }
        catch (OverflowException e)
        {
            (reason, why) = (UnconvertedReason.OutOfRange, e.Message);
            return false;
        }
        if (!MoneyRange.TryAdd(total, line.Converted, out var sum))
        {
            (reason, why) = (UnconvertedReason.OutOfRange, MoneyRange.SumBeyond("Adding it to the total converted so far", total, line.Converted).Message);
            return false;
        }
        total = sum;
        return true;
    }
}
