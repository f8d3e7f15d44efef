// Generates src/MigDev.Core/Geography/CountryTable.g.cs from the repository's copy of UN M49 / ISO 3166-1
// (data/m49: UNSD-M49-en.csv, datasets-country-codes.csv, ocha-countries-territories-taxonomy.csv) and the
// supplements data/m49/unofficial-codes.csv, aliases-supplement.csv, former-names.csv and name-decisions.csv. Run from
// the repository root:
//
//     dotnet run tools/generate-countries.cs
//
// Names: every short and formal name, in the six UN languages, is cross-checked across every source that gives one
// (UNTERM and the UNSD M49 names of the country-codes package, OCHA's copies of UNTERM and M49). Two names are the same
// when they differ only by UNTERM's footnote markers (" *", " **"), the article UNTERM notes after a short name
// ("Sudan (the)", "Afghanistan (l')") or a typographic apostrophe. The UN name is UNTERM's; where UNTERM is empty,
// OCHA's copy of UNTERM (for the countries OCHA marks as in the UNTERM list); for a short name, then M49 as OCHA copies
// it. Any other disagreement fails the run unless data/m49/name-decisions.csv settles it, and a decision that settles
// nothing fails it too. CountryDataTest, CountryUnNamesTest and HistoricalCountryNameTest re-read the CSV files.
using System.Globalization;
using System.Text;

var root = Directory.GetCurrentDirectory();
string Data(string name) => Path.Combine(root, "data", "m49", name);
var outPath = Path.Combine(root, "src", "MigDev.Core", "Geography", "CountryTable.g.cs");

var m49 = ReadCsv(Data("UNSD-M49-en.csv"));
var datasets = ReadCsv(Data("datasets-country-codes.csv")).ToDictionary(r => r["ISO3166-1-Alpha-2"], StringComparer.Ordinal);
var ocha = ReadCsv(Data("ocha-countries-territories-taxonomy.csv"));
var ochaByAlpha2 = ocha.Where(r => r["ISO 3166-1 Alpha 2-Codes"].Length > 0).ToDictionary(r => r["ISO 3166-1 Alpha 2-Codes"], StringComparer.Ordinal);
var unofficial = ReadCsv(Data("unofficial-codes.csv"));
var supplement = ReadCsv(Data("aliases-supplement.csv"));
var regionNames = ReadCsv(Data("region-names.csv"));
var decisions = ReadCsv(Data("name-decisions.csv")).ToDictionary(r => (r["Alpha2"], r["Language"], r["Kind"]));
var formerNames = ReadCsv(Data("former-names.csv"));
var usedDecisions = new HashSet<(string, string, string)>();
var problems = new List<string>();

// M49 areas: world, regions, sub-regions, intermediate regions, with their parents.
var areas = new SortedDictionary<int, (string Name, string Kind, int Parent)>();
foreach (var r in m49)
{
    void Area(string code, string name, string kind, string parent)
    {
        if (code.Length > 0)
        {
            areas[int.Parse(code, CultureInfo.InvariantCulture)] = (name, kind, parent.Length > 0 ? int.Parse(parent, CultureInfo.InvariantCulture) : 0);
        }
    }
    Area(r["Global Code"], r["Global Name"], "World", "");
    Area(r["Region Code"], r["Region Name"], "Region", r["Global Code"]);
    Area(r["Sub-region Code"], r["Sub-region Name"], "SubRegion", r["Region Code"]);
    Area(r["Intermediate Region Code"], r["Intermediate Region Name"], "IntermediateRegion", r["Sub-region Code"]);
}

string[] languages = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"];
var rows = new List<string>();
foreach (var r in m49.OrderBy(r => r["ISO-alpha2 Code"], StringComparer.Ordinal))
{
    var alpha2 = r["ISO-alpha2 Code"];
    var d = datasets[alpha2];
    var o = ochaByAlpha2[alpha2];
    var inUnterm = o["Appears in UNTERM list"] == "Y";
    var shortNames = languages.Select(l => UnName(alpha2, l, "Short",
        [Unterm(d[$"UNTERM {l} Short"]), inUnterm ? o[$"{l} Short"] : "", o[$"M49 {l}"]],
        [Unterm(d[$"UNTERM {l} Short"]), o[$"{l} Short"], o[$"M49 {l}"], d[OfficialColumn(l)], l == "English" ? r["Country or Area"] : ""])).ToArray();
    var formalNames = languages.Select(l => UnName(alpha2, l, "Formal",
        [Unterm(d[$"UNTERM {l} Formal"]), inUnterm && l == "English" ? o["English Formal"] : ""],
        [Unterm(d[$"UNTERM {l} Formal"]), l == "English" ? o["English Formal"] : ""])).ToArray();
    var aliases = new[]
    {
        o["Preferred Term"], o["ISO Alt Term"], o["DGACM Alt Term"], o["HPC Tools Alt Term"], o["RW Short Name"], o["RW API Alt Term"],
        o["English Short"], o["English Formal"], o["M49 English"], Unterm(d["UNTERM English Short"]), Unterm(d["UNTERM English Formal"]), d["CLDR display name"], d["official_name_en"], r["Country or Area"],
    }
    .Concat(supplement.Where(s => s["Alpha2"] == alpha2).Select(s => s["Name"]))
    .Where(a => a.Length > 0)
    .Distinct(StringComparer.Ordinal)
    .ToArray();
    rows.Add(Record(
        alpha2, r["ISO-alpha3 Code"], r["M49 Code"], shortNames, formalNames,
        r["Region Code"], r["Sub-region Code"], r["Intermediate Region Code"],
        r["Least Developed Countries (LDC)"] == "x", r["Land Locked Developing Countries (LLDC)"] == "x", r["Small Island Developing States (SIDS)"] == "x",
        unofficialCode: false, parent: "", aliases, Former(alpha2)));
}
foreach (var u in unofficial)
{
    var parent = m49.Single(r => r["M49 Code"] == u["StatisticalParentM49"]);
    var o = ocha.Single(r => r["x Alpha2 codes"] == u["Alpha2"]);
    var shortNames = languages.Select(l => l == "English" ? u["ShortName"] : o[$"{l} Short"]).ToArray();
    var formalNames = languages.Select(l => l == "English" ? u["UnDesignation"] : "").ToArray();
    var aliases = new[] { o["Preferred Term"], o["English Short"], u["UnDesignation"] }
        .Concat(supplement.Where(s => s["Alpha2"] == u["Alpha2"]).Select(s => s["Name"]))
        .Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    rows.Add(Record(
        u["Alpha2"], u["Alpha3"], "", shortNames, formalNames,
        parent["Region Code"], parent["Sub-region Code"], parent["Intermediate Region Code"], false, false, false,
        unofficialCode: true, parent: u["StatisticalParentM49"], aliases, Former(u["Alpha2"])));
}
rows.Sort(StringComparer.Ordinal);

foreach (var key in decisions.Keys.Where(k => !usedDecisions.Contains(k)))
{
    problems.Add($"{key}: name-decisions.csv settles a disagreement the sources no longer have (or names no country); remove the row");
}
foreach (var f in formerNames.Where(f => !m49.Any(r => r["ISO-alpha2 Code"] == f["Alpha2"]) && !unofficial.Any(u => u["Alpha2"] == f["Alpha2"])))
{
    problems.Add($"former-names.csv: '{f["Name"]}' names no country ({f["Alpha2"]})");
}
if (problems.Count > 0)
{
    Console.Error.WriteLine($"{problems.Count} problem(s) with the country names; nothing written:");
    problems.ForEach(p => Console.Error.WriteLine("  " + p));
    return 1;
}

var sb = new StringBuilder();
sb.AppendLine("// <auto-generated>");
sb.AppendLine("// Generated by tools/generate-countries.cs from data/m49 (UNSD M49, ISO 3166-1 and UNTERM via the country-codes data");
sb.AppendLine("// package, OCHA's countries-and-territories taxonomy) and the supplements data/m49/unofficial-codes.csv,");
sb.AppendLine("// aliases-supplement.csv, former-names.csv and name-decisions.csv. Do not edit by hand: run");
sb.AppendLine("// `dotnet run tools/generate-countries.cs`.");
sb.AppendLine("// </auto-generated>");
sb.AppendLine("namespace MigDev.Core;");
sb.AppendLine();
sb.AppendLine("internal static partial class CountryTable");
sb.AppendLine("{");
sb.AppendLine("    // M49 code, name, kind, parent code (0: none).");
sb.AppendLine("    internal static readonly AreaRecord[] Areas =");
sb.AppendLine("    [");
foreach (var (code, area) in areas)
{
    sb.AppendLine(CultureInfo.InvariantCulture, $"        new({code}, {Q(area.Name)}, M49AreaKind.{area.Kind}, {area.Parent}),");
}
sb.AppendLine("    ];");
sb.AppendLine();
sb.AppendLine("    // Sorted by alpha-2. Names are ar, zh, en, fr, ru, es.");
sb.AppendLine("    internal static readonly CountryRecord[] Records =");
sb.AppendLine("    [");
foreach (var row in rows)
{
    sb.AppendLine(row);
}
sb.AppendLine("    ];");
sb.AppendLine();
sb.AppendLine("    // Region names of UN texts that are not M49 area names: the M49 area they denote, or 0 for a named region.");
sb.AppendLine("    internal static readonly (string Name, int M49)[] RegionNames =");
sb.AppendLine("    [");
foreach (var r in regionNames)
{
    sb.AppendLine(CultureInfo.InvariantCulture, $"        ({Q(r["Name"])}, {Num(r["M49Code"])}),");
}
sb.AppendLine("    ];");
sb.AppendLine("}");
File.WriteAllText(outPath, sb.ToString().ReplaceLineEndings("\n"));
Console.WriteLine($"Wrote {rows.Count} countries, {formerNames.Count} historical names and {areas.Count} M49 areas to {Path.GetRelativePath(root, outPath)}");
return 0;

// The UN name of one cell (country, language, short or formal): the first name of the authority order, provided every
// source that gives a name gives the same one; otherwise the reviewed decision, which must be one of the sources' names.
string UnName(string alpha2, string language, string kind, string[] authority, string[] sources)
{
    var names = sources.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
    var distinct = names.Select(SameName).Distinct(StringComparer.Ordinal).Count();
    var key = (alpha2, language, kind);
    if (decisions.TryGetValue(key, out var decision))
    {
        usedDecisions.Add(key);
        if (distinct < 2)
        {
            problems.Add($"{key}: the sources agree ({string.Join(" | ", names)}); the decision '{decision["Value"]}' is stale: remove the row");
        }
        if (!names.Contains(decision["Value"], StringComparer.Ordinal) || decision["Reason"].Length == 0)
        {
            problems.Add($"{key}: the decision '{decision["Value"]}' is none of the sources' names ({string.Join(" | ", names)}) or has no reason");
        }
        return decision["Value"];
    }
    if (distinct > 1)
    {
        problems.Add($"{key}: the sources disagree and name-decisions.csv does not settle it: {string.Join(" | ", names)}");
    }
    return authority.Select(n => n.Trim()).FirstOrDefault(n => n.Length > 0) ?? "";
}

string Former(string alpha2) => "[" + string.Join(", ", formerNames.Where(f => f["Alpha2"] == alpha2).Select(f =>
{
    var kind = f["Kind"] switch
    {
        "former official" => "FormerOfficial",
        "common English" => "CommonEnglish",
        var k => throw new InvalidDataException($"former-names.csv: '{f["Name"]}': kind '{k}' is neither 'former official' nor 'common English'"),
    };
    if (f["Source"].Length == 0 || (kind == "CommonEnglish" && (f["OfficialFrom"].Length > 0 || f["OfficialUntil"].Length > 0)))
    {
        throw new InvalidDataException($"former-names.csv: '{f["Name"]}': a source is required, and a common English name has no period");
    }
    return $"new({Q(f["Name"])}, HistoricalNameKind.{kind}, {Year(f["OfficialFrom"])}, {Year(f["OfficialUntil"])}, {Q(f["Source"])})";
})) + "]";

static string Record(string alpha2, string alpha3, string m49, string[] shortNames, string[] formalNames, string region, string subRegion, string intermediate, bool ldc, bool lldc, bool sids, bool unofficialCode, string parent, string[] aliases, string historical) =>
    string.Create(CultureInfo.InvariantCulture,
        $"        new({Q(alpha2)}, {Q(alpha3)}, {Num(m49)}, [{string.Join(", ", shortNames.Select(Q))}], [{string.Join(", ", formalNames.Select(Q))}], {Num(region)}, {Num(subRegion)}, {Num(intermediate)}, {B(ldc)}, {B(lldc)}, {B(sids)}, {B(unofficialCode)}, {Num(parent)}, [{string.Join(", ", aliases.Select(Q))}], {historical}),");

static string Year(string s) => s.Length == 0 ? "null" : int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture) is var y and >= 1800 and <= 2100
    ? y.ToString(CultureInfo.InvariantCulture)
    : throw new InvalidDataException($"former-names.csv: year '{s}' out of range");

static string OfficialColumn(string language) => language switch
{
    "Arabic" => "official_name_ar",
    "Chinese" => "official_name_cn",
    "English" => "official_name_en",
    "French" => "official_name_fr",
    "Russian" => "official_name_ru",
    _ => "official_name_es",
};

// UNTERM's footnote markers (" *", " **") and, on short names, the article it notes in parentheses ("Sudan (the)",
// "Afghanistan (l')", "Sudán (el)") are not part of the name.
static string Unterm(string s)
{
    var name = s.Trim().TrimEnd('*').TrimEnd();
    foreach (var article in new[] { "(the)", "(l')", "(l’)", "(le)", "(la)", "(les)", "(el)", "(los)", "(las)" })
    {
        if (name.EndsWith(" " + article, StringComparison.Ordinal))
        {
            return name[..^(article.Length + 1)];
        }
    }
    return name;
}

// Two names are the same name when they differ only by the typographic apostrophe.
static string SameName(string s) => s.Replace('\u2019', '\'');

static string Num(string s) => s.Length == 0 ? "0" : int.Parse(s, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

static string B(bool b) => b ? "true" : "false";

static string Q(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";


static List<Dictionary<string, string>> ReadCsv(string path)
{
    var lines = ParseCsv(File.ReadAllText(path).TrimStart('\uFEFF'));
    var header = lines[0];
    return lines.Skip(1).Where(l => l.Count > 1).Select(l =>
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            row[header[i]] = i < l.Count ? l[i].Trim() : "";
        }
        return row;
    }).ToList();
}

static List<List<string>> ParseCsv(string text)
{
    var rows = new List<List<string>>();
    var row = new List<string>();
    var field = new StringBuilder();
    var quoted = false;
    for (var i = 0; i < text.Length; i++)
    {
        var c = text[i];
        if (quoted)
        {
            if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = false; }
            else { field.Append(c); }
        }
        else if (c == '"') { quoted = true; }
        else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
        else if (c == '\n' || c == '\r')
        {
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; }
            row.Add(field.ToString()); field.Clear(); rows.Add(row); row = [];
        }
        else { field.Append(c); }
    }
    if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
    return rows;
}
