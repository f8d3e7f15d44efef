using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The queries users need run in the database (EF Core throws when it cannot translate one, rather than
/// evaluating it in memory): by currency, by country, by a range of partial dates, sums per currency.</summary>
public class QueryTest
{
    // (amount, currency, country, signed): the expected answers below are computed from this list by hand-written LINQ
    // to Objects over plain strings and decimals, apart from the converters.
    private static readonly (string Amount, string Currency, string Country, string Signed)[] Rows =
    [
        ("15000000.00", "EUR", "MA", "2008-12"), ("0.0000000000000000000000000001", "GBP", "SN", "2010"),
        ("2500000", "USD", "MA", "2010-06-30"), ("79228162514264337593543950335", "JPY", "PH", "2011"),
        ("-1.50", "USD", "PH", "2010-06"), ("333333.333333333333333333", "EUR", "MA", "2009-02-28"),
        ("10", "USD", "SN", "2010-07"), ("9", "USD", "MA", "2012"),
    ];

    private static TestDatabase Seeded(string provider)
    {
        var db = TestDatabase.Open(provider);
        using var context = db.CreateContext();
        context.Grants.AddRange(Rows.Select(r => new Grant
        {
            Amount = new Money(decimal.Parse(r.Amount, System.Globalization.CultureInfo.InvariantCulture), CurrencyCode.Parse(r.Currency)),
            Recipient = CountryCode.Parse(r.Country), Funder = AgencyId.Parse("undp"), SignedOn = PartialDate.Parse(r.Signed),
        }));
        context.SaveChanges();
        return db;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ByCurrencyAndByCountry_RunInTheDatabase(string provider)
    {
        using var db = Seeded(provider);
        using var context = db.CreateContext();
        var usd = CurrencyCode.USD;
        var ma = CountryCode.Parse("MA");

        var query = context.Grants.Where(g => g.Amount.Currency == usd && g.Recipient == ma).OrderBy(g => g.Id).Select(g => g.SignedOn);

        Assert.Contains("WHERE", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(Rows.Where(r => r.Currency == "USD" && r.Country == "MA").Select(r => r.Signed), query.ToList().Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ByARangeOfPartialDates_TheTextSortsByFirstDay(string provider)
    {
        using var db = Seeded(provider);
        using var context = db.CreateContext();

#pragma warning disable CA1309 // string.Compare is what EF Core translates to SQL's < and >=
        // Signed from 2010 (the year, and everything in it) to before 2011: the column's text compares in order.
        var query = context.Grants
            .Where(g => string.Compare((string)(object)g.SignedOn, "2010") >= 0 && string.Compare((string)(object)g.SignedOn, "2011") < 0)
            .OrderBy(g => (string)(object)g.SignedOn)
            .Select(g => g.SignedOn);
#pragma warning restore CA1309

        var expected = Rows.Select(r => r.Signed).Where(s => s.StartsWith("2010", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["2010", "2010-06", "2010-06-30", "2010-07"], expected);
        Assert.Equal(expected, query.ToList().Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SumsPerCurrency_AreExact(string provider)
    {
        using var db = Seeded(provider);
        using var context = db.CreateContext();

        var query = context.Grants.GroupBy(g => g.Amount.Currency).Select(g => new { Currency = g.Key, Total = g.Sum(x => x.Amount.Amount) });

        var sums = query.ToList().ToDictionary(s => s.Currency.Code, s => s.Total);
        var expected = Rows.GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.Sum(r => decimal.Parse(r.Amount, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, sums);
        Assert.Equal(15333333.333333333333333333m, expected["EUR"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ComparisonsAndOrder_AreByValue_NotByText(string provider)
    {
        using var db = Seeded(provider);
        using var context = db.CreateContext();
        var nine = 9m;

        // As text, "10" < "9" and "2500000" < "9": the column's order is the value's on both databases.
        var above = context.Grants.Where(g => g.Amount.Amount > nine).OrderBy(g => g.Amount.Amount).Select(g => g.Amount.Amount).ToList();

        var expected = Rows.Select(r => decimal.Parse(r.Amount, System.Globalization.CultureInfo.InvariantCulture)).Where(a => a > 9m).Order();
        Assert.Equal(expected, above);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void EqualityOfAmounts_IsByValueOnPostgreSql_AndByTextOnSqlite(string provider)
    {
        using var db = Seeded(provider);
        using var context = db.CreateContext();
        var tenAsWritten = 10m;
        var tenWithTwoDecimals = 10.00m;

        Assert.Single(context.Grants.Where(g => g.Amount.Amount == tenAsWritten));
        // SQLite compares the text ('10' = '10.00' is false): a range, which compares values, finds it on both.
        Assert.Equal(db.IsPostgres ? 1 : 0, context.Grants.Count(g => g.Amount.Amount == tenWithTwoDecimals));
        Assert.Single(context.Grants.Where(g => g.Amount.Amount >= tenWithTwoDecimals && g.Amount.Amount <= tenWithTwoDecimals));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ASumBeyondADecimal_IsAnError_NotARoundedTotal(string provider)
    {
        using var db = Seeded(provider);
        using (var context = db.CreateContext())
        {
            // With 15000000.00 EUR and 333333.333333333333333333 EUR, the exact total needs 30 digits: a decimal has 28-29.
            context.Grants.Add(new Grant { Amount = new Money(0.0000000000000000000000000001m, CurrencyCode.EUR), Recipient = CountryCode.Parse("MA"), Funder = AgencyId.Parse("iom"), SignedOn = PartialDate.FromYear(2010) });
            context.SaveChanges();
        }
        using var read = db.CreateContext();

        var thrown = Record.Exception(() => read.Grants.Where(g => g.Amount.Currency == CurrencyCode.EUR).Sum(g => g.Amount.Amount));

        // PostgreSQL sums exactly in numeric, and Npgsql refuses a result a decimal cannot hold; SQLite's ef_sum adds
        // decimals in .NET, which round to 28 digits: that total is read back (EF Core's function, not ours).
        if (db.IsPostgres)
        {
            Assert.IsType<OverflowException>(thrown);
        }
        else
        {
            Assert.Null(thrown);
        }
    }
}
