using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>A roundtable of the GFMD 2007 matrix, within a theme ("ROUNDTABLE 1: Human capital development and labour
/// mobility").</summary>
/// <remarks>Equality is by <see cref="Number"/>. Immutable.</remarks>
public sealed class Roundtable : IEquatable<Roundtable>
{
    /// <summary>Initializes a roundtable.</summary>
    /// <param name="number">The roundtable's number, from 1.</param>
    /// <param name="theme">The number of its theme.</param>
    /// <param name="title">The title as written.</param>
    /// <param name="citations">Where the heading stands in the document.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space, or holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public Roundtable(int number, int theme, string title, IEnumerable<Citation>? citations = null)
    {
        Guard.Against.InvalidNumber(number < 1, number, $"A roundtable is numbered from 1, was {number}.", nameof(number));
        Number = number;
        Guard.Against.InvalidNumber(theme < 1, theme, $"Roundtable {number}: a theme is numbered from 1, was {theme}.", nameof(theme));
        Theme = theme;
        Title = Provenance.Text(Guard.Against.Blank(title, $"Roundtable {number} needs a title, was '{title}'."), $"Roundtable {number}", nameof(title));
        Citations = Provenance.Citations(citations, $"Roundtable {number}", nameof(citations));
    }

    /// <summary>Gets where the heading stands in the document.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets the number.</summary>
    public int Number { get; }

    /// <summary>Gets the number of its theme.</summary>
    public int Theme { get; }

    /// <summary>Gets the title as written.</summary>
    public string Title { get; }

    /// <summary>Compares two roundtables by number.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same number.</returns>
    public static bool operator ==(Roundtable? left, Roundtable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two roundtables by number.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if the numbers differ.</returns>
    public static bool operator !=(Roundtable? left, Roundtable? right) => !(left == right);

    /// <summary>Returns whether the numbers are equal.</summary>
    /// <param name="other">The other roundtable.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Roundtable? other) => other is not null && Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Roundtable other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Number;

    /// <summary>Returns <c>Roundtable 1: title</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Roundtable {Number}: {Title}";
}
