using System.Text.RegularExpressions;

namespace MigDev.Core.Tests;

/// <summary>
/// Every short and formal name, in the six UN languages, against the UN Terminology names of data/m49 read here with a
/// plain CSV reader: the UNTERM columns of the country-codes package; where those are empty, OCHA's copy of the UNTERM
/// names (for the countries OCHA marks as in the UNTERM list); for territories, the UNSD M49 names; and the reviewed
/// decisions of data/m49/name-decisions.csv where the sources disagree. Each decision must still settle a disagreement.
/// </summary>
public partial class CountryUnNamesTest
{
    private static readonly string[] Languages = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"];

    private static readonly Dictionary<string, string> OfficialColumn = new(StringComparer.Ordinal)
    {
        ["Arabic"] = "official_name_ar", ["Chinese"] = "official_name_cn", ["English"] = "official_name_en",
        ["French"] = "official_name_fr", ["Russian"] = "official_name_ru", ["Spanish"] = "official_name_es",
    };

    private static readonly List<Dictionary<string, string>> M49 = TestCsv.ReadWithHeader("data", "m49", "UNSD-M49-en.csv");

    private static readonly Dictionary<string, Dictionary<string, string>> Datasets = TestCsv.ReadWithHeader("data", "m49", "datasets-country-codes.csv")
        .ToDictionary(r => r["ISO3166-1-Alpha-2"], StringComparer.Ordinal);

    private static readonly Dictionary<string, Dictionary<string, string>> Ocha = TestCsv.ReadWithHeader("data", "m49", "ocha-countries-territories-taxonomy.csv")
        .Where(r => r["ISO 3166-1 Alpha 2-Codes"].Length > 0)
        .ToDictionary(r => r["ISO 3166-1 Alpha 2-Codes"], StringComparer.Ordinal);

    private static readonly List<Dictionary<string, string>> Decisions = TestCsv.ReadWithHeader("data", "m49", "name-decisions.csv");

    [Fact]
    public void ValidateTestData_TheSourcesHaveEveryCountryAndTheDecisionsAReason()
    {
        Assert.Equal(249, M49.Count);
        Assert.All(M49, r => Assert.True(Datasets.ContainsKey(r["ISO-alpha2 Code"]) && Ocha.ContainsKey(r["ISO-alpha2 Code"]), r["ISO-alpha2 Code"]));
        Assert.Equal(195, M49.Count(r => Datasets[r["ISO-alpha2 Code"]]["UNTERM English Short"].Length > 0));
        Assert.NotEmpty(Decisions);
        Assert.All(Decisions, d => Assert.True(d["Reason"].Length > 40, $"{d["Alpha2"]} {d["Language"]} {d["Kind"]}: a reason, please"));
    }

    [Fact]
    public void ShortName_IsTheUnName_NotAnExonym()
    {
        Assert.Equal("Côte d'Ivoire", Country.Get("CI").ShortName);
        Assert.Equal("Türkiye", Country.Get("TR").ShortName);
        Assert.Equal("Netherlands (Kingdom of the)", Country.Get("NL").ShortName);
        Assert.Equal("Sudan", Country.Get("SD").ShortName);
        Assert.Equal("Falkland Islands (Malvinas)", Country.Get("FK").ShortName);
        Assert.Equal("Afghanistan", Country.Get("AF").GetShortName(UnLanguage.French));
        Assert.Equal("the Cook Islands", Country.Get("CK").FormalName);
        Assert.Equal("the Republic of Türkiye", Country.Get("TR").FormalName);
        Assert.Null(Country.Get("TR").GetFormalName(UnLanguage.French));
    }

    [Fact]
    public void EveryShortAndFormalName_InSixLanguages_IsTheUnTerminologyName()
    {
        foreach (var row in M49)
        {
            var alpha2 = row["ISO-alpha2 Code"];
            var country = Country.Get(alpha2);
            foreach (var language in Languages)
            {
                var unLanguage = Enum.Parse<UnLanguage>(language);
                Assert.Equal(Expected(alpha2, language, "Short"), country.GetShortName(unLanguage) ?? "");
                Assert.Equal(Expected(alpha2, language, "Formal"), country.GetFormalName(unLanguage) ?? "");
            }
        }
    }

    [Fact]
    public void EveryDecision_SettlesADisagreementBetweenTheSources_WithOneOfTheirNames()
    {
        foreach (var d in Decisions)
        {
            var label = $"{d["Alpha2"]} {d["Language"]} {d["Kind"]}";
            var names = Candidates(d["Alpha2"], d["Language"], d["Kind"]);
            Assert.True(names.Select(Same).Distinct(StringComparer.Ordinal).Count() > 1, $"{label}: the sources agree; the decision is stale");
            Assert.Contains(d["Value"], names);
        }
    }

    [Fact]
    public void EveryDisagreement_HasADecision()
    {
        var decided = Decisions.Select(d => (d["Alpha2"], d["Language"], d["Kind"])).ToHashSet();
        foreach (var alpha2 in M49.Select(r => r["ISO-alpha2 Code"]))
        {
            foreach (var language in Languages)
            {
                foreach (var kind in new[] { "Short", "Formal" })
                {
                    var names = Candidates(alpha2, language, kind);
                    if (names.Select(Same).Distinct(StringComparer.Ordinal).Count() > 1)
                    {
                        Assert.True(decided.Contains((alpha2, language, kind)), $"{alpha2} {language} {kind}: {string.Join(" | ", names)}");
                    }
                }
            }
        }
    }

    // The UN name: the decision where there is one; else UNTERM; else OCHA's copy of UNTERM (countries OCHA marks as in the
    // UNTERM list); else, for short names, UNSD M49 as OCHA copies it; else none.
    private static string Expected(string alpha2, string language, string kind)
    {
        var decision = Decisions.SingleOrDefault(d => d["Alpha2"] == alpha2 && d["Language"] == language && d["Kind"] == kind);
        if (decision is not null)
        {
            return decision["Value"];
        }
        var d = Datasets[alpha2];
        var o = Ocha[alpha2];
        var inUnterm = o["Appears in UNTERM list"] == "Y";
        string[] order = kind == "Short"
            ? [Unterm(d[$"UNTERM {language} Short"]), inUnterm ? o[$"{language} Short"] : "", o[$"M49 {language}"]]
            : [Unterm(d[$"UNTERM {language} Formal"]), inUnterm && language == "English" ? o["English Formal"] : ""];
        return order.FirstOrDefault(n => n.Length > 0) ?? "";
    }

    private static List<string> Candidates(string alpha2, string language, string kind)
    {
        var d = Datasets[alpha2];
        var o = Ocha[alpha2];
        IEnumerable<string> names = kind == "Short"
            ? [Unterm(d[$"UNTERM {language} Short"]), o[$"{language} Short"], o[$"M49 {language}"], d[OfficialColumn[language]],
                language == "English" ? M49.Single(r => r["ISO-alpha2 Code"] == alpha2)["Country or Area"] : ""]
            : [Unterm(d[$"UNTERM {language} Formal"]), language == "English" ? o["English Formal"] : ""];
        return [.. names.Select(n => n.Trim()).Where(n => n.Length > 0)];
    }

    // UNTERM's footnote markers (" *", " **") and, on short names, the article it notes in parentheses ("Sudan (the)",
    // "Afghanistan (l')", "Sudán (el)") are not part of the name.
    private static string Unterm(string name) => Article().Replace(Footnote().Replace(name.Trim(), ""), "");

    // The only other difference that counts as none: the typographic apostrophe.
    private static string Same(string name) => name.Replace('\u2019', '\'');

    [GeneratedRegex(@"\s*\*+$")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\s*\((the|l'|l’|le|la|les|el|los|las)\)$")]
    private static partial Regex Article();
}
