using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Runtime.CompilerServices;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// Converts amounts between currencies at the rate of a date, under a <see cref="RatePolicy"/>, with rates from an
/// <see cref="IExchangeRateProvider"/>; every result records its rates, their dates and sources, the policy that
/// applied and the rounding done.
/// </summary>
/// <remarks>
/// <para>For a date, the converter looks for, in order: the pair as published; the opposite pair, inverted; and, when
/// the provider has a pivot currency (EUR for the ECB), the two legs through it, each published or inverted, crossed.
/// Both legs of a cross are looked up on the same date (a rate supplied for a period can be dated earlier; the cross
/// is dated as its older leg). Over a <see cref="CompositeExchangeRateProvider"/>, each leg comes from the first
/// provider that has it, and crosses are tried through each provider's pivot: its remarks give the rule.</para>
/// <para>An inverted rate is applied by dividing by the published rate, and the legs of a cross one after the other,
/// so converting through a fixed rate and back is exact (<see cref="CurrencyConversion.Unrounded"/>).</para>
/// <para>Converting allocates nothing. Immutable; safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var converter = CurrencyConverter.Ecb;
/// var jmdi = new Money(15_000_000.00m, CurrencyCode.EUR);
/// var usd = converter.Convert(jmdi, CurrencyCode.USD, new LocalDate(2008, 1, 1), RatePolicy.LatestOnOrBefore(), MidpointRounding.ToEven);
/// // usd.Converted: USD 22081500.00 at EUR→USD 1.4721 on 2007-12-31 (1 day back: no ECB rate on 1 January)
/// </code>
/// </example>
public sealed class CurrencyConverter
{
    private static readonly Lazy<CurrencyConverter> EcbInstance = new(() => new CurrencyConverter(EcbExchangeRateProvider.Default));

    // The providers asked, in order, and the pivots crosses are tried through: one of each for a plain provider, the
    // providers and pivots of a CompositeExchangeRateProvider.
    private readonly IExchangeRateProvider[] _providers;
    private readonly CurrencyCode[] _pivots;

    /// <summary>Initializes a converter over a rate provider.</summary>
    /// <param name="provider">The provider of published rates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <see langword="null"/>.</exception>
    public CurrencyConverter(IExchangeRateProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Provider = provider;
        if (provider is CompositeExchangeRateProvider composite)
        {
            _providers = [.. composite.Providers];
            _pivots = [.. composite.PivotCurrencies];
        }
        else
        {
            _providers = [provider];
            _pivots = provider.PivotCurrency is CurrencyCode pivot ? [pivot] : [];
        }
    }

    /// <summary>Gets a converter over the ECB's embedded history (<see cref="EcbExchangeRateProvider.Default"/>).</summary>
    public static CurrencyConverter Ecb => EcbInstance.Value;

    /// <summary>Gets the provider of published rates.</summary>
    public IExchangeRateProvider Provider { get; }

    /// <summary>Converts an amount into a currency at a date, without rounding.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="target">The currency to convert into.</param>
    /// <param name="date">The date whose rate to use, as the policy reads it.</param>
    /// <param name="policy">How to choose the rate.</param>
    /// <returns>The conversion, with <see cref="CurrencyConversion.Converted"/> equal to the exact product.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="amount"/> is <c>default</c>.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate under the policy; the exception names the pair, the
    /// date, the missing leg and the nearest rates available.</exception>
    /// <exception cref="OverflowException">The converted amount, or a step of it, is beyond the range of
    /// <see cref="decimal"/>, or so is a rate it needs (the inverse of a rate of 2·10^28 or more, a cross rate that
    /// rounds to zero or exceeds the range); the message names the amount and the rates.</exception>
    public CurrencyConversion Convert(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy) =>
        ConvertCore(amount, target, date, policy, null, throwIfMissing: true);

    /// <summary>Converts an amount into a currency at a date, rounding the result to the target's minor unit.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="target">The currency to convert into; it must have a minor unit.</param>
    /// <param name="date">The date whose rate to use, as the policy reads it.</param>
    /// <param name="policy">How to choose the rate.</param>
    /// <param name="rounding">The midpoint rule for the rounding, which is recorded on the result.</param>
    /// <returns>The conversion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="amount"/> is <c>default</c>, or the target has no
    /// (known) minor unit.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate under the policy.</exception>
    /// <exception cref="OverflowException">The converted amount, a step of it or a rate it needs is beyond the range of
    /// <see cref="decimal"/>; the message names the amount and the rates.</exception>
    public CurrencyConversion Convert(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding rounding) =>
        ConvertCore(amount, target, date, policy, rounding, throwIfMissing: true);

    /// <summary>Tries to convert an amount, without rounding; returns <see langword="false"/> where
    /// <see cref="Convert(Money, CurrencyCode, LocalDate, RatePolicy)"/> would throw
    /// <see cref="ExchangeRateNotFoundException"/> (no rate) or <see cref="OverflowException"/> (the result or a rate it
    /// needs beyond the range of <see cref="decimal"/>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="target">The currency to convert into.</param>
    /// <param name="date">The date.</param>
    /// <param name="policy">How to choose the rate.</param>
    /// <param name="conversion">The conversion, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if a rate was found and the result is in range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="amount"/> is <c>default</c>.</exception>
    public bool TryConvert(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, out CurrencyConversion conversion)
    {
        // ConvertCore checks the arguments; only OverflowException is caught, so argument errors still throw.
        try
        {
            conversion = ConvertCore(amount, target, date, policy, null, throwIfMissing: false);
            return !conversion.IsDefault;
        }
        catch (OverflowException)
        {
            // A rate or the result beyond decimal's range: Convert says which; Try only says no.
            conversion = default;
            return false;
        }
    }

    /// <summary>Finds the effective rate from one currency to another at a date under a policy.</summary>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date.</param>
    /// <param name="policy">How to choose the rate.</param>
    /// <returns>The rate, published or derived (its <see cref="ExchangeRate.Derivation"/> says which).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A currency is <c>default</c>.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate under the policy.</exception>
    /// <exception cref="OverflowException">The rate found has no inverse in <see cref="decimal"/> (a rate of 2·10^28
    /// or more), or a cross rate is beyond decimal's range or rounds to zero; the message names the rates.</exception>
    public ExchangeRate GetRate(CurrencyCode from, CurrencyCode to, LocalDate date, RatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.Against.DefaultValue(from);
        Guard.Against.DefaultValue(to);
        // The rate is the one a conversion of one unit applies: found by the same code, so the two never disagree.
        return ConvertCore(new Money(1m, from), to, date, policy, null, throwIfMissing: true).Rate;
    }

    /// <summary>Totals a multi-currency bag in one reporting currency at a date: each subtotal converted and rounded
    /// to the target's minor unit on its own line, and the total rounded once from the exact sum, with the difference
    /// between the two stated as <see cref="ConvertedTotal.RoundingResidual"/>.</summary>
    /// <param name="bag">The subtotals.</param>
    /// <param name="target">The reporting currency; it must have a minor unit.</param>
    /// <param name="date">The date of the rates.</param>
    /// <param name="policy">How to choose each rate.</param>
    /// <param name="rounding">The midpoint rule; to even by default.</param>
    /// <returns>The total, line by line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bag"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException">The target has no (known) minor unit.</exception>
    /// <exception cref="ExchangeRateNotFoundException">A currency of the bag has no rate under the policy.</exception>
    /// <exception cref="OverflowException">A line, or the total of the lines, is beyond the range of
    /// <see cref="decimal"/>; the message names the amounts.</exception>
    public ConvertedTotal Total(MoneyBag bag, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding rounding = Money.DefaultMidpointRounding)
    {
        ArgumentNullException.ThrowIfNull(bag);
        ArgumentNullException.ThrowIfNull(policy);
        Guard.Against.DefaultValue(target);
        var lines = new CurrencyConversion[bag.Count];
        var i = 0;
        foreach (var subtotal in bag)
        {
            lines[i++] = Convert(subtotal, target, date, policy, rounding);
        }
        return new ConvertedTotal(target, date, policy, rounding, lines);
    }

    // Issue 21: a conversion is built once, in the return buffer of the method that finds its rate. Nothing bigger than
    // a rate travels between these methods: a struct holding references copied through a byref costs a write barrier
    // per reference, and one returned through several inlined frames is copied at each. The paths that are not the
    // common ones are never inlined: a frame holding every path's temporaries would be zeroed on every call.
    // throwIfMissing: throw ExchangeRateNotFoundException where no rate is found (Convert), else return default
    // (TryConvert); the methods below return the conversion they build without a copy.
    private CurrencyConversion ConvertCore(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.Against.DefaultValue(target);
        if (amount.Currency == target)
        {
            return Identity(amount, date, policy, rounding);
        }
        return policy.Kind == RatePolicyKind.FirstOf
            ? ConvertFirstOf(amount, target, date, policy, rounding, throwIfMissing)
            : ConvertOne(amount, target, date, policy, rounding, throwIfMissing);
    }

    // Applies one policy that is not a chain (each method builds the conversion it returns).
    private CurrencyConversion ConvertOne(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        var kind = policy.Kind;
        if (kind == RatePolicyKind.ExactDate)
        {
            return ConvertAt(amount, target, date, date, policy, rounding, throwIfMissing);
        }
        return kind == RatePolicyKind.Fixed
            ? ConvertFixed(amount, target, date, policy, rounding, throwIfMissing)
            : LookBack(amount, target, date, policy, rounding, throwIfMissing);
    }

    // No rate: thrown, or default.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion Missing(CurrencyCode from, CurrencyCode to, LocalDate date, RatePolicy policy, bool throwIfMissing) =>
        throwIfMissing ? throw NotFound(from, to, date, policy) : default;

    // A currency converted to itself: its identity rate of 1 (no leg).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion Identity(Money amount, LocalDate date, RatePolicy policy, MidpointRounding? rounding)
    {
        var currency = amount.Currency;
        var identity = new ExchangeRate(currency, currency, 1m, date, Provider.Source, RateDerivation.Identity);
        return new CurrencyConversion(amount, in identity, in ExchangeRate.NoLeg, date, policy, rounding);
    }

    // A chain is flat (RatePolicy.FirstOf): its alternatives are tried in one loop, without recursion; the conversion
    // records the alternative that found the rate.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion ConvertFirstOf(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        foreach (var alternative in policy.Alternatives)
        {
            var found = ConvertOne(amount, target, date, alternative, rounding, throwIfMissing: false);
            if (!found.IsDefault)
            {
                return found;
            }
        }
        return Missing(amount.Currency, target, date, policy, throwIfMissing);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion LookBack(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        for (var back = 0; back <= policy.MaxDaysBack; back++)
        {
            var found = ConvertAt(amount, target, date.PlusDays(-back), date, policy, rounding, throwIfMissing: false);
            if (!found.IsDefault)
            {
                return found;
            }
        }
        return Missing(amount.Currency, target, date, policy, throwIfMissing);
    }

    // The fixed rate, read in place, or its inverse.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion ConvertFixed(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        ref readonly var fixedRate = ref policy.FixedRateRef;
        var from = amount.Currency;
        if (fixedRate.BaseCurrencyOrDefault == from && fixedRate.QuoteCurrencyOrDefault == target)
        {
            return new CurrencyConversion(amount, in fixedRate, in ExchangeRate.NoLeg, date, policy, rounding);
        }
        return fixedRate.BaseCurrencyOrDefault == target && fixedRate.QuoteCurrencyOrDefault == from
            ? ConvertInverse(amount, date, policy, rounding)
            : Missing(from, target, date, policy, throwIfMissing);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CurrencyConversion ConvertInverse(Money amount, LocalDate date, RatePolicy policy, MidpointRounding? rounding)
    {
        var inverse = policy.FixedRate.Invert();
        return new CurrencyConversion(amount, in inverse, in ExchangeRate.NoLeg, date, policy, rounding);
    }

    // At the rate of one date (rateDate; requestedDate is the date asked for): direct or inverse from the first provider
    // that has either, else crossed through a pivot (ConvertCross).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion ConvertAt(Money amount, CurrencyCode target, LocalDate rateDate, LocalDate requestedDate, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing) =>
        TryLeg(amount.Currency, target, rateDate, out var rate)
            ? new CurrencyConversion(amount, in rate, in ExchangeRate.NoLeg, requestedDate, policy, rounding)
            : ConvertCross(amount, target, rateDate, requestedDate, policy, rounding, throwIfMissing);

    // Through each pivot in turn, each leg from the first provider that has it (CompositeExchangeRateProvider documents
    // the rule). A cross is its two legs: its rate is divided out only when asked for (CurrencyConversion.Rate).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CurrencyConversion ConvertCross(Money amount, CurrencyCode target, LocalDate rateDate, LocalDate requestedDate, RatePolicy policy, MidpointRounding? rounding, bool throwIfMissing)
    {
        var from = amount.Currency;
        foreach (var pivot in _pivots)
        {
            if (pivot != from && pivot != target && TryLeg(from, pivot, rateDate, out var first) && TryLeg(pivot, target, rateDate, out var second))
            {
                return new CurrencyConversion(amount, in first, in second, requestedDate, policy, rounding);
            }
        }
        return Missing(from, target, requestedDate, policy, throwIfMissing);
    }

    // A leg from the first provider that has the pair, as published or inverted.
    private bool TryLeg(CurrencyCode from, CurrencyCode to, LocalDate date, out ExchangeRate leg)
    {
        var providers = _providers;
        if (providers.Length != 1)
        {
            return TryLegOfEach(from, to, date, out leg);
        }
        var provider = providers[0];
        return provider.TryGetRate(from, to, date, out leg) || TryInverse(provider, from, to, date, out leg);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLegOfEach(CurrencyCode from, CurrencyCode to, LocalDate date, out ExchangeRate leg)
    {
        foreach (var provider in _providers)
        {
            if (provider.TryGetRate(from, to, date, out leg) || TryInverse(provider, from, to, date, out leg))
            {
                return true;
            }
        }
        leg = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryInverse(IExchangeRateProvider provider, CurrencyCode from, CurrencyCode to, LocalDate date, out ExchangeRate leg)
    {
        if (provider.TryGetRate(to, from, date, out var opposite))
        {
            leg = opposite.Invert();
            return true;
        }
        leg = default;
        return false;
    }

    // Names the published pair that is missing on the date asked for, and the nearest rates of it.
    private ExchangeRateNotFoundException NotFound(CurrencyCode from, CurrencyCode to, LocalDate date, RatePolicy policy)
    {
        var (missingBase, missingQuote) = (from, to);
        if (Provider.PivotCurrency is CurrencyCode pivot && pivot != from && pivot != to)
        {
            (missingBase, missingQuote) = !TryLeg(from, pivot, date, out _) ? Published(from, pivot, date) : Published(pivot, to, date);
        }
        else
        {
            (missingBase, missingQuote) = Published(from, to, date);
        }
        var (before, after) = Provider.FindNearestRates(missingBase, missingQuote, date);
        return new ExchangeRateNotFoundException(from, to, date, policy, Provider.Source, missingBase, missingQuote, before, after);
    }

    // The direction in which the provider publishes a pair (or ever did), for error messages; a pair it never
    // published is named with its pivot as the base (EUR→KES for the ECB).
    private (CurrencyCode Base, CurrencyCode Quote) Published(CurrencyCode a, CurrencyCode b, LocalDate date)
    {
        if (Provider.FindNearestRates(a, b, date) is not (null, null))
        {
            return (a, b);
        }
        if (Provider.FindNearestRates(b, a, date) is not (null, null) || b == Provider.PivotCurrency)
        {
            return (b, a);
        }
        return (a, b);
    }
}
