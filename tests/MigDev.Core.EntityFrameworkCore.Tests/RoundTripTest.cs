using System.Globalization;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Random values saved and read back exactly, on each database (CsCheck, fixed seeds: the seed fixes the first
/// case, the others are random each run; <c>MIGDEV_LONG=1</c> runs fifty times as many).</summary>
public class RoundTripTest
{
    /// <summary>The exact representation of a decimal: value, scale and sign of zero (what <c>==</c> ignores).</summary>
    internal static string Exact(decimal value) => string.Join(",", decimal.GetBits(value));

    /// <summary>What the database gives back for an amount, computed apart from the library: SQLite's text keeps every
    /// bit; PostgreSQL's numeric has no negative zero (-0.00 reads back 0.00, same scale).</summary>
    internal static decimal ExpectedBack(decimal value, bool postgres) =>
        postgres && value == 0m ? new decimal(0, 0, 0, false, value.Scale) : value;

    // The text of an amount, by hand: invariant digits, the scale kept, the sign of a negative zero.
    private static string DecimalText(decimal value) =>
        (value == 0m && decimal.IsNegative(value) ? "-" : "") + value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void RandomGrants_AreReadBackExactly(string provider)
    {
        using var db = TestDatabase.Open(provider);
        DbGens.Grant.Sample(grant =>
        {
            using (var context = db.CreateContext())
            {
                context.Grants.Add(grant);
                context.SaveChanges();
            }
            using var read = db.CreateContext();
            var back = read.Grants.Single(g => g.Id == grant.Id);
            Assert.Equal(Exact(ExpectedBack(grant.Amount.Amount, db.IsPostgres)), Exact(back.Amount.Amount));
            Assert.Equal(grant.Amount.Currency, back.Amount.Currency);
            Assert.Equal(grant.Recipient, back.Recipient);
            Assert.Equal(grant.Funder, back.Funder);
            Assert.Equal(grant.SignedOn.ToString(), back.SignedOn.ToString());
            Assert.Equal(grant.Ends?.ToString(), back.Ends?.ToString());
            Assert.Equal(grant.Period?.ToString(), back.Period?.ToString());
            Assert.Equal(grant.Period, back.Period);
            Assert.Equal((grant.Cofinancing?.Numerator, grant.Cofinancing?.Denominator), (back.Cofinancing?.Numerator, back.Cofinancing?.Denominator));
        }, seed: "0N1oBu2cCzG4", iter: DbGens.Iterations(db.IsPostgres ? 60 : 150), threads: 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TheEdgeAmounts_AreReadBackExactly(string provider)
    {
        using var db = TestDatabase.Open(provider);
        using (var context = db.CreateContext())
        {
            context.Grants.AddRange(DbGens.EdgeAmounts.Select(a => new Grant
            {
                Amount = new Money(a, CurrencyCode.EUR), Recipient = CountryCode.Parse("MA"), Funder = AgencyId.Parse("iom"), SignedOn = PartialDate.FromYear(2008),
            }));
            context.SaveChanges();
        }
        using var read = db.CreateContext();
        var back = read.Grants.OrderBy(g => g.Id).Select(g => g.Amount).ToList();
        Assert.Equal(DbGens.EdgeAmounts.Select(a => Exact(ExpectedBack(a, db.IsPostgres))), back.Select(m => Exact(m.Amount)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AChangeOfScaleOnly_IsSaved(string provider)
    {
        using var db = TestDatabase.Open(provider);
        using (var context = db.CreateContext())
        {
            context.Grants.Add(MigDevCoreConventionsExtensionsTest.Sample());
            context.SaveChanges();
            var grant = context.Grants.Single();
            grant.Amount = new Money(15_000_000.000m, CurrencyCode.EUR);   // equal by value, one more decimal
            Assert.Equal(1, context.SaveChanges());
        }
        using var read = db.CreateContext();
        Assert.Equal(3, read.Grants.Single().Amount.Amount.Scale);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ANarrowedColumn_KeepsWhatFitsAndRefusesWhatDoesNot(string provider)
    {
        using var db = TestDatabase.Open(provider);
        DbGens.Amount.Sample(amount =>
        {
            // Independently: (38, 18) holds a value with at most 18 significant decimals and at most 20 integer digits.
            var fits = decimal.Round(amount, 18) == amount && Math.Abs(decimal.Truncate(amount)) < 100_000_000_000_000_000_000m;
            using var context = db.CreateContext();
            var grant = new NarrowGrant { Amount = new Money(amount, CurrencyCode.USD) };
            context.NarrowGrants.Add(grant);
            if (!fits)
            {
                // EF Core wraps what a converter throws while saving in its DbUpdateException.
                var thrown = Assert.Throws<DbUpdateException>(() => context.SaveChanges());
                var error = Assert.IsType<MigDevDatabaseValueException>(thrown.InnerException);
                Assert.Equal(("NarrowGrants", "Amount_Amount", DecimalText(amount)), (error.Table, error.Column, error.Value));
                return;
            }
            context.SaveChanges();
            using var read = db.CreateContext();
            var back = read.NarrowGrants.Single(g => g.Id == grant.Id).Amount.Amount;
            Assert.Equal(amount, back);
            // Text keeps the scale; numeric(38, 18) pads to 18 decimals, as many of them as a decimal's 28 digits leave room for.
            Assert.True(db.IsPostgres ? (back.Scale == 18 || back.ToString(CultureInfo.InvariantCulture).Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length >= 28) : back.Scale == amount.Scale, $"{amount} read back as {back}");
        }, seed: "0N1oBu2cCzG4", iter: DbGens.Iterations(db.IsPostgres ? 60 : 150), threads: 1);
    }
}
