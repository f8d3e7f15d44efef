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
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FundingCommitment : IEquatable<FundingCommitment>
{
    /// <summary>Initializes a funding commitment; give either <paramref name="amount"/> or
    /// <paramref name="relativeAmount"/> with <paramref name="relativeTo"/>.</summary>
    /// <param name="funders">The funders, at least one, each once; if any has a share, all have, and the shares add up
    /// to the whole.</param>
    /// <param name="stage">Pledge, commitment, disbursement or expenditure.</param>
    /// <param name="amount">The amount, as stated.</param>
    /// <param name="relativeAmount">A relative figure instead of an amount: "one third".</param>
    /// <param name="relativeTo">What the relative figure is of: "the funds required".</param>
    /// <param name="recipient">Who receives or manages the funds.</param>
    /// <param name="programme">The programme funded.</param>
    /// <param name="valueDate">The value date, as precisely as stated; the currency must be in use on it.</param>
    /// <param name="period">The period the funds cover ("over three years").</param>
    /// <param name="isIndicative"><see langword="true"/> for an indicative figure (a budget, "approximately EUR 10
    /// million"), <see langword="false"/> for a committed one.</param>
    /// <param name="citations">Where it comes from.</param>
    /// <param name="note">A note on how the source was read, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="funders"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the field and the value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined value.</exception>
    public FundingCommitment(
        IEnumerable<FundingContribution> funders,
        FundingStage stage,
        Money? amount = null,
        Share? relativeAmount = null,
        string? relativeTo = null,
        AgencyId? recipient = null,
        ProgrammeId? programme = null,
        PartialDate? valueDate = null,
        Timeframe? period = null,
        bool isIndicative = false,
        IEnumerable<Citation>? citations = null,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(funders);
        Funders = [.. funders];
        if (Funders.IsEmpty || Funders.Any(f => f is null))
        {
            throw new ArgumentException("A funding commitment needs at least one funder, and no null.", nameof(funders));
        }
        if (Funders.GroupBy(f => f.Funder).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The funder '{twice.Key}' is listed twice.", nameof(funders));
        }
        var withShares = Funders.Count(f => f.Share is not null);
        if (withShares > 0 && (withShares < Funders.Length || !Share.AreWhole(Funders.Select(f => f.Share!.Value))))
        {
            throw new ArgumentException($"Co-financing shares must be given for every funder and add up to the whole, were {string.Join(", ", Funders)}.", nameof(funders));
        }
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, $"stage must be a defined FundingStage, was {(int)stage}.");
        }
        if (amount is null == relativeAmount is null)
        {
            throw new ArgumentException($"Give either an amount or a relative amount, not {(amount is null ? "neither" : "both")}.", nameof(amount));
        }
        if (amount is { IsDefault: true })
        {
            throw new ArgumentException("default(Money) is not an amount.", nameof(amount));
        }
        if (relativeAmount is not null && string.IsNullOrWhiteSpace(relativeTo))
        {
            throw new ArgumentException($"A relative amount ({relativeAmount}) must say what it is a share of.", nameof(relativeTo));
        }
        if (amount is { } a && valueDate is { } d && !a.Currency.IsInUseOn(d.FirstDay))
        {
            throw new ArgumentException($"The currency {a.Currency} of {a} was withdrawn in {a.Currency.WithdrawalMonth}, before the value date {d}.", nameof(valueDate));
        }
        if (recipient is { IsDefault: true } || programme is { IsDefault: true } || valueDate is { IsDefault: true })
        {
            throw new ArgumentException("A recipient, programme or value date, when given, must not be default.", recipient is { IsDefault: true } ? nameof(recipient) : programme is { IsDefault: true } ? nameof(programme) : nameof(valueDate));
        }
        Stage = stage;
        Amount = amount;
        RelativeAmount = relativeAmount;
        RelativeTo = relativeAmount is null ? null : relativeTo;
        Recipient = recipient;
        Programme = programme;
        ValueDate = valueDate;
        Period = period;
        IsIndicative = isIndicative;
        Citations = Provenance.Citations(citations, "Commitment", nameof(citations));
        Note = Provenance.Optional(note);
    }

    /// <summary>Gets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; }

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

    /// <summary>Gets who receives or manages the funds.</summary>
    public AgencyId? Recipient { get; }

    /// <summary>Gets the programme funded.</summary>
    public ProgrammeId? Programme { get; }

    /// <summary>Gets the value date, as precisely as stated.</summary>
    public PartialDate? ValueDate { get; }

    /// <summary>Gets the period the funds cover.</summary>
    public Timeframe? Period { get; }

    /// <summary>Gets a value indicating whether the figure is indicative rather than committed.</summary>
    public bool IsIndicative { get; }

    /// <summary>Gets where the commitment comes from.</summary>
    public ImmutableArray<Citation> Citations { get; }

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
        && IsIndicative == other.IsIndicative && Citations.SequenceEqual(other.Citations)
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
        return hash.ToHashCode();
    }

    /// <summary>Returns a summary such as <c>Commitment EUR 15000000 from european-commission for jmdi (2008)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Stage} {(Amount?.ToString() ?? $"{RelativeAmount} of {RelativeTo}")} from {string.Join(", ", Funders)}"
        + (Programme is { } p ? $" for {p}" : "") + (ValueDate is { } d ? $" ({d})" : "") + (IsIndicative ? ", indicative" : "");
}
