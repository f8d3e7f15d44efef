using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace MigDev.Core;

/// <summary>
/// The official fixed rates to the euro: the irrevocable conversion rates of the currencies the euro replaced (DEM,
/// FRF, ITL... GRD from 2001, HRK from 2023, BGN from 2026), each from its adoption date, and the official pegs to
/// the euro (the CFA francs XOF and XAF, KMF, CVE, BAM, XPF), each with the legal act or central-bank publication that
/// fixes it as its <see cref="ExchangeRate.Source"/>. docs/exchange-rates.md cites each one.
/// </summary>
/// <remarks>
/// <para>Each rate is published in the direction its act states it: EUR→DEM 1.95583 (1 euro = 1.95583 German marks),
/// XPF→EUR 0.00838 (1,000 CFP francs = 8.38 euros). The other direction is its inverse, which a
/// <see cref="CurrencyConverter"/> applies by dividing by the published rate, and a conversion between two of these
/// currencies goes through the euro (its pivot), leg by leg: DEM→FRF is DEM ÷ 1.95583 × 6.55957, the triangulation
/// Council Regulation (EC) No 1103/97, article 4, prescribes (no inverse rates, no rounding of the rate).</para>
/// <para>A rate applies on every date from its adoption date, and is returned dated on the date asked for (it is the
/// rate of that date); before that date there is none. Rounding the result (to the cent, as article 5 of that
/// regulation requires for amounts paid or accounted) is the caller's: <c>Convert(..., rounding)</c>.</para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class OfficialFixedRateProvider : IExchangeRateProvider
{
    private static readonly ExchangeRateSource Regulation2866 = Act("Council Regulation (EC) No 2866/98", "the irrevocably fixed conversion rates between the euro and the currencies of the Member States adopting the euro, in force from 1 January 1999");

    private readonly FrozenDictionary<CurrencyCode, Peg> _pegs;

    private OfficialFixedRateProvider(IEnumerable<Peg> pegs)
    {
        _pegs = pegs.ToFrozenDictionary(p => p.Currency);
        Currencies = [.. _pegs.Keys.Order()];
    }

    /// <summary>Gets the provider of every rate this package embeds.</summary>
    public static OfficialFixedRateProvider Default { get; } = new(Embedded());

    /// <summary>Gets the source: "Official fixed euro rates" (each rate carries the act that fixes it).</summary>
    public ExchangeRateSource Source { get; } = new("Official fixed euro rates", "The euro's irrevocable conversion rates (Council Regulation (EC) No 2866/98 as amended) and official pegs to the euro; each rate names its act.");

    /// <summary>Gets EUR: every rate is to or from the euro, and other pairs cross through it.</summary>
    public CurrencyCode? PivotCurrency => CurrencyCode.EUR;

    /// <summary>Gets the currencies with a fixed rate to the euro, in ordinal order.</summary>
    public ImmutableArray<CurrencyCode> Currencies { get; }

    /// <summary>Gets the date from which a currency's fixed rate applies (1999-01-01 for DEM, 2026-01-01 for BGN), or
    /// <see langword="null"/> when it has none.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The first date of the rate.</returns>
    public LocalDate? FixedSince(CurrencyCode currency) => _pegs.TryGetValue(currency, out var peg) ? peg.Since : null;

    /// <inheritdoc/>
    public bool TryGetRate(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf, out ExchangeRate rate)
    {
        if (Find(baseCurrency, quoteCurrency) is { } peg && asOf >= peg.Since)
        {
            rate = peg.At(asOf);
            return true;
        }
        rate = default;
        return false;
    }

    /// <inheritdoc/>
    public (ExchangeRate? Before, ExchangeRate? After) FindNearestRates(CurrencyCode baseCurrency, CurrencyCode quoteCurrency, LocalDate asOf)
    {
        if (Find(baseCurrency, quoteCurrency) is not { } peg)
        {
            return (null, null);
        }
        return asOf < peg.Since ? (null, peg.At(peg.Since)) : (asOf > peg.Since ? peg.At(asOf.PlusDays(-1)) : null, peg.At(asOf.PlusDays(1)));
    }

    private Peg? Find(CurrencyCode baseCurrency, CurrencyCode quoteCurrency)
    {
        if (baseCurrency == CurrencyCode.EUR && _pegs.TryGetValue(quoteCurrency, out var peg) && peg.EuroIsBase)
        {
            return peg;
        }
        return quoteCurrency == CurrencyCode.EUR && _pegs.TryGetValue(baseCurrency, out peg) && !peg.EuroIsBase ? peg : null;
    }

    private static ExchangeRateSource Act(string name, string description) => new(name, description);

    // Every rate as its act states it; docs/exchange-rates.md, "Official fixed rates", cites each.
    private static IEnumerable<Peg> Embedded()
    {
        var euro1999 = new LocalDate(1999, 1, 1);
        (string Code, decimal Rate)[] first = [("BEF", 40.3399m), ("DEM", 1.95583m), ("ESP", 166.386m), ("FRF", 6.55957m), ("IEP", 0.787564m), ("ITL", 1936.27m), ("LUF", 40.3399m), ("NLG", 2.20371m), ("ATS", 13.7603m), ("PTE", 200.482m), ("FIM", 5.94573m)];
        foreach (var (code, rate) in first)
        {
            yield return Peg.EuroTo(code, rate, euro1999, Regulation2866);
        }
        yield return Peg.EuroTo("GRD", 340.750m, new LocalDate(2001, 1, 1), Act("Council Regulation (EC) No 1478/2000", "amending Regulation (EC) No 2866/98: 1 euro = 340,750 Greek drachma, in force from 1 January 2001"));
        yield return Peg.EuroTo("SIT", 239.640m, new LocalDate(2007, 1, 1), Act("Council Regulation (EC) No 1086/2006", "amending Regulation (EC) No 2866/98: 1 euro = 239,640 Slovenian tolars, from 1 January 2007"));
        yield return Peg.EuroTo("CYP", 0.585274m, new LocalDate(2008, 1, 1), Act("Council Regulation (EC) No 1135/2007", "amending Regulation (EC) No 2866/98: 1 euro = 0,585274 Cyprus pounds, in force from 1 January 2008"));
        yield return Peg.EuroTo("MTL", 0.429300m, new LocalDate(2008, 1, 1), Act("Council Regulation (EC) No 1134/2007", "amending Regulation (EC) No 2866/98: 1 euro = 0,429300 Maltese lira, from 1 January 2008"));
        yield return Peg.EuroTo("SKK", 30.1260m, new LocalDate(2009, 1, 1), Act("Council Regulation (EC) No 694/2008", "amending Regulation (EC) No 2866/98: 1 euro = 30,1260 Slovak korunas, from 1 January 2009"));
        yield return Peg.EuroTo("EEK", 15.6466m, new LocalDate(2011, 1, 1), Act("Council Regulation (EU) No 671/2010", "amending Regulation (EC) No 2866/98: 1 euro = 15,6466 Estonian kroons, from 1 January 2011"));
        yield return Peg.EuroTo("LVL", 0.702804m, new LocalDate(2014, 1, 1), Act("Council Regulation (EU) No 870/2013", "amending Regulation (EC) No 2866/98: 1 euro = 0,702804 Latvian lats, from 1 January 2014"));
        yield return Peg.EuroTo("LTL", 3.45280m, new LocalDate(2015, 1, 1), Act("Council Regulation (EU) No 851/2014", "amending Regulation (EC) No 2866/98: 1 euro = 3,45280 Lithuanian litas, from 1 January 2015"));
        yield return Peg.EuroTo("HRK", 7.53450m, new LocalDate(2023, 1, 1), Act("Council Regulation (EU) 2022/1208", "amending Regulation (EC) No 2866/98: 1 euro = 7,53450 Croatian kuna, in force from 1 January 2023"));
        yield return Peg.EuroTo("BGN", 1.95583m, new LocalDate(2026, 1, 1), Act("Council Regulation (EC) No 2866/98, as amended in July 2025 for Bulgaria", "1 euro = 1,95583 Bulgarian lev, adopted by the Council on 8 July 2025 with Council Decision (EU) 2025/1407, from 1 January 2026"));
        var cfa = Act("Council Decision 98/683/EC (franc zone agreements)", "the CFA francs' parity of 100 to the French franc carried to the euro: 1 euro = 655,957 CFA francs (BCEAO and BEAC), from 1 January 1999");
        yield return Peg.EuroTo("XOF", 655.957m, euro1999, cfa);
        yield return Peg.EuroTo("XAF", 655.957m, euro1999, cfa);
        yield return Peg.EuroTo("KMF", 491.96775m, euro1999, Act("Council Decision 98/683/EC (Comoros agreement)", "the Comorian franc's parity of 75 to the French franc carried to the euro: 1 euro = 491,96775 Comorian francs (Banque Centrale des Comores), from 1 January 1999"));
        yield return Peg.EuroTo("CVE", 110.265m, euro1999, Act("Council Decision 98/744/EC (Portugal–Cape Verde exchange rate agreement)", "1 euro = 110,265 Cape Verde escudos (Banco de Cabo Verde), from 1 January 1999"));
        yield return Peg.EuroTo("BAM", 1.95583m, new LocalDate(2002, 1, 1), Act("Central Bank of Bosnia and Herzegovina, notice of 19 December 2001", "one euro for 1,95583 convertible marks, the DEM's conversion rate; before 2002 the mark was pegged to the DEM at par"));
        yield return new Peg(CurrencyCode.Parse("XPF"), 0.00838m, EuroIsBase: false, euro1999, Act("French arrêté of 31 December 1998 (IEOM)", "1,000 CFP francs = 8.38 euros, i.e. 1 F CFP = 0.00838 euro, from 1 January 1999"));
    }

    // A fixed rate: EUR→currency (EuroIsBase) or currency→EUR, as its act states it, from a date.
    private sealed record Peg(CurrencyCode Currency, decimal Rate, bool EuroIsBase, LocalDate Since, ExchangeRateSource Act)
    {
        public static Peg EuroTo(string code, decimal rate, LocalDate since, ExchangeRateSource act) => new(CurrencyCode.Parse(code), rate, EuroIsBase: true, since, act);

        public ExchangeRate At(LocalDate date) => EuroIsBase
            ? new ExchangeRate(CurrencyCode.EUR, Currency, Rate, date, Act, RateDerivation.Published)
            : new ExchangeRate(Currency, CurrencyCode.EUR, Rate, date, Act, RateDerivation.Published);
    }
}
