using Ardalis.GuardClauses;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Money that funds migration-and-development work: who gives (one or several funders, with shares when they
/// co-finance), who receives or manages it, for which programme, the amount as <see cref="Money"/> or, where the source
/// states only a relative figure, a <see cref="Share"/> of something named; its value date or period, its stage, and
/// whether it is indicative.
/// </summary>
/// <remarks>
/// <para>Equality is by value: every field, lists element by element in order (a commitment has no identity of its
/// own beyond what it says).</para>
/// <para>A constructor takes what the commitment is (funders, stage, and either an amount or a relative figure);
/// every other field is an init-only property, checked when set with the rule and message the constructor used to
/// apply (a list set to <c>default</c> is empty), so that a field added later is not a breaking change. The one rule
/// across fields, a value date on which the amount's currency is still in use, is checked by
/// <see cref="ValueDate"/>'s init accessor against the amount the constructor already holds.</para>
/// <para>Immutable once initialized; safe to share across threads.</para>
/// </remarks>
public sealed class FundingCommitment : IEquatable<FundingCommitment>
{
    private const string Owner = "Commitment";

    private readonly AgencyId? _recipient;
    private readonly ProgrammeId? _programme;
    private readonly PartialDate? _valueDate;
    private readonly ImmutableArray<Citation> _citations = [];
    private readonly string? _note;
    private readonly BudgetKind _budgetKind;
    private readonly bool _isSuperseded;
    private readonly FlowDirection _direction;
    private readonly AgencyId? _reportedBy;
    private readonly string? _providerActivity;
    private readonly string? _receiverActivity;

    /// <summary>Initializes a funding commitment of an amount; the rest is set by the init properties:
    /// <c>new FundingCommitment([new(ec)], FundingStage.Commitment, amount) { Programme = jmdi, ValueDate = date }</c>.</summary>
    /// <param name="funders">The funders, at least one, each once; if any has a share, all have, and the shares add up
    /// to the whole.</param>
    /// <param name="stage">Pledge, commitment, disbursement, expenditure or budget.</param>
    /// <param name="amount">The amount, as stated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="funders"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule above is broken, or <paramref name="amount"/> is <c>default</c>; the
    /// message names the field and the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public FundingCommitment(IEnumerable<FundingContribution> funders, FundingStage stage, Money amount)
        : this(funders, stage, amount, null, null)
    {
    }

    /// <summary>Initializes a funding commitment the source states only as a relative figure ("one third of the funds
    /// required"); the rest is set by the init properties.</summary>
    /// <param name="funders">The funders, at least one, each once; if any has a share, all have, and the shares add up
    /// to the whole.</param>
    /// <param name="stage">Pledge, commitment, disbursement, expenditure or budget.</param>
    /// <param name="relativeAmount">The relative figure: "one third".</param>
    /// <param name="relativeTo">What the relative figure is of: "the funds required".</param>
    /// <exception cref="ArgumentNullException"><paramref name="funders"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule above is broken, <paramref name="relativeAmount"/> is <c>default</c>, or <paramref name="relativeTo"/> is
    /// <see langword="null"/>, empty or white space, or holds an unpaired surrogate; the message names the field and the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public FundingCommitment(IEnumerable<FundingContribution> funders, FundingStage stage, Share relativeAmount, string relativeTo)
        : this(funders, stage, null, relativeAmount, relativeTo)
    {
    }

    // Either an amount or a relative figure, as a document may give (or fail to give): the catalog reader's way in.
    internal FundingCommitment(IEnumerable<FundingContribution> funders, FundingStage stage, Money? amount, Share? relativeAmount, string? relativeTo)
    {
        Funders = Checked(funders);
        Guard.Against.UndefinedEnum(stage);
        Guard.Against.Invalid(amount is null == relativeAmount is null, $"Give either an amount or a relative amount, not {(amount is null ? "neither" : "both")}.", nameof(amount));
        Guard.Against.DefaultValue(amount);
        Guard.Against.DefaultValue(relativeAmount);
        RelativeTo = relativeTo is null ? null : Provenance.Text(relativeTo, $"{Owner}", nameof(relativeTo));
        Guard.Against.Invalid(relativeAmount is not null && relativeTo is null, $"A relative amount ({relativeAmount}) must say what it is a share of.", nameof(relativeTo));
        // An amount is not relative: a relativeTo beside it would be dropped, so it is refused.
        Guard.Against.Invalid(relativeAmount is null && relativeTo is not null, $"relativeTo ('{relativeTo}') is what a relative amount is a share of; an amount ({amount}) is not relative.", nameof(relativeTo));
        Stage = stage;
        Amount = amount;
        RelativeAmount = relativeAmount;
    }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the commitment and the field.</exception>
    public string? Note { get => _note; init => _note = Provenance.Optional(value, $"{Owner}", "note"); }

    /// <summary>Gets the funders, in the order given.</summary>
    public ImmutableArray<FundingContribution> Funders { get; }

    /// <summary>Gets the stage.</summary>
    public FundingStage Stage { get; }

    /// <summary>Gets the amount, or <see langword="null"/> when only a relative figure is stated.</summary>
    public Money? Amount { get; }

    /// <summary>Gets the relative figure, when no amount is stated.</summary>
    public Share? RelativeAmount { get; }

    /// <summary>Gets what <see cref="RelativeAmount"/> is a share of.</summary>
    public string? RelativeTo { get; }

    /// <summary>Gets who receives or manages the funds, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>.</exception>
    public AgencyId? Recipient { get => _recipient; init => _recipient = NotDefault(value); }

    /// <summary>Gets the programme funded, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>.</exception>
    public ProgrammeId? Programme { get => _programme; init => _programme = NotDefault(value); }

    /// <summary>Gets the value date, as precisely as stated, or <see langword="null"/>; the currency of
    /// <see cref="Amount"/> must be in use on it.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>, or to a date after the amount's currency was withdrawn
    /// (CYP in 2009); the message names the currency, its withdrawal and the date.</exception>
    public PartialDate? ValueDate { get => _valueDate; init => _valueDate = InUse(Amount, value); }

    /// <summary>Gets the period the funds cover ("over three years"), or <see langword="null"/>.</summary>
    public Timeframe? Period { get; init; }

    /// <summary>Gets a value indicating whether the figure is indicative (a budget, "approximately EUR 10 million")
    /// rather than committed; <see langword="false"/> unless set.</summary>
    public bool IsIndicative { get; init; }

    /// <summary>Gets whether a budget is the original for its period or a revision (IATI BudgetType);
    /// <see cref="BudgetKind.Original"/> unless set, and always for the other stages.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not defined.</exception>
    /// <exception cref="ArgumentException">Set to <see cref="BudgetKind.Revised"/> on a commitment whose
    /// <see cref="Stage"/> is not <see cref="FundingStage.Budget"/>, or on one that <see cref="IsSuperseded"/>.</exception>
    public BudgetKind BudgetKind { get => _budgetKind; init => _budgetKind = Kind(Stage, value, _isSuperseded); }

    /// <summary>Gets a value indicating whether this original budget is replaced by a revised budget covering its period
    /// (see docs/iati.md, "Budgets"): it stays in the model, and budget totals leave it out unless asked for the
    /// originals (<see cref="BudgetView.OriginalOnly"/>); <see langword="false"/> unless set.</summary>
    /// <exception cref="ArgumentException">Set to <see langword="true"/> on a commitment whose <see cref="Stage"/> is not
    /// <see cref="FundingStage.Budget"/>, or on a <see cref="BudgetKind.Revised"/> budget.</exception>
    public bool IsSuperseded { get => _isSuperseded; init => _isSuperseded = Superseded(Stage, _budgetKind, value); }

    /// <summary>Gets which way the money moves as seen from <see cref="ReportedBy"/> (the reporter gives it, or receives
    /// it); <see cref="FlowDirection.Unstated"/> unless set, and always for a budget.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not defined.</exception>
    /// <exception cref="ArgumentException">Set to a direction on a commitment whose <see cref="Stage"/> is
    /// <see cref="FundingStage.Budget"/>: a budget is planned money, not a flow.</exception>
    public FlowDirection Direction { get => _direction; init => _direction = DirectionOf(Stage, value); }

    /// <summary>Gets the agency that reports the flow (an IATI <c>reporting-org</c>), whose side
    /// <see cref="Direction"/> is seen from, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>.</exception>
    public AgencyId? ReportedBy { get => _reportedBy; init => _reportedBy = NotDefault(value); }

    /// <summary>Gets the funder's own identifier of the activity the money comes from (IATI
    /// <c>provider-org/@provider-activity-id</c>), as written, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the commitment and the field.</exception>
    public string? ProviderActivity { get => _providerActivity; init => _providerActivity = Provenance.Optional(value, $"{Owner}", "providerActivity"); }

    /// <summary>Gets the recipient's own identifier of the activity the money goes to (IATI
    /// <c>receiver-org/@receiver-activity-id</c>), as written, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text (leave it <see langword="null"/> for
    /// none), or to one with an unpaired surrogate; the message names the commitment and the field.</exception>
    public string? ReceiverActivity { get => _receiverActivity; init => _receiverActivity = Provenance.Optional(value, $"{Owner}", "receiverActivity"); }

    /// <summary>Gets where the commitment comes from; empty unless set.</summary>
    /// <exception cref="ArgumentException">Set with a <see langword="null"/> element; the message gives the
    /// index.</exception>
    public ImmutableArray<Citation> Citations { get => _citations; init => _citations = Provenance.Citations(value, Owner, "citations"); }

    /// <summary>Compares two commitments by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FundingCommitment? left, FundingCommitment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two commitments by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(FundingCommitment? left, FundingCommitment? right) => !(left == right);

    /// <summary>Splits the amount between co-financers by their shares, in whole minor units of its currency (the
    /// allocation of <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>): the parts add up exactly to the amount.</summary>
    /// <returns>Each funder with its part, in the order of <see cref="Funders"/>.</returns>
    /// <exception cref="InvalidOperationException">There is no amount, the funders have no shares, or the amount is
    /// not a whole number of minor units.</exception>
    public ImmutableArray<(AgencyId Funder, Money Part)> SplitByFunder()
    {
        if (Amount is not { } amount)
        {
            throw new InvalidOperationException("This commitment states a relative figure, not an amount, so it cannot be split.");
        }
        if (Funders.Length == 1)
        {
            return [(Funders[0].Funder, amount)];
        }
        if (Funders[0].Share is null)
        {
            throw new InvalidOperationException($"The funders of {amount} have no shares: the source does not say how they co-finance it.");
        }

        // Exact integer weights: each share's numerator over the common denominator.
        var common = Funders.Aggregate(BigInteger.One, (l, f) => l * f.Share!.Value.Denominator / BigInteger.GreatestCommonDivisor(l, f.Share!.Value.Denominator));
        var weights = Funders.Select(f => (decimal)(f.Share!.Value.Numerator * (common / f.Share.Value.Denominator))).ToArray();
        var parts = amount.Allocate(weights);
        return [.. Funders.Select((f, i) => (f.Funder, parts[i]))];
    }

    /// <summary>Returns whether every field equals <paramref name="other"/>'s, lists element by element.</summary>
    /// <param name="other">The other commitment.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] FundingCommitment? other) =>
        other is not null && Funders.SequenceEqual(other.Funders) && Stage == other.Stage && Amount == other.Amount
        && RelativeAmount == other.RelativeAmount && string.Equals(RelativeTo, other.RelativeTo, StringComparison.Ordinal)
        && Recipient == other.Recipient && Programme == other.Programme && ValueDate == other.ValueDate && Period == other.Period
        && IsIndicative == other.IsIndicative && BudgetKind == other.BudgetKind && IsSuperseded == other.IsSuperseded
        && Direction == other.Direction && ReportedBy == other.ReportedBy && string.Equals(ProviderActivity, other.ProviderActivity, StringComparison.Ordinal)
        && string.Equals(ReceiverActivity, other.ReceiverActivity, StringComparison.Ordinal) && Citations.SequenceEqual(other.Citations)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FundingCommitment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var funder in Funders)
        {
            hash.Add(funder);
        }
        hash.Add(Stage);
        hash.Add(Amount);
        hash.Add(RelativeAmount);
        hash.Add(Programme);
        hash.Add(ValueDate);
        hash.Add(Direction);
        return hash.ToHashCode();
    }

    /// <summary>Returns a summary such as <c>Commitment EUR 15000000 from european-commission for jmdi (2008)</c>, with
    /// the direction and reporter when stated (<c>, incoming as reported by iom</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Stage} {(Amount?.ToString() ?? $"{RelativeAmount} of {RelativeTo}")} from {string.Join(", ", Funders)}"
        + (Programme is { } p ? $" for {p}" : "") + (ValueDate is { } d ? $" ({d})" : "") + (IsIndicative ? ", indicative" : "")
        + (BudgetKind == BudgetKind.Revised ? ", revised" : "") + (IsSuperseded ? ", superseded" : "")
        + (Direction == FlowDirection.Unstated ? "" : $", {(Direction == FlowDirection.Incoming ? "incoming" : "outgoing")}")
        + (ReportedBy is { } r ? $" as reported by {r}" : "");

    private static ImmutableArray<FundingContribution> Checked(IEnumerable<FundingContribution> funders)
    {
        ArgumentNullException.ThrowIfNull(funders);
        ImmutableArray<FundingContribution> list = [.. funders];
        Guard.Against.Invalid(list.IsEmpty || list.Any(f => f is null), "A funding commitment needs at least one funder, and no null.", nameof(funders));
        var twice = list.GroupBy(f => f.Funder).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Invalid(twice is not null, $"The funder '{twice?.Key}' is listed twice.", nameof(funders));
        var withShares = list.Count(f => f.Share is not null);
        Guard.Against.Invalid(withShares > 0 && (withShares < list.Length || !Share.AreWhole(list.Select(f => f.Share!.Value))), $"Co-financing shares must be given for every funder and add up to the whole, were {string.Join(", ", list)}.", nameof(funders));
        return list;
    }

    // The init accessors' checks, each named after the field it checks (the parameter name of the exception).
    private static AgencyId? NotDefault(AgencyId? recipient) => Guard.Against.DefaultValue(recipient);

    private static ProgrammeId? NotDefault(ProgrammeId? programme) => Guard.Against.DefaultValue(programme);

    // Both budget fields check each other, so the rule holds whatever order an initializer sets them in.
    private static BudgetKind Kind(FundingStage stage, BudgetKind budgetKind, bool superseded)
    {
        Guard.Against.UndefinedEnum(budgetKind);
        Guard.Against.Invalid(budgetKind == BudgetKind.Revised && stage != FundingStage.Budget, $"Only a budget can be revised; this commitment's stage is {stage}.", nameof(budgetKind));
        Guard.Against.Invalid(budgetKind == BudgetKind.Revised && superseded, "A superseded budget is an original, not a revision.", nameof(budgetKind));
        return budgetKind;
    }

    private static bool Superseded(FundingStage stage, BudgetKind budgetKind, bool isSuperseded)
    {
        Guard.Against.Invalid(isSuperseded && stage != FundingStage.Budget, $"Only a budget can be superseded; this commitment's stage is {stage}.", nameof(isSuperseded));
        Guard.Against.Invalid(isSuperseded && budgetKind == BudgetKind.Revised, "A revised budget cannot be superseded: only an original is.", nameof(isSuperseded));
        return isSuperseded;
    }

    private static FlowDirection DirectionOf(FundingStage stage, FlowDirection direction)
    {
        Guard.Against.UndefinedEnum(direction);
        Guard.Against.Invalid(direction != FlowDirection.Unstated && stage == FundingStage.Budget, $"A budget has no direction (was {direction}): it is planned money, not a flow.", nameof(direction));
        return direction;
    }

    private static PartialDate? InUse(Money? amount, PartialDate? valueDate)
    {
        Guard.Against.DefaultValue(valueDate);
        Guard.Against.Invalid(amount is { } a && valueDate is { } d && !a.Currency.IsInUseOn(d.FirstDay), $"The currency {amount?.Currency} of {amount} was withdrawn in {amount?.Currency.WithdrawalMonth}, before the value date {valueDate}.", nameof(valueDate));
        return valueDate;
    }
}
