using System.Text.RegularExpressions;

namespace MigDev.Core;

/// <summary>Reads text extracted from PDF to markdown as prose, the form in which quotes are compared.</summary>
internal static partial class SourceText
{
    /// <summary>Removes footnote markers, markdown emphasis and link targets, and collapses whitespace.</summary>
    internal static string AsProse(string text)
    {
        var s = FootnoteTag().Replace(text, string.Empty);
        s = Superscripts().Replace(s, string.Empty);
        s = Link().Replace(s, "$1");
        s = s.Replace("*", string.Empty, StringComparison.Ordinal);
        return Whitespace().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"<sup>[^<]*</sup>")]
    private static partial Regex FootnoteTag();

    [GeneratedRegex("[\u00B9\u00B2\u00B3\u2070-\u2079]+")]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
