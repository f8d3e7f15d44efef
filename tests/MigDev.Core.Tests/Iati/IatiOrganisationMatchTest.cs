using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>Organisations identified once (issue 16), on the 18 real files of data/iati/corpus, against a reading of the
/// XML written here: the org elements, which of them the directory knows (its own lookups of refs, names, acronyms), and
/// the new organisations as the spellings linked by a ref or a name.</summary>
public partial class IatiOrganisationMatchTest
{
    private static readonly AgencyDirectory Directory = MigDevCatalog.Default.Agencies;
    private static readonly IatiImporter Importer = new(Directory, MigDevCatalog.Default.Documents);
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "data", "iati", "corpus");

    public static TheoryData<string> Files => [.. System.IO.Directory.GetFiles(Corpus, "*.xml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_EveryOrganisation_GoesToOneAgency_AndNewOnesAreNoTwins(string file)
    {
        var path = Path.Combine(Corpus, file);
        var result = Importer.ImportFile(path);
        var elements = OrgElements(path);

        // Every org element with a ref or a name went to one agency of the model.
        var read = result.Activities.SelectMany(a => Orgs(a)).ToList();
        Assert.Equal(elements.Count(e => e.Ref is not null || e.Name is not null), read.Count(o => result.TryGetAgency(o, out _)));
        Assert.All(read.Where(o => result.TryGetAgency(o, out _)), o =>
        {
            result.TryGetAgency(o, out var id);
            Assert.True(result.Model.Agencies.TryGet(id, out _), id.ToString());
        });
        Assert.Equal(read.Count(o => result.TryGetAgency(o, out _)), result.Organisations.Sum(m => m.Elements));

        // No new agency is a directory agency again: not by id (no twin 'x-2'), name or ref.
        var ids = Directory.Select(a => a.Id.Value).Concat(result.NewAgencies.Select(a => a.Id.Value)).ToHashSet(StringComparer.Ordinal);
        Assert.All(result.NewAgencies, a =>
        {
            Assert.False(TwinSuffix().Match(a.Id.Value) is { Success: true } m && ids.Contains(m.Groups[1].Value), a.Id.ToString());
            Assert.False(Directory.TryGet(a.Id, out _), a.Id.ToString());
            Assert.All(a.Aliases.Append(a.Name), n => Assert.False(Directory.TryGetByAlias(n, out _), n));
            Assert.All(a.IatiAliases.Append(a.IatiIdentifier).OfType<string>(), r => Assert.False(KnownRef(r), r));
        });
        // Refs that are not identifiers are no agency's id or identifier.
        var nonIds = elements.Select(e => e.RawRef).OfType<string>().Where(r => !IsIdentifier(r)).ToList();
        Assert.All(result.NewAgencies, a => Assert.DoesNotContain(a.IatiIdentifier, nonIds));
        Assert.DoesNotContain(result.NewAgencies, a => a.Id.Value == "agency");

        // The new organisations: the elements the directory does not know, linked by ref or name, in components none of
        // whose spellings the directory knows.
        Assert.Equal(NewOrganisations(elements), result.NewAgencies.Length);
    }

    [Fact]
    public void TheCasesOfIssue16_AreTheDirectorysAgencies()
    {
        // In the repository's copy of UNDP's file, "EUROPEAN COMMISSION" (ref 10159); in IOM's, "European Union" (no ref),
        // the directory's 'european-union' by its id.
        var undp = Importer.ImportFile(Path.Combine(Corpus, "dportal_111.xml"));
        var ec = undp.Organisations.Where(m => m.Name == "EUROPEAN COMMISSION").ToList();
        Assert.NotEmpty(ec);
        Assert.All(ec, m => Assert.Equal(("european-commission", IatiOrganisationMatchKind.Name), (m.Agency.Value, m.Kind)));
        Assert.DoesNotContain(undp.NewAgencies, a => a.Id.Value.StartsWith("european-", StringComparison.Ordinal));
        var iom = Importer.ImportFile(Path.Combine(Corpus, "dportal_117.xml"));
        Assert.Equal("european-union", Assert.Single(iom.Organisations, m => m.Name == "European Union").Agency.Value);
        Assert.DoesNotContain(iom.NewAgencies, a => a.Id.Value.StartsWith("european-union", StringComparison.Ordinal));

        // The issue's spellings: a UNDP-internal ref with an acronym in parentheses; a name with the acronym.
        var xml = """
            <iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>XM-DAC-41114-1</iati-identifier>
             <reporting-org ref=" xm-dac-41114 " type="40"><narrative>UNDP</narrative></reporting-org>
             <title><narrative>T</narrative></title>
             <participating-org role="1" ref="00040"><narrative>UN HIGH COMMISSIONER FOR REFUGEES (UNHCR)</narrative></participating-org>
             <participating-org role="1" ref="00040"/>
             <participating-org role="1" ref="12345"><narrative>DEPARTMENT FOR INTERNATIONAL DEVELOPMENT (DFID)</narrative></participating-org>
             <participating-org role="4" ref="41122"><narrative>UNITED NATIONS CHILDREN'S FUND</narrative></participating-org>
             <participating-org role="1" ref="99999"><narrative>Department for International Development (DFID), United Kingdom</narrative></participating-org>
             <participating-org role="1" ref="XM-OCHA-CBPF"><narrative>UNITED NATIONS OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS (OCHA) - Country Based Pooled Funds</narrative></participating-org>
            </iati-activity></iati-activities>
            """;
        var result = Importer.Import(IatiReader.Parse(xml));
        Assert.Equal("XM-OCHA-CBPF", Assert.Single(result.NewAgencies).IatiIdentifier);
        Assert.Equal(
            ["XM-DAC-41114 undp Id", "00040 unhcr Acronym", "00040 unhcr Linked", "12345 dfid Acronym", "41122 unicef Id", "99999 dfid Acronym",
             $"XM-OCHA-CBPF {result.NewAgencies[0].Id} New"],
            result.Organisations.Select(m => $"{m.Ref?.ToUpperInvariant()} {m.Agency} {m.Kind}"));
        // The pooled fund is an organisation of its own, named as written, not the directory's OCHA.
        Assert.StartsWith("united-nations-office-for-the-coordination-of-humanitarian", result.NewAgencies[0].Id.Value, StringComparison.Ordinal);
        Assert.Equal("UNITED NATIONS OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS (OCHA) - Country Based Pooled Funds", result.NewAgencies[0].Name);
    }

    [Fact]
    public void Reimport_GivesTheSameAgencies()
    {
        foreach (var file in new[] { "dportal_111.xml", "dportal_97.xml", "dportal_15.xml" })
        {
            var first = Importer.ImportFile(Path.Combine(Corpus, file));
            var second = Importer.ImportFile(Path.Combine(Corpus, file));
            Assert.Equal(first.NewAgencies.Length, second.NewAgencies.Length);
            Assert.All(first.NewAgencies.Zip(second.NewAgencies), p => Assert.True(p.First.ContentEquals(p.Second), p.First.ToString()));
            Assert.Equal(first.Organisations.Select(m => m.ToString()), second.Organisations.Select(m => m.ToString()));
        }
    }

    [Fact]
    public void AmbiguousName_IsNotGuessed_ButNewWithAFinding()
    {
        var a = new Agency(AgencyId.Parse("moh-ghana"), "Ministry of Health", AgencyKind.Government);
        var b = new Agency(AgencyId.Parse("moh-kenya"), "Ministry of Health", AgencyKind.Government);
        var xml = """
            <iati-activities version="2.03"><iati-activity default-currency="EUR"><iati-identifier>XM-A-1</iati-identifier>
             <title><narrative>T</narrative></title>
             <participating-org role="4"><narrative>MINISTRY OF HEALTH</narrative></participating-org>
             <participating-org role="1" ref="-"><narrative>Ministry of Health</narrative></participating-org>
             <participating-org role="3" ref="N/A"/>
            </iati-activity></iati-activities>
            """;

        var result = new IatiImporter(AgencyDirectory.Create([a, b]), []).Import(IatiReader.Parse(xml));

        var made = Assert.Single(result.NewAgencies);
        Assert.Null(made.IatiIdentifier);
        Assert.All(result.Organisations, m => Assert.Equal((made.Id, IatiOrganisationMatchKind.New), (m.Agency, m.Kind)));
        Assert.All(result.Organisations, m => Assert.Equal(["moh-ghana", "moh-kenya"], m.Candidates.Select(c => c.Value)));
        Assert.Contains(result.Findings, f => f.Message.Contains("moh-ghana", StringComparison.Ordinal) && f.Message.Contains("moh-kenya", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Element == "iati-activity[1]/participating-org[3]" && f.RuleId == IatiRuleIds.NotImported);
    }

    private sealed record OrgElement(string? RawRef, string? Ref, string? Name);

    private static IEnumerable<IatiOrganisation> Orgs(IatiActivity a)
    {
        if (a.ReportingOrg is { } r && !a.IsSecondaryReporter)
        {
            yield return r;
        }
        foreach (var o in a.ParticipatingOrgs.Concat(a.Transactions.SelectMany(t => new[] { t.Provider, t.Receiver }).OfType<IatiOrganisation>()))
        {
            yield return o;
        }
    }

    private static List<OrgElement> OrgElements(string path)
    {
        var list = new List<OrgElement>();
        foreach (var a in IatiFiles.Activities(path))
        {
            var secondary = (string?)a.Element("reporting-org")?.Attribute("secondary-reporter") is "1" or "true";
            var orgs = a.Elements("participating-org").Concat(a.Elements("transaction").SelectMany(t => t.Elements("provider-org").Concat(t.Elements("receiver-org"))));
            if (!secondary)
            {
                orgs = a.Elements("reporting-org").Concat(orgs);
            }
            foreach (var e in orgs)
            {
                var raw = (string?)e.Attribute("ref");
                var name = e.Elements("narrative").FirstOrDefault()?.Value.Trim();
                list.Add(new OrgElement(raw, IsIdentifier(raw) ? raw!.Trim() : null, string.IsNullOrEmpty(name) ? null : name));
            }
        }
        return list;
    }

    private static bool IsIdentifier(string? r) =>
        r is not null && r.Trim() is { Length: > 0 } t && t.Any(c => char.IsLetter(c) || (char.IsDigit(c) && c != '0')) && t.ToUpperInvariant() is not ("N/A" or "NA" or "NONE" or "NULL" or "UNKNOWN" or "NOT APPLICABLE" or "TBD");

    private static bool KnownRef(string r) =>
        Directory.TryGetByIatiIdentifier(r, out _) || Directory.TryGetByIatiIdentifier("XM-DAC-" + r.Trim(), out _)
        || (r.Trim().StartsWith("XM-DAC-", StringComparison.OrdinalIgnoreCase) && Directory.TryGetByIatiIdentifier(r.Trim()[7..], out _));

    // The test's own name key: letters and digits only, accents and case ignored, a leading "the" dropped.
    private static string Key(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Length > 1 && words[0] == "the" ? words[1..] : words);
    }

    private static readonly Lazy<ILookup<string, string>> DirectoryNames = new(() =>
        Directory.SelectMany(a => a.Aliases.Append(a.Name).Append(a.Id.Value).Concat(a.Acronym is null ? [] : [a.Acronym]).Select(n => (Key: Key(n), a.Id.Value)))
            .Distinct().ToLookup(x => x.Key, x => x.Value));

    private static bool KnownName(string name)
    {
        if (DirectoryNames.Value[Key(name)].Count() == 1)
        {
            return true;
        }
        return DirectoryNames.Value[Key(name)].Any() ? false
            : Parenthesised().Matches(name).SelectMany(m => DirectoryNames.Value[Key(m.Groups[1].Value)]).Distinct().Count() == 1;
    }

    private static int NewOrganisations(List<OrgElement> elements)
    {
        var parent = new Dictionary<string, string>();
        string Find(string x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var known = new HashSet<string>();
        string RefNode(string r) => "r:" + (r.ToUpperInvariant() is var u && u.StartsWith("XM-DAC-", StringComparison.Ordinal) ? u[7..] : u);
        // A name written with several refs links none of them.
        var refsOfName = elements.Where(e => e.Ref is not null && e.Name is not null).GroupBy(e => Key(e.Name!)).ToDictionary(g => g.Key, g => g.Select(e => RefNode(e.Ref!)).Distinct().Count());
        foreach (var e in elements.Where(e => e.Ref is not null || e.Name is not null))
        {
            var nodes = new List<string>();
            if (e.Ref is { } r)
            {
                nodes.Add(RefNode(r));
            }
            if (e.Name is { } n && (e.Ref is null || refsOfName[Key(n)] <= 1))
            {
                nodes.Add("n:" + Key(n));
            }
            foreach (var node in nodes)
            {
                parent.TryAdd(node, node);
            }
            if (nodes.Count == 2 && Find(nodes[0]) != Find(nodes[1]))
            {
                parent[Find(nodes[1])] = Find(nodes[0]);
            }
            if ((e.Ref is { } rr && KnownRef(rr)) || (e.Name ?? e.Ref) is { } nn && (e.Ref is null || !KnownRef(e.Ref)) && KnownName(nn))
            {
                known.Add(nodes[0]);
            }
        }
        var knownRoots = known.Select(Find).ToHashSet();
        return parent.Keys.Select(Find).Distinct().Count(root => !knownRoots.Contains(root));
    }

    [GeneratedRegex(@"^(.+)-[0-9]{1,2}$")]
    private static partial Regex TwinSuffix();

    // An acronym in parentheses at the end of the name or before a comma ("Department for International Development (DFID),
    // United Kingdom"), not before other words ("(OCHA) - Country Based Pooled Funds").
    [GeneratedRegex(@"\(([^()]{2,20})\)\s*(?:$|,)")]
    private static partial Regex Parenthesised();
}
