using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// Exchange rates that a user supplies: a donor's contractual rate, an agency's monthly operational rate, a rate
/// from a signed agreement. Each rate applies on its own date, or over a period of validity given with it.
/// </summary>
/// <remarks>
/// <para>Immutable: <see cref="Add(ExchangeRate)"/> and <see cref="Add(ExchangeRate, DateInterval)"/> return a new
/// provider. Two rates of one pair (in one direction) whose periods overlap are refused, so that a lookup never
/// has to choose between them.</para>
/// <para>Every rate is returned as supplied (with its own <see cref="ExchangeRate.Date"/> and
/// <see cref="ExchangeRate.Source"/>), whatever date inside its period was asked for.</para>
/// </remarks>
/// <example>
/// <code>
/// var un = new ExchangeRateSource("UN operational rates of exchange");
/// var rates = SuppliedExchangeRateProvider.Empty
///     .Add(new ExchangeRate(CurrencyCode.USD, CurrencyCode.EUR, 0.75m, new LocalDate(2009, 3, 1), un),
///          new DateInterval(new LocalDate(2009, 3, 1), new LocalDate(2009, 3, 31)));
/// </code>
/// </example>
public sealed class SuppliedExchangeRateProvider : IExchangeRateProvider
{
    private readonly ImmutableDictionary<(CurrencyCode Base, CurrencyCode Quote), ImmutableArray<(DateInterval Validity, ExchangeRate Rate)>> _rates;

    private SuppliedExchangeRateProvider(
        ImmutableDictionary<(CurrencyCode, CurrencyCode), ImmutableArray<(DateInterval, ExchangeRate)>> rates,
        CurrencyCode? pivot)
    {
        _rates = rates;
        PivotCurrency = pivot;
    }

    /// <summary>Gets a provider with no rates, that derives no cross rates.</summary>
    public static SuppliedExchangeRateProvider Empty { get; } = new(ImmutableDictionary<(CurrencyCode, CurrencyCode), ImmutableArray<(DateInterval, ExchangeRate)>>.Empty, null);

    /// <summary>Gets the source of the rates: "User-supplied rates" (each rate keeps its own source too).</summary>
    public ExchangeRateSource Source { get; } = new("User-supplied rates", "Rates added to a SuppliedExchangeRateProvider; each carries its own source.");

    /// <inheritdoc/>
    public CurrencyCode? PivotCurrency { get; }

    /// <summary>Gets the number of supplied rates.</summary>
    public int Count => _rates.Values.Sum(list => list.Length);

    /// <summary>Returns a provider that crosses its rates through a currency (for rates all quoted against USD,
    /// say), or derives no cross rates when <paramref name="pivot"/> is <see langword="null"/>.</summary>
    /// <param name="pivot">The pivot currency, or <see langword="null"/>.</param>
    /// <returns>A new provider with the same rates.</returns>
    public SuppliedExchangeRateProvider WithPivotCurrency(CurrencyCode? pivot) => new(_rates, pivot);

    /// <summary>Returns a provider with a rate that applies on its own date only.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>, or the provider already has a
    /// rate of this pair on that date.</exception>
    public SuppliedExchangeRateProvider Add(ExchangeRate rate) => Add(rate, new DateInterval(RequireRate(rate).Date, rate.Date));

    /// <summary>Returns a provider with a rate that applies over a period, such as a month.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="validity">The dates on which it applies.</param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>, or its period overlaps another
    /// rate of the same pair; the message names both.</exception>
    public SuppliedExchangeRateProvider Add(ExchangeRate rate, DateInterval validity)
    {
        RequireRate(rate);
        ArgumentNullException.ThrowIfNull(validity);
        var key = (rate.BaseCurrency, rate.QuoteCurrency);
        var existing = _rates.TryGetValue(key, out var list) ? list : [];
        foreach (var (other, otherRate) in existing)
        {
            Guard.Against.Invalid(other.Start <= validity.End && validity.Start <= other.End, $"The rate {rate} for {validity} overlaps the rate {otherRate} already supplied for {other}.", nameof(validity));
        }
        return new SuppliedExchangeRateProvider(_rates.SetItem(key, existing.Add((validity, rate))), PivotCurrency);
    }

    /// <inheritdoc/>
    public bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate)
    {
        if (_rates.TryGetValue((baseCurrency, quoteCurrency), out var list))
        {
            foreach (var (validity, candidate) in list)
            {
                if (validity.Contains(asOf))
                {
                    rate = candidate;
                    return true;
                }
            }
        }
        rate = default;
        return false;
    }

    /// <inheritdoc/>
    public (ExchangeRate? Before, ExchangeRate? After) FindNearestRates(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf)
    {
        if (!_rates.TryGetValue((baseCurrency, quoteCurrency), out var list))
        {
            return (null, null);
        }
        var before = list.Where(r => r.Validity.End < asOf).OrderByDescending(r => r.Validity.End).Select(r => (ExchangeRate?)r.Rate).FirstOrDefault();
        var after = list.Where(r => r.Validity.Start > asOf).OrderBy(r => r.Validity.Start).Select(r => (ExchangeRate?)r.Rate).FirstOrDefault();
        return (before, after);
    }

    private static ExchangeRate RequireRate(ExchangeRate rate) => Guard.Against.DefaultValue(rate);
}
