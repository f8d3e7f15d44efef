using Microsoft.EntityFrameworkCore;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Bad rows written by hand into the table, and values no column can hold: each a typed error naming the table,
/// the column and the value, as users see it (EF Core wraps what a converter throws).</summary>
public class MigDevDatabaseValueExceptionTest
{
    private static readonly Dictionary<string, string> GoodRow = new(StringComparer.Ordinal)
    {
        ["Amount_Amount"] = "'1.50'", ["Amount_Currency"] = "'EUR'", ["Recipient"] = "'MA'", ["Funder"] = "'undp'",
        ["Programme"] = "'jmdi'", ["SignedOn"] = "'2008-12'", ["Ends"] = "NULL", ["Period"] = "'2008/P4Y'", ["Cofinancing"] = "'1/3'",
    };

    public static TheoryData<string, string, string> BadRows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var provider in TestDatabase.ProviderNames)
        {
            rows.Add(provider, "Amount_Currency", "ZZZ");       // no ISO 4217 code
            rows.Add(provider, "Amount_Currency", "eur");       // a code, not in the canonical case the library writes
            rows.Add(provider, "Recipient", "ZZ");              // no country
            rows.Add(provider, "Funder", "UN DESA");            // not an id
            rows.Add(provider, "SignedOn", "2010-13");          // no such month
            rows.Add(provider, "SignedOn", "2011-02-29");       // no such day
            rows.Add(provider, "Ends", "June 2010");            // not ISO 8601
            rows.Add(provider, "Period", "2011/2009");          // the end before the start
            rows.Add(provider, "Cofinancing", "2/4");           // not reduced
            rows.Add(provider, "Cofinancing", "3/2");           // more than the whole
        }
        rows.Add(TestDatabase.Sqlite, "Amount_Amount", "1.5e3");   // SQLite's text column takes anything; PostgreSQL's numeric does not
        rows.Add(TestDatabase.Sqlite, "Amount_Amount", "79228162514264337593543950336");   // decimal.MaxValue + 1
        return rows;
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void ABadValueInARow_IsATypedErrorNamingTableColumnAndValue(string provider, string column, string value)
    {
        using var db = TestDatabase.Open(provider);
        var row = new Dictionary<string, string>(GoodRow, StringComparer.Ordinal) { [column] = $"'{value}'" };
        db.Execute($"INSERT INTO \"Grants\" ({string.Join(", ", row.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", row.Values)})");
        using var context = db.CreateContext();

        // EF Core 10 lets what a converter throws while reading through as it is (saving wraps it: below).
        var error = Assert.Throws<MigDevDatabaseValueException>(() => context.Grants.ToList());

        Assert.Same(error, MigDevDatabaseValueException.Find(error));
        Assert.Equal(("Grants", column, value), (error.Table, error.Column, error.Value));
        Assert.StartsWith($"Table 'Grants', column '{column}': '{value}' is not ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonCanonicalCode_NamesTheCanonicalOne()
    {
        using var db = TestDatabase.Open(TestDatabase.Sqlite);
        db.Execute("INSERT INTO \"Grants\" (\"Amount_Amount\", \"Amount_Currency\", \"Recipient\", \"Funder\", \"SignedOn\") VALUES ('1', 'eur', 'MA', 'undp', '2008')");
        using var context = db.CreateContext();
        var error = Assert.Throws<MigDevDatabaseValueException>(() => context.Grants.ToList());
        Assert.Equal("Table 'Grants', column 'Amount_Currency': 'eur' is not in canonical form: expected 'EUR' (the text the library writes).", error.Message);
    }

    public static TheoryData<string, string> DefaultValues()
    {
        var rows = new TheoryData<string, string>();
        foreach (var provider in TestDatabase.ProviderNames)
        {
            foreach (var column in new[] { "Recipient", "Funder", "SignedOn", "Cofinancing" })
            {
                rows.Add(provider, column);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(DefaultValues))]
    public void ADefaultValue_IsATypedErrorOnSaving(string provider, string column)
    {
        using var db = TestDatabase.Open(provider);
        var grant = MigDevCoreConventionsExtensionsTest.Sample();
        switch (column)
        {
            case "Recipient": grant.Recipient = default; break;
            case "Funder": grant.Funder = default; break;
            case "SignedOn": grant.SignedOn = default; break;
            default: grant.Cofinancing = default(Share); break;
        }
        using var context = db.CreateContext();
        context.Grants.Add(grant);

        var thrown = Assert.Throws<DbUpdateException>(() => context.SaveChanges());

        var error = Assert.IsType<MigDevDatabaseValueException>(thrown.InnerException);
        Assert.Same(error, MigDevDatabaseValueException.Find(thrown));
        Assert.Equal(("Grants", column, (string?)null), (error.Table, error.Column, error.Value));
        Assert.Contains("is not a value and cannot be saved", error.Message, StringComparison.Ordinal);
        Assert.Empty(db.CreateContext().Grants.ToList());
    }

    // Money holds amount and currency in one 16-byte field, so EF Core reads its columns through the getters, and a
    // default(Money) is refused by Money itself as soon as the entity is tracked: before any SQL, with Money's message.
    [Theory]
    [MemberData(nameof(Providers))]
    public void ADefaultMoney_IsRefusedWhenTracked(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var grant = MigDevCoreConventionsExtensionsTest.Sample();
        grant.Amount = default;
        using var context = db.CreateContext();

        var thrown = Assert.Throws<InvalidOperationException>(() => context.Grants.Add(grant));

        Assert.StartsWith("default(Money) has no currency", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0, context.SaveChanges());
        Assert.Empty(db.CreateContext().Grants.ToList());
    }

    public static TheoryData<string> Providers() => [.. TestDatabase.ProviderNames];
}
