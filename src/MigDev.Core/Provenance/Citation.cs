using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Where a record comes from: a document, the lines that hold the passage, and the passage quoted verbatim.
/// </summary>
/// <remarks>
/// <para>A quote is verbatim after the text is read as prose: lines joined with single spaces, markdown emphasis
/// (<c>*</c>) removed, footnote markers (<c>&lt;sup&gt;4&lt;/sup&gt;</c>, superscript digits) removed, and links
/// reduced to their text. <see cref="IsFoundIn"/> checks a quote against the document's lines that way.</para>
/// <para>Equality compares document, lines and quote. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Initializes a citation.</summary>
    /// <param name="documentId">The <see cref="SourceDocument.Id"/> of the document.</param>
    /// <param name="firstLine">The first line (1-based) holding the passage.</param>
    /// <param name="lastLine">The last line holding it; at least <paramref name="firstLine"/>.</param>
    /// <param name="quote">The passage, verbatim.</param>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> or <paramref name="quote"/> is empty or white space, or holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="documentId"/> or <paramref name="quote"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A line number is below 1, or the range is reversed; the message
    /// gives both.</exception>
    public Citation(string documentId, int firstLine, int lastLine, string quote)
    {
        DocumentId = Provenance.Text(Guard.Against.Blank(documentId, $"A citation needs a document id, was '{documentId}'."), $"A citation", nameof(documentId));
        Guard.Against.InvalidNumber(firstLine < 1 || lastLine < firstLine, lastLine, $"A citation of {documentId} needs lines 1 <= first <= last, was {firstLine}-{lastLine}.", nameof(lastLine));
        Quote = Provenance.Text(Guard.Against.Blank(quote, $"A citation of {documentId}:{firstLine} needs a quote, was '{quote}'."), $"A citation of {documentId}:{firstLine}", nameof(quote));
        FirstLine = firstLine;
        LastLine = lastLine;
    }

    /// <summary>Gets the id of the cited document.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the first line of the passage (1-based).</summary>
    public int FirstLine { get; }

    /// <summary>Gets the last line of the passage.</summary>
    public int LastLine { get; }

    /// <summary>Gets the passage, verbatim.</summary>
    public string Quote { get; }

    /// <summary>Compares two citations.</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(Citation? left, Citation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two citations.</summary>
    /// <param name="left">The first citation.</param>
    /// <param name="right">The second citation.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Citation? left, Citation? right) => !(left == right);

    /// <summary>Returns whether the quote stands, as prose, in the cited lines of a document.</summary>
    /// <param name="documentLines">All the lines of the cited document.</param>
    /// <returns><see langword="true"/> if the lines exist and hold the quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documentLines"/> is <see langword="null"/>.</exception>
    public bool IsFoundIn(IReadOnlyList<string> documentLines)
    {
        ArgumentNullException.ThrowIfNull(documentLines);
        if (LastLine > documentLines.Count)
        {
            return false;
        }
        var passage = SourceText.AsProse(string.Join(' ', documentLines.Skip(FirstLine - 1).Take(LastLine - FirstLine + 1)));
        return passage.Contains(SourceText.AsProse(Quote), StringComparison.Ordinal);
    }

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other citation.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Citation? other) =>
        other is not null && string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal)
        && FirstLine == other.FirstLine && LastLine == other.LastLine && string.Equals(Quote, other.Quote, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Citation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DocumentId, FirstLine, LastLine, Quote);

    /// <summary>Returns the reference and quote, such as <c>001:74 "JMDI is a global inter-agency programme"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FirstLine == LastLine
        ? string.Create(CultureInfo.InvariantCulture, $"{DocumentId}:{FirstLine} \"{Quote}\"")
        : string.Create(CultureInfo.InvariantCulture, $"{DocumentId}:{FirstLine}-{LastLine} \"{Quote}\"");
}
