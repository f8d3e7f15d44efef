using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// The European Central Bank's euro foreign exchange reference rates from 1999-01-04 to 2026-04-13, embedded in the
/// package: 6,983 publication dates, 41 currencies, each rate exactly as the ECB published it.
/// </summary>
/// <remarks>
/// <para>The ECB publishes one rate per currency per TARGET working day: units of the currency per 1 EUR. It
/// publishes nothing on weekends and TARGET holidays, and no rate for a currency before it began or after it ended
/// (CYP and MTL end on 2007-12-31, BGN on 2025-12-31). This provider answers only what the ECB published:
/// EUR→X on a publication date. Inverse (X→EUR) and cross (USD→GBP) rates, and dates without a publication, are
/// the <see cref="CurrencyConverter"/>'s business under a <see cref="RatePolicy"/>.</para>
/// <para>The history is decoded from the embedded resource on first use of <see cref="Default"/> (a few
/// milliseconds; see docs/benchmarks.md) and held in about 1.2 MB of arrays. Lookups are O(1) and allocate
/// nothing. Immutable and thread-safe.</para>
/// <para>Source: data/ecb/eurofxref-hist.csv, the ECB's eurofxref-hist file; see docs/exchange-rates.md.</para>
/// <para>To go past the embedded history's last date, load a newer ECB file (<see cref="EcbRateFile"/>, or
/// <see cref="EcbRateRefresher"/> to download one when asked) and <see cref="Layer(EcbRateFile)"/> it over <see cref="Default"/>:
/// the result is a new provider; <see cref="Default"/> never changes and never goes to the network.</para>
/// </remarks>
public sealed class EcbExchangeRateProvider : IExchangeRateProvider
{
    private static readonly Lazy<EcbExchangeRateProvider> Instance = new(() => new EcbExchangeRateProvider(EcbRateTable.Load()));

    private readonly EcbRateTable _table;

    internal EcbExchangeRateProvider(EcbRateTable table)
    {
        _table = table;
        Currencies = [.. table.Currencies.Order()];
    }

    /// <summary>Gets the provider over the embedded history, loading it on first use.</summary>
    /// <example>
    /// <code>
    /// var ecb = EcbExchangeRateProvider.Default;
    /// ecb.TryGetRate(CurrencyCode.EUR, CurrencyCode.USD, new LocalDate(2008, 1, 2), out var rate); // 1.4688
    /// </code>
    /// </example>
    public static EcbExchangeRateProvider Default => Instance.Value;

    /// <inheritdoc/>
    public ExchangeRateSource Source => ExchangeRateSource.Ecb;

    /// <summary>Gets EUR: every ECB rate is a price of one euro, and crosses go through it.</summary>
    public CurrencyCode? PivotCurrency => CurrencyCode.EUR;

    /// <summary>Gets the first publication date: 1999-01-04 for the embedded history.</summary>
    public LocalDate FirstDate => _table.FirstDate;

    /// <summary>Gets the last publication date: 2026-04-13 for the embedded history, later once a newer file is
    /// layered over it.</summary>
    public LocalDate LastDate => _table.LastDate;

    /// <summary>Gets the currencies the ECB published at some time, current and legacy, in ordinal order: 41 in the
    /// embedded history.</summary>
    public ImmutableArray<CurrencyCode> Currencies { get; }

    /// <summary>Gets the number of publication dates.</summary>
    public int PublicationCount => _table.DateCount;

    /// <summary>Gets a provider over a loaded ECB file alone (without the embedded history).</summary>
    /// <param name="file">The loaded file.</param>
    /// <returns>A provider answering the file's rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    public static EcbExchangeRateProvider FromFile(EcbRateFile file) => new(Guard.Against.Null(file).Table);

    /// <summary>Layers a loaded ECB file over this provider's history: the file's publications after this history's
    /// last date (or before its first) extend it; on the dates both cover, every rate is compared and each
    /// disagreement listed, and this history's rate is kept.</summary>
    /// <param name="file">The loaded file, such as a newer <c>eurofxref-hist.zip</c> or <c>eurofxref-daily.xml</c>.</param>
    /// <returns>The combined provider, the publications added and every disagreement; this provider is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">Together they name more than 127 currencies.</exception>
    /// <example>
    /// <code>
    /// var layered = EcbExchangeRateProvider.Default.Layer(EcbRateFile.Load("eurofxref-hist.zip"));
    /// layered.ThrowIfDisagreements(); // or report layered.Disagreements
    /// var converter = new CurrencyConverter(layered.Provider);
    /// </code>
    /// </example>
    public EcbLayerResult Layer(EcbRateFile file)
    {
        Guard.Against.Null(file);
        var (table, report) = EcbTableLayering.Layer(_table, file.Table, file.SourceName);
        return new EcbLayerResult(new EcbExchangeRateProvider(table), file.SourceName, report.AddedPublications, report.ComparedRates, [.. report.Disagreements]);
    }

    /// <summary>Tries to get the ECB's rate EUR→<paramref name="quoteCurrency"/> published on exactly
    /// <paramref name="asOf"/>.</summary>
    /// <param name="baseCurrency">Must be EUR for a rate to be found: the ECB publishes nothing else.</param>
    /// <param name="quoteCurrency">The currency priced in euros.</param>
    /// <param name="asOf">The publication date.</param>
    /// <param name="rate">The published rate, or <c>default</c>.</param>
    /// <returns><see langword="true"/> if the ECB published that rate on that date (not a weekend or holiday, not
    /// N/A for that currency).</returns>
    public bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate)
    {
        rate = default;
        if (baseCurrency != CurrencyCode.EUR)
        {
            return false;
        }
        var column = _table.ColumnOf(quoteCurrency);
        if (column < 0)
        {
            return false;
        }
        var day = asOf.ToDateOnly().DayNumber;
        var index = _table.LatestIndexOnOrBefore(day);
        if (index < 0 || _table.DayNumberAt(index) != day || !_table.TryGetRate(column, index, out var value))
        {
            return false;
        }
        rate = new ExchangeRate(CurrencyCode.EUR, quoteCurrency, value, asOf, ExchangeRateSource.Ecb, RateDerivation.Published);
        return true;
    }

    /// <inheritdoc/>
    public (ExchangeRate? Before, ExchangeRate? After) FindNearestRates(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf)
    {
        var column = _table.ColumnOf(quoteCurrency);
        if (baseCurrency != CurrencyCode.EUR || column < 0)
        {
            return (null, null);
        }
        var day = asOf.ToDateOnly().DayNumber;
        var start = _table.LatestIndexOnOrBefore(day);
        ExchangeRate? before = null;
        ExchangeRate? after = null;
        for (var i = start; i >= 0 && before is null; i--)
        {
            if (_table.DayNumberAt(i) < day && _table.TryGetRate(column, i, out var value))
            {
                before = At(quoteCurrency, i, value);
            }
        }
        for (var i = Math.Max(start, 0); i < _table.DateCount && after is null; i++)
        {
            if (_table.DayNumberAt(i) > day && _table.TryGetRate(column, i, out var value))
            {
                after = At(quoteCurrency, i, value);
            }
        }
        return (before, after);
    }

    private ExchangeRate At(CurrencyCode quote, int index, decimal value) =>
        new(CurrencyCode.EUR, quote, value, LocalDate.FromDateOnly(DateOnly.FromDayNumber(_table.DayNumberAt(index))), ExchangeRateSource.Ecb, RateDerivation.Published);

    internal EcbRateTable Table => _table;
}
