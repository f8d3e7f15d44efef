using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>The model as an aggregate: what its constructor requires, what its init properties accept.</summary>
public class MigDevModelTest
{
    private static readonly ProgrammeId Jmdi = ProgrammeId.Parse("jmdi");

    [Fact]
    public void Constructor_NullAgenciesOrDocuments_ThrowsArgumentNull()
    {
        Assert.Equal("agencies", Assert.Throws<ArgumentNullException>(() => new MigDevModel(null!, [])).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => new MigDevModel(AgencyDirectory.Empty, null!)).ParamName);
    }

    [Fact]
    public void Constructor_LoadsNothingBehindTheCallersBack_ListsAreEmptyUnlessSet()
    {
        var model = new MigDevModel(AgencyDirectory.Empty, []);
        Assert.Empty(model.Agencies);
        Assert.Empty(model.Documents);
        Assert.Empty(model.Programmes);
        Assert.Empty(model.Commitments);
        Assert.Empty(model.Themes);
        Assert.Empty(model.Roundtables);
        Assert.Empty(model.Sessions);
        Assert.Empty(model.Activities);
        Assert.Empty(model.Meetings);
        Assert.Empty(model.Memberships);
        Assert.False(model.Programmes.IsDefault);
    }

    [Fact]
    public void InitProperties_KeepTheListsInOrder()
    {
        var model = new MigDevModel(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents)
        {
            Programmes = [new Programme(Jmdi, "JMDI"), new Programme(ProgrammeId.Parse("jmdi-2"), "JMDI 2")],
            Themes = [new Theme(1, "Theme")],
            Meetings = [new Meeting("GFMD")],
        };
        Assert.Same(MigDevCatalog.Default.Agencies, model.Agencies);
        Assert.Equal(MigDevCatalog.Default.Documents, model.Documents);
        Assert.Equal(["jmdi", "jmdi-2"], model.Programmes.Select(p => p.Id.Value));
        Assert.Equal(1, Assert.Single(model.Themes).Number);
        Assert.Equal("GFMD", Assert.Single(model.Meetings).Name);
    }

    [Fact]
    public void InitProperties_DefaultImmutableArray_GivesEmpty()
    {
        var model = new MigDevModel(AgencyDirectory.Empty, [])
        {
            Programmes = default,
            Commitments = default,
            Themes = default,
            Roundtables = default,
            Sessions = default,
            Activities = default,
            Meetings = default,
            Memberships = default,
        };
        Assert.False(model.Programmes.IsDefault);
        Assert.Empty(model.Programmes);
        Assert.Empty(model.Commitments);
        Assert.Empty(model.Themes);
        Assert.Empty(model.Roundtables);
        Assert.Empty(model.Sessions);
        Assert.Empty(model.Activities);
        Assert.Empty(model.Meetings);
        Assert.Empty(model.Memberships);
    }

    [Fact]
    public void InitProperties_NullElement_ThrowsNamingListAndIndex()
    {
        var programmes = Assert.Throws<ArgumentException>(() => new MigDevModel(AgencyDirectory.Empty, []) { Programmes = [new Programme(Jmdi, "JMDI"), null!] });
        Assert.Equal("programmes", programmes.ParamName);
        Assert.Contains("programmes[1]", programmes.Message, StringComparison.Ordinal);

        var memberships = Assert.Throws<ArgumentException>(() => new MigDevModel(AgencyDirectory.Empty, []) { Memberships = [null!] });
        Assert.Equal("memberships", memberships.ParamName);
        Assert.Contains("memberships[0]", memberships.Message, StringComparison.Ordinal);

        var documents = Assert.Throws<ArgumentException>(() => new MigDevModel(AgencyDirectory.Empty, [null!]));
        Assert.Equal("documents", documents.ParamName);
        Assert.Contains("documents[0]", documents.Message, StringComparison.Ordinal);
    }
}
