using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// Several providers in an order of preference, as one: the user's contract rates, then the ECB, then the user's UN
/// operational rates, say. A <see cref="CurrencyConverter"/> over it may take the two legs of a cross from two
/// providers (EUR→USD from the ECB, USD→KES from the user's table), and says on each leg where it came from.
/// </summary>
/// <remarks>
/// <para>Which provider answers, for each date the policy tries (the date asked for; under
/// <see cref="RatePolicy.LatestOnOrBefore(int)"/>, then each day before it, a date at a time):</para>
/// <list type="number">
/// <item>A direct or inverse rate: the first provider, in order, that publishes the pair in either direction on that
/// date (its own direction first). A direct or inverse rate from any provider beats every cross.</item>
/// <item>A cross: through each pivot of <see cref="PivotCurrencies"/> in turn (the providers' pivots, in provider
/// order, each once), both legs found as in 1, each from whichever provider has it first; the first pivot through
/// which both legs are found wins.</item>
/// </list>
/// <para>A date with an answer ends the search: a cross on the date asked for beats a direct rate of the day before.
/// Nested composites are flattened. Immutable; thread-safe when its providers are.</para>
/// </remarks>
/// <example>
/// <code>
/// var rates = new CompositeExchangeRateProvider(OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default, usdTable);
/// var kes = new CurrencyConverter(rates).Convert(new Money(1000m, CurrencyCode.EUR), CurrencyCode.Parse("KES"), new LocalDate(2021, 6, 14), RatePolicy.ExactDate);
/// // kes.FirstLeg: EUR→USD from the ECB; kes.SecondLeg: USD→KES from the table
/// </code>
/// </example>
public sealed class CompositeExchangeRateProvider : IExchangeRateProvider
{
    /// <summary>Initializes a provider over providers in order of preference.</summary>
    /// <param name="providers">The providers, at least one; a composite among them is replaced by its providers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="providers"/> is empty.</exception>
    public CompositeExchangeRateProvider(params IEnumerable<IExchangeRateProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        var flat = ImmutableArray.CreateBuilder<IExchangeRateProvider>();
        var index = 0;
        foreach (var provider in providers)
        {
            Guard.Against.NullElement(provider, index++, nameof(providers));
            if (provider is CompositeExchangeRateProvider composite)
            {
                flat.AddRange(composite.Providers);
            }
            else
            {
                flat.Add(provider);
            }
        }
        Guard.Against.Invalid(flat.Count == 0, "A composite provider needs at least one provider.", nameof(providers));
        Providers = flat.ToImmutable();
        PivotCurrencies = [.. Providers.Select(p => p.PivotCurrency).OfType<CurrencyCode>().Distinct()];
        Source = new ExchangeRateSource(
            string.Join(", then ", Providers.Select(p => p.Source.Name)),
            "Several providers in order of preference; each rate carries the source of the provider that published it.");
    }

    /// <summary>Gets the providers, in order of preference.</summary>
    public ImmutableArray<IExchangeRateProvider> Providers { get; }

    /// <summary>Gets the currencies crosses are tried through, in order: each provider's pivot, once.</summary>
    public ImmutableArray<CurrencyCode> PivotCurrencies { get; }

    /// <summary>Gets a source naming the providers in order ("ECB euro reference rates, then User-supplied rates");
    /// every rate keeps the source of the provider that published it.</summary>
    public ExchangeRateSource Source { get; }

    /// <summary>Gets the first of <see cref="PivotCurrencies"/>, or <see langword="null"/> when no provider has one;
    /// a <see cref="CurrencyConverter"/> tries them all.</summary>
    public CurrencyCode? PivotCurrency => PivotCurrencies.IsEmpty ? null : PivotCurrencies[0];

    /// <summary>Tries to get the rate the first provider, in order, publishes for exactly this pair, in this direction,
    /// on exactly this date.</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency of the price.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="rate">The rate, with its provider's source, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if a provider publishes it.</returns>
    public bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate)
    {
        foreach (var provider in Providers)
        {
            if (provider.TryGetRate(baseCurrency, quoteCurrency, asOf, out rate))
            {
                return true;
            }
        }
        rate = default;
        return false;
    }

    /// <summary>Finds, across all providers, the latest rate of the pair published before the date and the earliest
    /// after it (on a tie, the first provider's).</summary>
    /// <param name="baseCurrency">The currency of which one unit is priced.</param>
    /// <param name="quoteCurrency">The currency of the price.</param>
    /// <param name="asOf">The date asked for.</param>
    /// <returns>The nearest rates, each <see langword="null"/> when no provider has one.</returns>
    public (ExchangeRate? Before, ExchangeRate? After) FindNearestRates(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf)
    {
        ExchangeRate? before = null;
        ExchangeRate? after = null;
        foreach (var provider in Providers)
        {
            var (b, a) = provider.FindNearestRates(baseCurrency, quoteCurrency, asOf);
            if (b is { } bRate && (before is not { } current || bRate.Date > current.Date))
            {
                before = bRate;
            }
            if (a is { } aRate && (after is not { } currentAfter || aRate.Date < currentAfter.Date))
            {
                after = aRate;
            }
        }
        return (before, after);
    }
}
