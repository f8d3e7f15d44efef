using Ardalis.GuardClauses;
using MigDev.Core.Internal;
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
        TryConvertCore(amount, target, date, policy, null, out var conversion) ? conversion : throw NotFound(amount.Currency, target, date, policy);

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
        TryConvertCore(amount, target, date, policy, rounding, out var conversion) ? conversion : throw NotFound(amount.Currency, target, date, policy);

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
        ArgumentNullException.ThrowIfNull(policy);
        Guard.Against.DefaultValue(target);
        try
        {
            return TryConvertCore(amount, target, date, policy, null, out conversion);
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
        if (!Resolve(from, to, date, policy, out var found, out var first, out var second, out _))
        {
            throw NotFound(from, to, date, policy);
        }
        return found.IsDefault ? ExchangeRate.CrossOfLegs(first, second) : found;
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

    private bool TryConvertCore(Money amount, CurrencyCode target, LocalDate date, RatePolicy policy, MidpointRounding? rounding, out CurrencyConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Guard.Against.DefaultValue(target);
        var from = amount.Currency;
        if (!Resolve(from, target, date, policy, out var rate, out var first, out var second, out var applied))
        {
            conversion = default;
            return false;
        }
        conversion = new CurrencyConversion(amount, rate, first, second, date, applied, rounding);
        return true;
    }

    // Applies a policy: the effective rate (default for a cross, whose legs are enough to convert), its legs (oriented
    // from -> to) and the policy that found it. A chain is
    // flat (RatePolicy.FirstOf), so its alternatives are tried in one loop, without recursion.
    private bool Resolve(CurrencyCode from, CurrencyCode to, LocalDate date, RatePolicy policy, out ExchangeRate rate, out ExchangeRate first, out ExchangeRate second, out RatePolicy applied)
    {
        if (from == to)
        {
            applied = policy;
            first = second = default;
            rate = new ExchangeRate(from, to, 1m, date, Provider.Source, RateDerivation.Identity);
            return true;
        }
        if (policy.Kind != RatePolicyKind.FirstOf)
        {
            applied = policy;
            return ResolveOne(from, to, date, policy, out rate, out first, out second);
        }
        foreach (var alternative in policy.Alternatives)
        {
            if (ResolveOne(from, to, date, alternative, out rate, out first, out second))
            {
                applied = alternative;
                return true;
            }
        }
        applied = policy;
        rate = first = second = default;
        return false;
    }

    // Applies one policy that is not a chain.
    private bool ResolveOne(CurrencyCode from, CurrencyCode to, LocalDate date, RatePolicy policy, out ExchangeRate rate, out ExchangeRate first, out ExchangeRate second)
    {
        first = second = default;
        switch (policy.Kind)
        {
            case RatePolicyKind.ExactDate:
                return TryAt(from, to, date, out rate, out first, out second);
            case RatePolicyKind.LatestOnOrBefore:
                for (var back = 0; back <= policy.MaxDaysBack; back++)
                {
                    if (TryAt(from, to, date.PlusDays(-back), out rate, out first, out second))
                    {
                        return true;
                    }
                }
                rate = default;
                return false;
            default:
                var fixedRate = policy.FixedRate;
                if (fixedRate.BaseCurrency == from && fixedRate.QuoteCurrency == to)
                {
                    rate = first = fixedRate;
                    return true;
                }
                if (fixedRate.BaseCurrency == to && fixedRate.QuoteCurrency == from)
                {
                    rate = first = fixedRate.Invert();
                    return true;
                }
                rate = default;
                return false;
        }
    }

    // The rate of one date: direct or inverse from the first provider that has either, else crossed through each pivot
    // in turn, each leg from the first provider that has it (CompositeExchangeRateProvider documents the rule).
    private bool TryAt(CurrencyCode from, CurrencyCode to, LocalDate date, out ExchangeRate rate, out ExchangeRate first, out ExchangeRate second)
    {
        second = default;
        if (TryLeg(from, to, date, out rate))
        {
            first = rate;
            return true;
        }
        foreach (var pivot in _pivots)
        {
            if (pivot != from && pivot != to && TryLeg(from, pivot, date, out first) && TryLeg(pivot, to, date, out second))
            {
                // A cross: its rate is divided out by whoever needs it (GetRate, CurrencyConversion.Rate), not here.
                rate = default;
                return true;
            }
        }
        first = second = rate = default;
        return false;
    }

    private bool TryLeg(CurrencyCode from, CurrencyCode to, LocalDate date, out ExchangeRate leg)
    {
        foreach (var provider in _providers)
        {
            if (provider.TryGetRate(from, to, date, out leg))
            {
                return true;
            }
            if (provider.TryGetRate(to, from, date, out var opposite))
            {
                leg = opposite.Invert();
                return true;
            }
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
