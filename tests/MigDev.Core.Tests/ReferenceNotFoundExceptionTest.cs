using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

public class ReferenceNotFoundExceptionTest
{
    [Fact]
    public void StandardConstructors_KeepMessageAndCauseWithoutData()
    {
        var plain = new ReferenceNotFoundException();
        Assert.Equal("The reference data has no such entry.", plain.Message);
        Assert.Null(plain.KindOfThing);
        Assert.Null(plain.Key);
        Assert.Empty(plain.Candidates);
        Assert.Equal("no such agency", new ReferenceNotFoundException("no such agency").Message);
        var cause = new InvalidOperationException("index");
        var wrapped = new ReferenceNotFoundException("no such agency", cause);
        Assert.Same(cause, wrapped.InnerException);
        Assert.IsAssignableFrom<KeyNotFoundException>(wrapped);
    }

    [Fact]
    public void Constructor_KeyNotFound_NamesKindAndKey()
    {
        var ex = new ReferenceNotFoundException("agency id", "atlantis-aid");
        Assert.Equal("agency id", ex.KindOfThing);
        Assert.Equal("atlantis-aid", ex.Key);
        Assert.Empty(ex.Candidates);
        Assert.Equal("No agency id 'atlantis-aid' in the reference data.", ex.Message);
    }

    [Fact]
    public void Constructor_AmbiguousKey_ListsTheCandidates()
    {
        // Both Congos, as the UN M49 CSV names them.
        var m49 = TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv");
        var congos = m49.Where(r => r["Country or Area"].Contains("Congo", StringComparison.Ordinal))
            .Select(r => $"{r["ISO-alpha2 Code"]} {r["Country or Area"]}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, congos.Length);

        var ex = new ReferenceNotFoundException("country name", "the Congo", congos);

        Assert.Equal(congos, ex.Candidates);
        Assert.Equal($"The country name 'the Congo' is ambiguous: it could be {congos[0]}, {congos[1]}. Use a code instead.", ex.Message);
    }

    [Fact]
    public void Constructor_NotFoundWithNearestMatches_NamesThemInMessageAndProperty()
    {
        var ex = new ReferenceNotFoundException("agency acronym", "EC", [], ["european-commission European Commission", "unece UNECE"]);
        Assert.Empty(ex.Candidates);
        Assert.Equal(["european-commission European Commission", "unece UNECE"], ex.NearestMatches);
        Assert.Equal("No agency acronym 'EC' in the reference data. Nearest: european-commission European Commission; unece UNECE.", ex.Message);
        Assert.Empty(new ReferenceNotFoundException("agency id", "atlantis-aid").NearestMatches);
        Assert.Empty(new ReferenceNotFoundException().NearestMatches);
    }

    [Fact]
    public void ThrownByLookups_NameKindAndKey()
    {
        var catalog = MigDevCatalog.Default;
        AssertNamed(() => catalog.GetDocument("005"), "source document", "005");
        AssertNamed(() => catalog.GetProgramme(ProgrammeId.Parse("atlantis-programme")), "programme id", "atlantis-programme");
        AssertNamed(() => catalog.Agencies.Get(AgencyId.Parse("atlantis-aid")), "agency id", "atlantis-aid");
        AssertNamed(() => catalog.Agencies.GetByAcronym("AAA"), "agency acronym", "AAA");
        AssertNamed(() => Country.Get("QQ"), "country code", "QQ");
        AssertNamed(() => Country.Resolve("Atlantis"), "country name", "Atlantis");
        AssertNamed(() => M49Area.Get(998), "M49 area", "998");
        AssertNamed(() => Place.Resolve("the Asia-Pacific region"), "place name", "the Asia-Pacific region");
    }

    [Fact]
    public void Found_AsTheSeedsNameThem_DoesNotThrow()
    {
        // Seed 000, line 3 names UNDP; the M49 CSV gives the Republic of Moldova the code 498.
        Assert.Contains("UNDP", SeedText.Of("000")[2], StringComparison.Ordinal);
        Assert.Equal("undp", MigDevCatalog.Default.Agencies.GetByAcronym("UNDP").Id.ToString());
        var moldova = TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv").Single(r => r["Country or Area"] == "Republic of Moldova");
        Assert.Equal(moldova["ISO-alpha2 Code"], Country.GetByM49(int.Parse(moldova["M49 Code"], System.Globalization.CultureInfo.InvariantCulture)).Code.Code);
    }

    private static void AssertNamed(Func<object> lookup, string kindOfThing, string key)
    {
        var ex = Assert.Throws<ReferenceNotFoundException>(lookup);
        Assert.Equal(kindOfThing, ex.KindOfThing);
        Assert.Equal(key, ex.Key);
        Assert.Empty(ex.Candidates);
        Assert.Contains($"'{key}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_FromASequenceReadableOnce_AreInTheMessageAndTheProperty()
    {
        var queue = new Queue<string>(["CD Democratic Republic of the Congo", "CG Congo"]);
        var ex = new ReferenceNotFoundException("country name", "Congo", OneShot(queue));
        Assert.Equal(["CD Democratic Republic of the Congo", "CG Congo"], ex.Candidates);
        Assert.Contains("CD Democratic Republic of the Congo, CG Congo", ex.Message, StringComparison.Ordinal);

        static IEnumerable<string> OneShot(Queue<string> q)
        {
            while (q.Count > 0)
            {
                yield return q.Dequeue();
            }
        }
    }
}
