using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>A session of a GFMD 2007 roundtable, lettered from <c>a</c> within each roundtable ("1a: Matching labour
/// supply and labour demand through temporary and circular migration").</summary>
/// <remarks>Equality is by roundtable and letter (letters restart in each roundtable). Immutable.</remarks>
public sealed class Session : IEquatable<Session>
{
    /// <summary>Initializes a session.</summary>
    /// <param name="roundtable">The roundtable's number.</param>
    /// <param name="letter">The session's letter, <c>a</c> to <c>z</c>.</param>
    /// <param name="title">The title as written.</param>
    /// <param name="citations">Where the heading stands in the document.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundtable"/> is below 1, or
    /// <paramref name="letter"/> is not a lower-case letter.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space, or holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public Session(int roundtable, char letter, string title, IEnumerable<Citation>? citations = null)
    {
        Guard.Against.InvalidNumber(roundtable < 1, roundtable, $"A roundtable is numbered from 1, was {roundtable}.", nameof(roundtable));
        Roundtable = roundtable;
        Guard.Against.InvalidNumber(!char.IsAsciiLetterLower(letter), letter, $"Session of roundtable {roundtable}: a session letter is a to z, was '{letter}'.", nameof(letter));
        Letter = letter;
        Title = Provenance.Text(Guard.Against.Blank(title, $"Session {roundtable}{letter} needs a title, was '{title}'."), $"Session {roundtable}{letter}", nameof(title));
        Citations = Provenance.Citations(citations, $"Session {roundtable}{letter}", nameof(citations));
    }

    /// <summary>Gets where the heading stands in the document.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets the roundtable's number.</summary>
    public int Roundtable { get; }

    /// <summary>Gets the letter.</summary>
    public char Letter { get; }

    /// <summary>Gets the title as written.</summary>
    public string Title { get; }

    /// <summary>Gets the key, such as <c>1a</c>.</summary>
    public string Key => $"{Roundtable}{Letter}";

    /// <summary>Compares two sessions by roundtable and letter.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or the same session.</returns>
    public static bool operator ==(Session? left, Session? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sessions by roundtable and letter.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(Session? left, Session? right) => !(left == right);

    /// <summary>Returns whether roundtable and letter are equal.</summary>
    /// <param name="other">The other session.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Session? other) => other is not null && Roundtable == other.Roundtable && Letter == other.Letter;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Session other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Roundtable, Letter);

    /// <summary>Returns <c>1a: title</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key}: {Title}";
}
