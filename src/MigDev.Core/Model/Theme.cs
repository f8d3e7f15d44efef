using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>A theme of the GFMD 2007 matrix ("THEME 1: Migration and socio-economic development").</summary>
/// <remarks>Equality is by <see cref="Number"/>. Immutable.</remarks>
public sealed class Theme : IEquatable<Theme>
{
    /// <summary>Initializes a theme.</summary>
    /// <param name="number">The theme's number, from 1.</param>
    /// <param name="title">The title as written.</param>
    /// <param name="citations">Where the heading stands in the document.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space, or holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    public Theme(int number, string title, IEnumerable<Citation>? citations = null)
    {
        Guard.Against.InvalidNumber(number < 1, number, $"A theme is numbered from 1, was {number}.", nameof(number));
        Number = number;
        Title = Provenance.Text(Guard.Against.Blank(title, $"Theme {number} needs a title, was '{title}'."), $"Theme {number}", nameof(title));
        Citations = Provenance.Citations(citations, $"Theme {number}", nameof(citations));
    }

    /// <summary>Gets where the heading stands in the document.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets the number.</summary>
    public int Number { get; }

    /// <summary>Gets the title as written.</summary>
    public string Title { get; }

    /// <summary>Compares two themes by number.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same number.</returns>
    public static bool operator ==(Theme? left, Theme? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two themes by number.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if the numbers differ.</returns>
    public static bool operator !=(Theme? left, Theme? right) => !(left == right);

    /// <summary>Returns whether the numbers are equal.</summary>
    /// <param name="other">The other theme.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] Theme? other) => other is not null && Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Theme other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Number;

    /// <summary>Returns <c>Theme 1: title</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Theme {Number}: {Title}";
}
