using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;
using System.Globalization;

namespace MigDev.Core;

/// <summary>
/// How a <see cref="CurrencyConverter"/> chooses the rate for a date: the rate of that exact date, the latest published
/// on or before it, a fixed rate, or the first of several of these that succeeds. The chosen policy is recorded on
/// every <see cref="CurrencyConversion"/>.
/// </summary>
/// <remarks>Immutable; safe to share across threads. Equality is by reference.</remarks>
public sealed class RatePolicy
{
    /// <summary>The default look-back of <see cref="LatestOnOrBefore(int)"/>: 4 days. The longest gap between two ECB
    /// publications in 1999-2026 is 5 days (Easter, Christmas), so 4 days back always reaches the previous
    /// publication; a longer gap means a stale or suspended rate, which should fail rather than be used silently.</summary>
    public const int DefaultMaxDaysBack = 4;

    /// <summary>The most policies a <see cref="FirstOf"/> chain tries: 1,000. A fallback chain is a handful of
    /// policies; many contractual rates are a <see cref="SuppliedExchangeRateProvider"/>, not a chain. The limit
    /// bounds what a conversion that finds nothing tries, and the length of the chain's description.</summary>
    public const int MaxAlternatives = 1_000;

    private readonly ExchangeRate _fixedRate;

    private RatePolicy(RatePolicyKind kind, int maxDaysBack, ExchangeRate fixedRate, ImmutableArray<RatePolicy> alternatives)
    {
        Kind = kind;
        MaxDaysBack = maxDaysBack;
        _fixedRate = fixedRate;
        Alternatives = alternatives;
    }

    /// <summary>Gets the policy that accepts only a rate published on exactly the date asked for.</summary>
    public static RatePolicy ExactDate { get; } = new(RatePolicyKind.ExactDate, 0, default, []);

    /// <summary>Gets the kind of policy.</summary>
    public RatePolicyKind Kind { get; }

    /// <summary>Gets how many days before the date a <see cref="RatePolicyKind.LatestOnOrBefore"/> policy may look
    /// (0 for the other kinds).</summary>
    public int MaxDaysBack { get; }

    /// <summary>Gets the rate of a <see cref="RatePolicyKind.Fixed"/> policy; <c>default</c> for the other kinds.</summary>
    public ExchangeRate FixedRate => _fixedRate;

    // The fixed rate, read in place (a converter's fast path copies nothing).
    internal ref readonly ExchangeRate FixedRateRef => ref _fixedRate;

    /// <summary>Gets the policies of a <see cref="RatePolicyKind.FirstOf"/> policy, in the order tried; empty for the
    /// other kinds. None of them is itself a <see cref="RatePolicyKind.FirstOf"/>: <see cref="FirstOf"/> puts a
    /// chain's own policies in its place.</summary>
    public ImmutableArray<RatePolicy> Alternatives { get; }

    /// <summary>Returns the policy that takes the latest rate published on or before the date, looking back at most
    /// <paramref name="maxDaysBack"/> days (the ECB publishes nothing on weekends and TARGET holidays).</summary>
    /// <param name="maxDaysBack">The most calendar days before the date to look, from 0 (the date itself only, as
    /// <see cref="ExactDate"/>) to 366 (a year, leap day included); <see cref="DefaultMaxDaysBack"/> (4) by default.</param>
    /// <returns>The policy.</returns>
    /// <remarks>
    /// <para>The look-back counts calendar days, not publications: the converter tries the date asked for, then the
    /// day before, and so on, at most <paramref name="maxDaysBack"/> days back, and takes the first day with a rate.
    /// On each day it tries a direct or inverse rate, then a cross, whose two legs are both looked up on that day
    /// (over a <see cref="CompositeExchangeRateProvider"/>, from any of its providers). A cross of the date asked for
    /// therefore beats a direct rate of the day before, and two legs are never taken from two different days of a
    /// daily source (a rate supplied for a period, such as a month, answers on every day of it and keeps its own
    /// date). <see cref="CurrencyConversion.DaysBack"/> says how far back the rate found is dated.</para>
    /// <para>The limit is 366 days so that a stale rate is never used by accident: a currency the ECB stopped
    /// publishing (CYP in 2008, ISK from 2008 to 2018) would otherwise convert for ever at its last rate. For a rate
    /// that stays valid longer, supply it over its period (<see cref="SuppliedExchangeRateProvider.Add(ExchangeRate, NodaTime.DateInterval)"/>),
    /// use <see cref="Fixed"/>, or, for a currency the euro replaced, <see cref="OfficialFixedRateProvider"/>. Each
    /// day back costs one lookup per provider and leg, so a long look-back over a missing pair is slower to fail.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDaysBack"/> is outside 0..366: the message is
    /// "maxDaysBack must be between 0 and 366, was 400." for 400.</exception>
    public static RatePolicy LatestOnOrBefore(int maxDaysBack = DefaultMaxDaysBack)
    {
        Guard.Against.OutOfRange(maxDaysBack, 0, 366);
        return new RatePolicy(RatePolicyKind.LatestOnOrBefore, maxDaysBack, default, []);
    }

    /// <summary>Returns the policy that uses a rate the caller fixes, for its pair (or the inverse direction), on any
    /// date: a donor's contractual rate.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>.</exception>
    public static RatePolicy Fixed(ExchangeRate rate)
    {
        Guard.Against.DefaultValue(rate);
        return new RatePolicy(RatePolicyKind.Fixed, 0, rate, []);
    }

    /// <summary>Returns the policy that tries several policies in order and uses the first that finds a rate: a
    /// fallback chain such as "the contractual rate, else the ECB rate of the date, else the latest before it".</summary>
    /// <param name="policies">The policies, at least one.</param>
    /// <returns>The policy.</returns>
    /// <remarks>A chain given as one of <paramref name="policies"/> is replaced by its own policies, in order: trying
    /// <c>FirstOf(a, b)</c> then <c>c</c> is trying <c>a</c>, <c>b</c>, <c>c</c>, so <c>FirstOf(FirstOf(a, b), c)</c>
    /// behaves as, and is described as, <c>FirstOf(a, b, c)</c>, and the <see cref="CurrencyConversion.AppliedPolicy"/>
    /// is the same one of them. A chain is therefore never nested, whatever way it was built, and a conversion tries
    /// its <see cref="Alternatives"/> one after the other, in time linear in their number. At most
    /// <see cref="MaxAlternatives"/> (1,000) policies, counted after a chain is replaced by its own.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="policies"/> is empty, or makes a chain of more than
    /// <see cref="MaxAlternatives"/> policies: the message is "A fallback chain tries at most 1000 policies (a chain
    /// given as an alternative counts as its policies); these are 1001."</exception>
    public static RatePolicy FirstOf(params RatePolicy[] policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Guard.Against.Invalid(policies.Length == 0, "A fallback chain needs at least one policy.", nameof(policies));
        var count = 0L;
        for (var i = 0; i < policies.Length; i++)
        {
            count += Guard.Against.NullElement(policies[i], i, nameof(policies)).Kind == RatePolicyKind.FirstOf ? policies[i].Alternatives.Length : 1;
        }
        Guard.Against.Invalid(count > MaxAlternatives, $"A fallback chain tries at most {MaxAlternatives} policies (a chain given as an alternative counts as its policies); these are {count}.", nameof(policies));
        var alternatives = ImmutableArray.CreateBuilder<RatePolicy>((int)count);
        foreach (var policy in policies)
        {
            if (policy.Kind == RatePolicyKind.FirstOf)
            {
                alternatives.AddRange(policy.Alternatives);
            }
            else
            {
                alternatives.Add(policy);
            }
        }
        return new RatePolicy(RatePolicyKind.FirstOf, 0, default, alternatives.MoveToImmutable());
    }

    /// <summary>Describes the policy: <c>exact date</c>, <c>latest on or before, up to 4 days back</c>,
    /// <c>fixed EUR→USD 1.5 ...</c>, or <c>first of (...)</c> with its policies separated by <c>; </c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        RatePolicyKind.ExactDate => "exact date",
        RatePolicyKind.LatestOnOrBefore => string.Create(CultureInfo.InvariantCulture, $"latest on or before, up to {MaxDaysBack} days back"),
        RatePolicyKind.Fixed => $"fixed {FixedRate}",
        _ => $"first of ({string.Join("; ", Alternatives)})",
    };
}
