using System.Text;

namespace MigDev.Core.Tests;

/// <summary>A plain RFC 4180 reader for the data files the tests use as oracles (independent of the generators).</summary>
internal static class TestCsv
{
    /// <summary>Reads the data rows of a CSV file below the test output folder (the header is skipped).</summary>
    public static List<string[]> Read(params string[] relativePath) =>
        [.. File.ReadLines(Path.Combine([AppContext.BaseDirectory, .. relativePath]), Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(Split)];

    /// <summary>Reads a CSV file into rows keyed by the header's column names.</summary>
    public static List<Dictionary<string, string>> ReadWithHeader(params string[] relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine([AppContext.BaseDirectory, .. relativePath]), Encoding.UTF8);
        var header = Split(lines[0].TrimStart('\uFEFF'));
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var fields = Split(l);
            return header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : "")).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal);
        })];
    }

    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
