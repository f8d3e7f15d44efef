using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>What <c>AddMigDevCoreConventions</c> maps each value type to, on each database, and a first round trip.</summary>
public class MigDevCoreConventionsExtensionsTest
{
    internal static Grant Sample() => new()
    {
        Amount = new Money(15_000_000.00m, CurrencyCode.EUR),
        Recipient = CountryCode.Parse("MA"),
        Funder = AgencyId.Parse("undp"),
        Programme = ProgrammeId.Parse("jmdi"),
        SignedOn = PartialDate.Parse("2008-12"),
        Ends = PartialDate.Parse("2012"),
        Period = Timeframe.Parse("2008/P4Y"),
        Cofinancing = Share.FromFraction(1, 3),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Columns_AreTheExactTypesOfEachDatabase(string provider)
    {
        using var db = TestDatabase.Open(provider);
        using var context = db.CreateContext();
        var script = context.Database.GenerateCreateScript();
        var expected = db.IsPostgres
            ? new[] { "\"Amount_Amount\" numeric NOT NULL", "\"Amount_Currency\" character(3) NOT NULL", "\"Recipient\" character(2) NOT NULL",
                "\"Funder\" character varying(64) NOT NULL", "\"Programme\" character varying(64)", "\"SignedOn\" character varying(10) NOT NULL",
                "\"Period\" text", "\"Cofinancing\" character varying(39)", "\"Amount_Amount\" numeric(38,18) NOT NULL" }
            : ["\"Amount_Amount\" TEXT NOT NULL", "\"Amount_Currency\" TEXT NOT NULL", "\"Recipient\" TEXT NOT NULL", "\"SignedOn\" TEXT NOT NULL"];
        foreach (var column in expected)
        {
            Assert.Contains(column, script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AGrant_IsSavedAndReadBackEqual(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var grant = Sample();
        using (var context = db.CreateContext())
        {
            context.Grants.Add(grant);
            context.SaveChanges();
        }
        using var read = db.CreateContext();
        var back = read.Grants.Single();
        Assert.Equal(grant.Amount, back.Amount);
        Assert.Equal(2, back.Amount.Amount.Scale);
        Assert.Equal(grant.Recipient, back.Recipient);
        Assert.Equal(grant.Funder, back.Funder);
        Assert.Equal(grant.Programme, back.Programme);
        Assert.Equal(grant.SignedOn, back.SignedOn);
        Assert.Equal(grant.Ends, back.Ends);
        Assert.Equal(grant.Period, back.Period);
        Assert.Equal(Period.FromYears(4), back.Period!.Duration);
        Assert.Equal(grant.Cofinancing, back.Cofinancing);
    }

    // A method group inside an expression lambda (text => Read(text, CurrencyCode.Parse, ...)) compiles to a call of
    // MethodInfo.CreateDelegate that runs for every value read: reflection on each column of each row. EF Core inlines the
    // read expression into the query's materializer, so it must hold no such call.
    [Fact]
    public void ReadExpressions_OfEveryConverter_CreateNoDelegatePerValue()
    {
        using var db = TestDatabase.Open(TestDatabase.Sqlite);
        using var context = db.CreateContext();
        var converters = context.Model.GetEntityTypes()
            .SelectMany(e => e.GetFlattenedProperties())
            .Select(p => p.GetValueConverter())
            .OfType<Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter>()
            .ToList();
        var types = converters.Select(c => c.ModelClrType).Distinct().ToList();
        foreach (var expected in new[] { typeof(CurrencyCode), typeof(CountryCode), typeof(AgencyId), typeof(ProgrammeId), typeof(PartialDate), typeof(Share), typeof(Timeframe) })
        {
            Assert.Contains(expected, types);
        }
        foreach (var converter in converters)
        {
            var calls = new CallCollector();
            calls.Visit(converter.ConvertFromProviderExpression);
            Assert.DoesNotContain(calls.Names, name => name.Contains("CreateDelegate", StringComparison.Ordinal));
        }
    }

    private sealed class CallCollector : System.Linq.Expressions.ExpressionVisitor
    {
        public List<string> Names { get; } = [];

        protected override System.Linq.Expressions.Expression VisitMethodCall(System.Linq.Expressions.MethodCallExpression node)
        {
            Names.Add($"{node.Method.DeclaringType?.Name}.{node.Method.Name}");
            return base.VisitMethodCall(node);
        }
    }
}
