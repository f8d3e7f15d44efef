using MigDev.Core.Catalog;
namespace MigDev.Core.Tests;

/// <summary>The lines of the repository's copy of the seed documents (data/seeds), read once.</summary>
internal static class SeedText
{
    private static readonly Dictionary<string, string[]> Lines = MigDevCatalog.Default.Documents.ToDictionary(
        d => d.Id,
        d => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "seeds", d.FileName!)),
        StringComparer.Ordinal);

    public static string[] Of(string documentId) => Lines[documentId];

    /// <summary>Asserts that every citation's quote is verbatim in its lines.</summary>
    public static void AssertVerbatim(IEnumerable<Citation> citations)
    {
        var failures = citations.Where(c => !c.IsFoundIn(Of(c.DocumentId))).Select(c => c.ToString()).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
