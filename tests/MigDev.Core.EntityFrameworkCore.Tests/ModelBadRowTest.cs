using MigDev.Core.Catalog;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Bad values written by hand (raw SQL) into the whole-model tables: loading the model is a typed error naming
/// the table, the column (or the row's key, for a row the domain refuses as a whole) and the value.</summary>
public class ModelBadRowTest
{
    public static TheoryData<string, string, string, string, string> BadValues()
    {
        var rows = new TheoryData<string, string, string, string, string>();
        foreach (var provider in TestDatabase.ProviderNames)
        {
            // provider, table, column, value written, where (a row the catalog holds)
            rows.Add(provider, "MigDevCommitments", "Amount_Currency", "ZZZ", "\"Position\" = 0");          // no ISO 4217 code
            rows.Add(provider, "MigDevCommitments", "ValueDate", "2010-13", "\"Position\" = 0");            // no such month
            rows.Add(provider, "MigDevCommitments", "ValueDate", "2011-02-29", "\"Position\" = 0");         // no such day
            rows.Add(provider, "MigDevCommitments", "Stage", "Gift", "\"Position\" = 0");                   // no such stage
            rows.Add(provider, "MigDevCommitments", "Stage", "1", "\"Position\" = 0");                      // a number, not a name
            rows.Add(provider, "MigDevCommitments", "Direction", "incoming", "\"Position\" = 0");           // not the name's case
            rows.Add(provider, "MigDevProgrammeCountries", "Country", "ZZ", "\"Position\" = 0");            // no such country
            rows.Add(provider, "MigDevContributions", "Funder", "UN DESA", "\"Position\" = 0");             // not an agency id
            rows.Add(provider, "MigDevContributions", "Share", "2/4", "\"Position\" = 0");                  // not reduced
            rows.Add(provider, "MigDevMeetings", "Chair", "QQ", "\"Position\" = 0");                         // no such country
            rows.Add(provider, "MigDevParticipants", "Period", "2011/2009", "\"Position\" = 0");            // the end before the start
            rows.Add(provider, "MigDevAgencies", "Kind", "Agency", "\"Position\" = 0");                      // no such kind
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task LoadAsync_ABadValueInAColumn_IsATypedErrorNamingTableColumnAndValue(string provider, string table, string column, string value, string where)
    {
        using var db = await Saved(provider);
        db.Execute($"UPDATE \"{table}\" SET \"{column}\" = '{value}' WHERE {where}");
        await using var context = db.CreateContext();

        var error = await Assert.ThrowsAsync<MigDevDatabaseValueException>(() => MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken));

        Assert.Equal((table, column, value), (error.Table, error.Column, error.Value));
        Assert.StartsWith($"Table '{table}', column '{column}': '{value}' is not ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_AGmgMemberThatIsNoAgencyId_IsATypedError(string provider)
    {
        using var db = await Saved(provider);
        var list = db.IsPostgres ? "ARRAY['UN DESA']" : "'[\"UN DESA\"]'";
        db.Execute($"UPDATE \"MigDevActivities\" SET \"GmgMembersWithExpertise\" = {list} WHERE \"Position\" = 0");
        await using var context = db.CreateContext();

        var error = await Assert.ThrowsAsync<MigDevDatabaseValueException>(() => MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken));

        Assert.Equal(("MigDevActivities", "GmgMembersWithExpertise", "UN DESA"), (error.Table, error.Column, error.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_ARowTheDomainRefuses_NamesTheTableAndTheRow(string provider)
    {
        using var db = await Saved(provider);
        var jmdi = MigDevCatalog.Default.Model.Programmes.First(p => p.Phase is null && p.Parent is null).Id.ToString();
        db.Execute($"UPDATE \"MigDevProgrammes\" SET \"Phase\" = 0 WHERE \"Id\" = '{jmdi}'");
        await using var context = db.CreateContext();

        var error = await Assert.ThrowsAsync<MigDevDatabaseValueException>(() => MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken));

        Assert.Equal(("MigDevProgrammes", (string?)null, jmdi), (error.Table, error.Column, error.Value));
        Assert.StartsWith($"Table 'MigDevProgrammes': '{jmdi}' is not a valid record: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_ACommitmentWithAnAmountAndARelativeFigure_IsATypedError(string provider)
    {
        using var db = await Saved(provider);
        db.Execute("UPDATE \"MigDevCommitments\" SET \"RelativeAmount\" = '1/2', \"RelativeTo\" = 'the total' WHERE \"Position\" = 0");
        await using var context = db.CreateContext();

        var error = await Assert.ThrowsAsync<MigDevDatabaseValueException>(() => MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken));

        Assert.Equal("MigDevCommitments", error.Table);
        Assert.Contains("either an amount or a relative amount; this row has both", error.Message, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> Saved(string provider)
    {
        var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        await MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model, TestContext.Current.CancellationToken);
        return db;
    }
}
