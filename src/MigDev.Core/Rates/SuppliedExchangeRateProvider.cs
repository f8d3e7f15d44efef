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
/// <para>Immutable: <see cref="Add(ExchangeRate)"/>, <see cref="Add(ExchangeRate, DateInterval)"/> and the
/// <c>AddRange</c> methods return a new provider. Two rates of one pair (in one direction) whose periods overlap are
/// refused, so that a lookup never has to choose between them.</para>
/// <para>Cost: the rates of a pair are kept sorted by the start of their period in a balanced tree, so
/// <see cref="Add(ExchangeRate, DateInterval)"/>, <see cref="TryGetRate"/> and <see cref="FindNearestRates"/> take
/// O(log n) for n rates of the pair, and <c>AddRange</c> of m rates takes O((n + m) log(n + m)): building a table
/// of many rates one <see cref="Add(ExchangeRate)"/> at a time or all at once are both O(n log n) (measured in
/// docs/benchmarks.md).</para>
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
    private static readonly IComparer<Entry> ByStart = Comparer<Entry>.Create((a, b) => a.Start.CompareTo(b.Start));

    private readonly ImmutableDictionary<(CurrencyCode Base, CurrencyCode Quote), ImmutableList<Entry>> _rates;

    private SuppliedExchangeRateProvider(ImmutableDictionary<(CurrencyCode, CurrencyCode), ImmutableList<Entry>> rates, int count, CurrencyCode? pivot)
    {
        _rates = rates;
        Count = count;
        PivotCurrency = pivot;
    }

    /// <summary>Gets a provider with no rates, that derives no cross rates.</summary>
    public static SuppliedExchangeRateProvider Empty { get; } = new(ImmutableDictionary<(CurrencyCode, CurrencyCode), ImmutableList<Entry>>.Empty, 0, null);

    /// <summary>Gets the source of the rates: "User-supplied rates" (each rate keeps its own source too).</summary>
    public ExchangeRateSource Source { get; } = new("User-supplied rates", "Rates added to a SuppliedExchangeRateProvider; each carries its own source.");

    /// <inheritdoc/>
    public CurrencyCode? PivotCurrency { get; }

    /// <summary>Gets the number of supplied rates.</summary>
    public int Count { get; }

    /// <summary>Returns a provider that crosses its rates through a currency (for rates all quoted against USD,
    /// say), or derives no cross rates when <paramref name="pivot"/> is <see langword="null"/>.</summary>
    /// <param name="pivot">The pivot currency, or <see langword="null"/>.</param>
    /// <returns>A new provider with the same rates.</returns>
    /// <exception cref="ArgumentException"><paramref name="pivot"/> holds <c>default</c>.</exception>
    public SuppliedExchangeRateProvider WithPivotCurrency(CurrencyCode? pivot) => new(_rates, Count, Guard.Against.DefaultValue(pivot));

    /// <summary>Returns a provider with a rate that applies on its own date only.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentException"><paramref name="rate"/> is <c>default</c>, or the provider already has a
    /// rate of this pair on that date.</exception>
    public SuppliedExchangeRateProvider Add(ExchangeRate rate) => Add(rate, new DateInterval(RequireRate(rate).Date, rate.Date));

    /// <summary>Returns a provider with a rate that applies over a period, such as a month; O(log n).</summary>
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
        var entry = new Entry(validity.Start, validity.End, rate);
        var list = _rates.TryGetValue(key, out var existing) ? existing : [];
        var found = list.BinarySearch(entry, ByStart);
        var index = found >= 0 ? found : ~found;
        if (found >= 0)
        {
            ThrowOverlap(entry, list[found]);
        }
        if (index > 0 && list[index - 1].End >= entry.Start)
        {
            ThrowOverlap(entry, list[index - 1]);
        }
        if (index < list.Count && list[index].Start <= entry.End)
        {
            ThrowOverlap(entry, list[index]);
        }
        return new SuppliedExchangeRateProvider(_rates.SetItem(key, list.Insert(index, entry)), Count + 1, PivotCurrency);
    }

    /// <summary>Returns a provider with many rates, each applying on its own date only, added at once in
    /// O((n + m) log(n + m)): the way to load a table of thousands of rates.</summary>
    /// <param name="rates">The rates.</param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rate is <c>default</c>, or two rates of one pair apply on one date (among
    /// themselves or with a rate already supplied); the message names both.</exception>
    public SuppliedExchangeRateProvider AddRange(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return AddEntries(rates.Select(rate => new Entry(RequireRate(rate).Date, rate.Date, rate)));
    }

    /// <summary>Returns a provider with many rates, each over its period, added at once in
    /// O((n + m) log(n + m)).</summary>
    /// <param name="rates">The rates and their periods.</param>
    /// <returns>A new provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or a period is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rate is <c>default</c>, or two periods of one pair overlap (among
    /// themselves or with a rate already supplied); the message names both.</exception>
    public SuppliedExchangeRateProvider AddRange(IEnumerable<(ExchangeRate Rate, DateInterval Validity)> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return AddEntries(rates.Select(r => new Entry(Guard.Against.Null(r.Validity).Start, r.Validity.End, RequireRate(r.Rate))));
    }

    /// <inheritdoc/>
    public bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate)
    {
        if (_rates.TryGetValue((baseCurrency, quoteCurrency), out var list) && LastStartingOnOrBefore(list, asOf) is var i and >= 0 && list[i].End >= asOf)
        {
            rate = list[i].Rate;
            return true;
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
        // The periods of a pair do not overlap, so their starts and ends are in one order.
        var i = LastStartingOnOrBefore(list, asOf);
        var before = i >= 0 && list[i].End >= asOf ? i - 1 : i;
        ExchangeRate? beforeRate = before >= 0 ? list[before].Rate : null;
        ExchangeRate? afterRate = i + 1 < list.Count ? list[i + 1].Rate : null;
        return (beforeRate, afterRate);
    }

    private static int LastStartingOnOrBefore(ImmutableList<Entry> list, LocalDate asOf)
    {
        var found = list.BinarySearch(new Entry(asOf, asOf, default), ByStart);
        return found >= 0 ? found : ~found - 1;
    }

    private SuppliedExchangeRateProvider AddEntries(IEnumerable<Entry> entries)
    {
        var added = new Dictionary<(CurrencyCode, CurrencyCode), List<Entry>>();
        var count = Count;
        foreach (var entry in entries)
        {
            var key = (entry.Rate.BaseCurrency, entry.Rate.QuoteCurrency);
            if (!added.TryGetValue(key, out var list))
            {
                added[key] = list = _rates.TryGetValue(key, out var existing) ? [.. existing] : [];
            }
            list.Add(entry);
            count++;
        }
        var builder = _rates.ToBuilder();
        foreach (var (key, list) in added)
        {
            // A stable sort keeps equal starts in the order given, so the message names them as supplied.
            var sorted = list.OrderBy(e => e.Start).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].Start <= sorted[i - 1].End)
                {
                    ThrowOverlap(sorted[i], sorted[i - 1]);
                }
            }
            builder[key] = ImmutableList.CreateRange(sorted);
        }
        return new SuppliedExchangeRateProvider(builder.ToImmutable(), count, PivotCurrency);
    }

    private static void ThrowOverlap(Entry entry, Entry other) =>
        Guard.Against.Invalid(true, $"The rate {entry.Rate} for {new DateInterval(entry.Start, entry.End)} overlaps the rate {other.Rate} already supplied for {new DateInterval(other.Start, other.End)}.", "validity");

    private static ExchangeRate RequireRate(ExchangeRate rate) => Guard.Against.DefaultValue(rate);

    // A rate and the first and last dates on which it applies.
    private readonly record struct Entry(LocalDate Start, LocalDate End, ExchangeRate Rate);
}
