using CsCheck;
using NodaTime;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Random values of each type for the database round trips, with the edges every run meets.</summary>
internal static class DbGens
{
    private static readonly CurrencyCode[] Currencies = [.. CurrencyCode.All];
    private static readonly CountryCode[] Countries = [.. MigDev.Core.Country.All.Select(c => c.Code)];
    private static readonly AgencyId[] Agencies = [.. new[] { "undp", "iom", "un-desa", "macarthur-foundation", "a1-b2-c3" }.Select(AgencyId.Parse)];

    /// <summary>The edges: the largest and smallest decimals, 28 decimal places, negative zero with a scale, zeros.</summary>
    public static readonly decimal[] EdgeAmounts =
    [
        decimal.MaxValue, decimal.MinValue, new decimal(1, 0, 0, false, 28), new decimal(-1, -1, 0x204FCE5E, true, 28),
        new decimal(0, 0, 0, true, 2), new decimal(0, 0, 0, true, 0), 0m, 0.000m, 15_000_000.00m, 1m / 3m,
    ];

    /// <summary>Any decimal: CsCheck's (every scale and magnitude), 28-decimal ones, and the edges.</summary>
    public static readonly Gen<decimal> Amount = Gen.Frequency(
        (6, Gen.Decimal),
        (2, Gen.Select(Gen.Int, Gen.Int, Gen.Int[0, 0x204FCE5E], Gen.Bool).Select((lo, mid, hi, negative) => new decimal(lo, mid, hi, negative, 28))),
        (1, Gen.OneOf(EdgeAmounts)));

    public static readonly Gen<CurrencyCode> Currency = Gen.Int[0, Currencies.Length - 1].Select(i => Currencies[i]);

    public static readonly Gen<CountryCode> Country = Gen.Int[0, Countries.Length - 1].Select(i => Countries[i]);

    public static readonly Gen<AgencyId> Agency = Gen.Int[0, Agencies.Length - 1].Select(i => Agencies[i]);

    public static readonly Gen<PartialDate> PartialDate = Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 12], Gen.Int[0, 31]).Select((y, m, d) =>
        m == 0 ? MigDev.Core.PartialDate.FromYear(y)
        : d == 0 ? MigDev.Core.PartialDate.FromYearMonth(new YearMonth(y, m))
        : MigDev.Core.PartialDate.FromDate(new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m)))));

    public static readonly Gen<Timeframe> Timeframe = Gen.Select(PartialDate, PartialDate, Gen.Int[0, 4], Gen.Int[1, 400]).Select((a, b, kind, n) => kind switch
    {
        0 => a.FirstDay <= b.LastDay ? MigDev.Core.Timeframe.Between(a, b) : MigDev.Core.Timeframe.Between(b, a),
        1 => MigDev.Core.Timeframe.Since(a),
        2 => MigDev.Core.Timeframe.OfDuration(Period.FromMonths(n)),
        3 => new Timeframe(a, null, Period.FromYears(n) + Period.FromDays(n % 7)),
        _ => new Timeframe(null, b),
    });

    public static readonly Gen<Share> Share = Gen.Long[1, long.MaxValue].SelectMany(d => Gen.Long[0, d].Select(n => MigDev.Core.Share.FromFraction(n, d)));

    public static readonly Gen<Grant> Grant = Gen.Select(
        Gen.Select(Amount, Currency).Select((a, c) => new Money(a, c)),
        Country, Agency, PartialDate, PartialDate.Nullable(), Timeframe.Null(), Share.Nullable())
        .Select((money, country, agency, signed, ends, period, share) => new Grant
        {
            Amount = money, Recipient = country, Funder = agency, SignedOn = signed, Ends = ends, Period = period, Cofinancing = share,
        });

    /// <summary>The suite's iterations, fifty times as many under <c>MIGDEV_LONG=1</c>.</summary>
    public static int Iterations(int inTheSuite) =>
        Environment.GetEnvironmentVariable("MIGDEV_LONG") is "1" or "true" ? inTheSuite * 50 : inTheSuite;
}
