using System.Text.RegularExpressions;
using MigDev.Core.Catalog;
using NodaTime;

namespace MigDev.Core.Tests;

/// <summary>
/// Everything the five seed documents name — organisations, programmes, meetings and lists of countries — as a reader
/// wrote it down going through the documents line by line (TestData/named-in-documents.csv, built from the texts, not
/// from the catalog): each name stands on the lines given, and resolves in the embedded catalog to the record the
/// reader expected, or is judged not a record (a post, a person, a policy, an instrument, a part of a meeting...) for
/// the reason the list gives.
/// </summary>
public partial class NamedInDocumentsTest
{
    private static readonly MigDevModel Model = MigDevCatalog.Default.Model;
    private static readonly AgencyDirectory Directory = MigDevCatalog.Default.Agencies;

    public static TheoryData<string, string, string, string, string, string> Rows => [.. TestCsv.Read("TestData", "named-in-documents.csv")
        .Select(r => (r[0], r[1], r[2], r[3], r[4], r[5]))];

    [Fact]
    public void ValidateTestData_TheListIsWellFormedAndHoldsWhatTheRereadFound()
    {
        var rows = TestCsv.Read("TestData", "named-in-documents.csv");
        Assert.All(rows, r => Assert.Equal(6, r.Length));
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "organisation", "programme", "meeting", "country-list" }));
        Assert.All(rows, r => Assert.Matches("^(agency|programme|meeting|countries|part|none)(:|$)", r[4]));
        Assert.All(rows.Where(r => r[4] == "none"), r => Assert.False(string.IsNullOrWhiteSpace(r[5]), $"{r[0]}:{r[1]} '{r[2]}' is judged not a record without a reason"));
        Assert.Equal(rows.Count, rows.Select(r => (r[0], r[1], r[2], r[4])).Distinct().Count());
        // Every document is read, and each kind of thing is there.
        Assert.Equal(["000", "001", "002", "003", "004"], rows.Select(r => r[0]).Distinct().Order());
        Assert.All(new[] { "organisation", "programme", "meeting", "country-list" }, k => Assert.Contains(rows, r => r[3] == k));
        // What the re-read of issue 19 found missing, among them: a chair of the Global Forum, a special representative,
        // a UN office, a task force, the country lists of the 'challenges' paragraphs of 001 and UNFPA's 2010 activities.
        var names = rows.Select(r => (r[0], r[2])).ToHashSet();
        Assert.Contains(("001", "Sweden"), names);
        Assert.Contains(("001", "Secretary General’s Special Representative on International Migration and Development"), names);
        Assert.Contains(("003", "UNFPA sub-regional office in the Pacific"), names);
        Assert.Contains(("003", "national inter-ministerial task force on international migration"), names);
        Assert.Contains(("001", "Republic of Moldova and Armenia"), names);
        Assert.Contains(("001", "India, Nepal and Thailand"), names);
        Assert.Contains(("003", "Africa"), names);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Name_StandsOnTheLinesGiven(string document, string lines, string name, string kind, string resolvesTo, string judgement)
    {
        _ = (kind, resolvesTo, judgement);
        var (first, last) = LineRange(lines);
        var seed = SeedLines(document);
        Assert.True(last <= seed.Length, $"{document}:{lines} is past the end ({seed.Length} lines)");
        var text = AsProse(string.Join(' ', seed[(first - 1)..last]));
        Assert.True(text.Contains(AsProse(name), StringComparison.Ordinal), $"{document}:{lines} does not say '{name}': {text}");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Name_ResolvesToTheRecordTheReaderExpected(string document, string lines, string name, string kind, string resolvesTo, string judgement)
    {
        _ = kind;
        var where = $"{document}:{lines} '{name}'";
        var (what, reference) = Split(resolvesTo);
        switch (what)
        {
            case "agency":
                Assert.True(Directory.TryGetByAlias(name, out var agency), $"{where} found no single agency");
                Assert.Equal(reference, agency.Id.Value);
                break;
            case "programme":
                Assert.Contains(Same(name), NamesOf(Programme(reference, where)));
                break;
            case "meeting":
                Assert.NotNull(Meeting(reference, where));
                break;
            case "countries":
                var (id, codes) = Split(reference);
                var countries = Programme(id, where).Countries.Select(c => c.Country.Code).ToHashSet(StringComparer.Ordinal);
                Assert.All(codes.Split(' '), code => Assert.True(countries.Contains(code), $"{where}: {code} is not a country of '{id}'"));
                break;
            case "part":
                AssertExists(reference, where);
                break;
            default:
                Assert.Equal("none", what);
                Assert.False(string.IsNullOrWhiteSpace(judgement), where);
                Assert.False(Directory.TryGetByAlias(name, out var found), $"{where} is judged not a record, yet finds agency '{found?.Id}'");
                break;
        }
    }

    [Fact]
    public void EuropeanUnion_IsTheCatalogsEuRecord()
    {
        // The documents write only "EU" (001:82, 004:71, 004:190, 004:214); its expansion finds the same record.
        var eu = Directory.GetByAcronym("EU");
        Assert.Equal("european-union", eu.Id.Value);
        Assert.Same(eu, Directory.GetByAlias("European Union"));
        Assert.Same(eu, Directory.GetByAlias("the European Union"));
        Assert.Equal(eu.Id, Directory.GetByAlias("European Commission").Parent);
    }

    [Fact]
    public void EveryAgency_HasANameOfItsOwn()
    {
        // 001:160-162 "co-hosted by the Governments of Bangladesh, Jamaica and Mali": three governments, three names.
        Assert.All(Directory, a => Assert.True(Directory.TryGetByAlias(a.Name, out var found) && found == a, $"'{a.Name}' does not find {a.Id} alone"));
        Assert.Equal(Directory.Count, Directory.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("government-of-bangladesh", Directory.GetByAlias("Governments of Bangladesh").Id.Value);
        Assert.Equal("government-of-mali", Directory.GetByAlias("Mali").Id.Value);
        Assert.Equal("government-of-jamaica", Directory.GetByAlias("Jamaica").Id.Value);
    }

    [Fact]
    public void TheChairsOfTheGlobalForum_AreTheGovernmentsTheDocumentsName()
    {
        // 001:158 "the Mexican GFMD Chair" (the 2010 GFMD in Mexico); 001:160 "In 2011, ... the Swiss Chair’s decentralized
        // approach to the GFMD"; 001:124 "the current GFMD Chair, Sweden" (no period stated).
        var gfmd = Directory.GetByAcronym("GFMD").Id;
        var chairs = Model.Memberships.Where(m => m.Body == gfmd && m.Role == OrganisationRole.Chair)
            .ToDictionary(m => m.Member.Value, m => m.Period?.ToString(), StringComparer.Ordinal);
        Assert.Equal("2010", chairs["government-of-mexico"]);
        Assert.Equal("2011", chairs["government-of-switzerland"]);
        Assert.Null(chairs["government-of-sweden"]);
        // A year says no more than the year: Mexico was not yet chair in 2009, and mid-2010 is left open.
        var mexico = Model.Memberships.Single(m => m.Body == gfmd && m.Member.Value == "government-of-mexico");
        Assert.False(mexico.IsInEffectOn(new LocalDate(2009, 12, 31)));
        Assert.Null(mexico.IsInEffectOn(new LocalDate(2010, 6, 1)));
        Assert.Equal(Directory.GetByAlias("Swiss Chair"), Directory.GetByAlias("Swiss GFMD chair"));
        Assert.Contains(Model.Meetings, m => m.Date?.ToString() == "2010" && m.Participants.Any(p => p.Agency.Value == "government-of-mexico" && p.Role == OrganisationRole.Host));
    }

    [Fact]
    public void ACountryActingAsFunder_IsItsGovernment_TheParentOfItsAidAgency()
    {
        // 004:117 "Investment of the UK in the health sector in Malawi"; 000:23 "United Kingdom Department for International
        // Development (DFID)"; 001:84 JMDI's second phase "contributed by ... the Swiss Agency for Development and Cooperation".
        var uk = Directory.GetByAlias("UK");
        Assert.Equal("government-of-the-united-kingdom", uk.Id.Value);
        Assert.Equal(uk.Id, Directory.GetByAcronym("DFID").Parent);
        Assert.Equal(Directory.GetByAlias("Swiss Chair").Id, Directory.GetByAlias("Swiss Agency for Development and Cooperation").Parent);
        var malawi = Model.Programmes.Single(p => p.Countries.Any(c => c.Country.Code == "MW"));
        Assert.Equal([uk.Id], malawi.Donors);
    }

    private static Programme Programme(string id, string where) =>
        Model.Programmes.SingleOrDefault(p => p.Id.Value == id) ?? throw new Xunit.Sdk.XunitException($"{where}: no programme '{id}'");

    private static Meeting Meeting(string reference, string where)
    {
        var at = reference.LastIndexOf('@');
        var (name, date) = (reference[..at], reference[(at + 1)..]);
        var found = Model.Meetings.Where(m => m.Name == name && (m.Date?.ToString() ?? "") == date).ToList();
        return found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException($"{where}: {found.Count} meetings '{name}' dated '{date}'");
    }

    private static void AssertExists(string reference, string where)
    {
        var (what, id) = Split(reference);
        switch (what)
        {
            case "agency":
                Assert.True(Directory.TryGet(AgencyId.Parse(id), out _), $"{where}: no agency '{id}'");
                break;
            case "programme":
                Programme(id, where);
                break;
            default:
                Assert.Equal("meeting", what);
                Meeting(id, where);
                break;
        }
    }

    private static IEnumerable<string> NamesOf(Programme p) =>
        p.Aliases.Append(p.Name).Concat(p.Acronym is null ? [] : [p.Acronym]).Select(Same);

    // Names compare as a reader compares them: case and runs of white space aside.
    private static string Same(string name) => Spaces().Replace(name, " ").Trim().ToUpperInvariant();

    private static (string Before, string After) Split(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text, "") : (text[..colon], text[(colon + 1)..]);
    }

    private static (int First, int Last) LineRange(string lines)
    {
        var parts = lines.Split('-');
        var first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return (first, parts.Length == 1 ? first : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    // The seed as the repository holds it, read here directly (not through the catalog's documents).
    private static string[] SeedLines(string document)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data", "seeds");
        var file = System.IO.Directory.GetFiles(folder, document + "_*.txt").Single();
        return File.ReadAllLines(file);
    }

    // The text as prose: markdown emphasis, footnote markers and link targets dropped, white space collapsed.
    private static string AsProse(string text)
    {
        var s = Footnote().Replace(text, "");
        s = Link().Replace(s, "$1").Replace("*", "", StringComparison.Ordinal);
        s = Superscript().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<sup>.*?</sup>")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex("[¹²³⁰-⁹]")]
    private static partial Regex Superscript();
}
