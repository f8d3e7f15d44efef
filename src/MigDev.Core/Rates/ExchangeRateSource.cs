using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// Who published an exchange rate: the European Central Bank's reference rates, a donor's contractual rate, an
/// agency's monthly operational rate. Every <see cref="ExchangeRate"/> carries one, so a converted amount can say
/// where its rate came from.
/// </summary>
/// <remarks>
/// <para>Equality is by <see cref="Name"/> (ordinal): two sources with the same name are the same source.</para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class ExchangeRateSource : IEquatable<ExchangeRateSource>
{
    /// <summary>Initializes a new source.</summary>
    /// <param name="name">A short name that identifies the source, such as <c>"UN operational rates of exchange"</c>.</param>
    /// <param name="description">Optional longer text: the publisher, the terms, where to find it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public ExchangeRateSource(string name, string? description = null)
    {
        Name = Guard.Against.Blank(name, $"An exchange-rate source needs a name, was '{name}'.");
        Description = description;
    }

    /// <summary>Gets the European Central Bank's euro foreign exchange reference rates, 1999-01-04 to 2026-04-13, as
    /// embedded in this package (see <see cref="EcbExchangeRateProvider"/>).</summary>
    public static ExchangeRateSource Ecb { get; } = new(
        "ECB euro reference rates",
        "European Central Bank, euro foreign exchange reference rates (eurofxref-hist), units of currency per 1 EUR, published on TARGET working days around 16:00 CET.");

    /// <summary>Gets the short name of the source.</summary>
    public string Name { get; }

    /// <summary>Gets the longer description, if any.</summary>
    public string? Description { get; }

    /// <summary>Compares two sources by name.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same name.</returns>
    public static bool operator ==(ExchangeRateSource? left, ExchangeRateSource? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sources by name.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns><see langword="true"/> if the names differ.</returns>
    public static bool operator !=(ExchangeRateSource? left, ExchangeRateSource? right) => !(left == right);

    /// <summary>Returns whether another source has the same name.</summary>
    /// <param name="other">The other source.</param>
    /// <returns><see langword="true"/> if the names are equal (ordinal).</returns>
    public bool Equals([NotNullWhen(true)] ExchangeRateSource? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRateSource other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
