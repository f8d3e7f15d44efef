using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>Merge: every conflicting id is a fault naming both sources, at its path in the second; faults of the union
/// at their path in the source that holds the record.</summary>
public partial class MigDevCatalogTest
{
    // Two documents, each valid alone, that give the same ids to other records: a document, an agency, a programme, a
    // theme, a roundtable and a session.
    private const string First = """
        {"formatVersion":1,
         "documents":[{"id":"d","title":"Minutes","author":"Board"}],
         "agencies":[{"id":"a","name":"Agency A","kind":"Ngo"}],
         "programmes":[{"id":"p","name":"P"}],
         "themes":[{"number":1,"title":"Theme one"}],
         "roundtables":[{"number":1,"theme":1,"title":"Roundtable one"}],
         "sessions":[{"roundtable":1,"letter":"a","title":"Session 1a"}]}
        """;

    private const string Second = """
        {"formatVersion":1,
         "documents":[{"id":"d","title":"Other minutes","author":"Board"}],
         "agencies":[{"id":"a","name":"Another A","kind":"Ngo"}],
         "programmes":[{"id":"p","name":"P"}],
         "themes":[{"number":1,"title":"Theme one, again"}],
         "roundtables":[{"number":1,"theme":1,"title":"Roundtable one, again"}],
         "sessions":[{"roundtable":1,"letter":"a","title":"Session 1a, again"}]}
        """;

    [Fact]
    public void Merge_ConflictingIds_AreFaultsInTheSecondNamingTheFirst()
    {
        var first = CatalogDocument.Parse(First, "first.json");
        var second = CatalogDocument.Parse(Second, "second.json");

        var ex = Assert.Throws<MigDevDataException>(() => first.Merge(second));

        Assert.Equal("second.json", ex.SourceName);
        Assert.Null(ex.InnerException);
        Assert.Equal(
            [
                ("$.documents[0].id", "d", "'first.json' has another document with this id"),
                ("$.agencies[0].id", "a", "'first.json' has another agency with this id (Agency A)"),
                ("$.programmes[0].id", "p", "'first.json' has a programme with this id"),
                ("$.themes[0].number", "1", "'first.json' has an entry of themes with this number"),
                ("$.roundtables[0].number", "1", "'first.json' has an entry of roundtables with this number"),
                ("$.sessions[0].key", "1a", "'first.json' has an entry of sessions with this key"),
            ],
            ex.Faults.Select(f => (f.Path, f.Value, f.Rule)));
    }

    [Fact]
    public void Merge_TheSameDocumentAndAgencyInBoth_AreKeptOnce()
    {
        var first = CatalogDocument.Parse(First, "first.json");
        var second = CatalogDocument.Parse("""
            {"formatVersion":1,
             "documents":[{"id":"d","title":"Minutes","author":"Board"}],
             "agencies":[{"id":"a","name":"Agency A","kind":"Ngo"}],
             "programmes":[{"id":"q","name":"Q","partners":[{"agency":"a","role":"Funding"}]}]}
            """, "second.json");

        var union = first.Merge(second);

        Assert.Equal(["d"], union.Documents.Select(d => d.Id));
        Assert.Equal(["a"], union.Agencies.Select(a => a.Id.Value));
        Assert.Equal(["p", "q"], union.Model.Programmes.Select(p => p.Id.Value));
        Assert.Equal("first.json + second.json", union.SourceName);
    }

    [Fact]
    public void Merge_FaultsOfTheUnion_AreAtTheirPathInTheSecond()
    {
        // Extending the embedded catalog, the union's lists hold its records first: a fault of the union names the
        // index in mine.json (0), not in the union (the embedded catalog's count).
        const string Mine = """
            {"formatVersion":1,
             "programmes":[{"id":"my-pilot","name":"My pilot","partners":[{"agency":"atlantis","role":"Funding"}]}],
             "commitments":[{"funders":[{"funder":"undp"}],"stage":"Commitment","amount":{"amount":1000,"currency":"EUR"},"programme":"nowhere"}]}
            """;

        var ex = Assert.Throws<MigDevDataException>(() => CatalogDocument.Parse(Mine, "mine.json", extending: MigDevCatalog.Default));

        Assert.Equal("mine.json", ex.SourceName);
        Assert.IsType<ModelValidationException>(ex.InnerException);
        Assert.Equal(
            [("$.commitments[0].programme", "nowhere"), ("$.programmes[0].partners[0].agency", "atlantis")],
            ex.Faults.Select(f => (f.Path, f.Value)).Order());
    }
}
