using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>A funder of a commitment, with its share when several co-finance it.</summary>
/// <remarks>Value equality. Immutable.</remarks>
public sealed class FundingContribution : IEquatable<FundingContribution>
{
    /// <summary>Initializes a contribution.</summary>
    /// <param name="funder">The funder.</param>
    /// <param name="share">Its share of the commitment, or <see langword="null"/> when the source gives none.</param>
    /// <exception cref="ArgumentException"><paramref name="funder"/> or <paramref name="share"/> is <c>default</c>.</exception>
    public FundingContribution(AgencyId funder, Share? share = null)
    {
        Guard.Against.DefaultValue(funder);
        Guard.Against.Invalid(share is { IsDefault: true }, $"Funder '{funder}': default(Share) is not a share.", nameof(share));
        Funder = funder;
        Share = share;
    }

    /// <summary>Gets the funder.</summary>
    public AgencyId Funder { get; }

    /// <summary>Gets its share, if stated.</summary>
    public Share? Share { get; }

    /// <summary>Compares two contributions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(FundingContribution? left, FundingContribution? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two contributions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(FundingContribution? left, FundingContribution? right) => !(left == right);

    /// <summary>Returns whether funder and share are equal.</summary>
    /// <param name="other">The other contribution.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] FundingContribution? other) => other is not null && Funder == other.Funder && Share == other.Share;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FundingContribution other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Funder, Share);

    /// <summary>Returns the funder and share, such as <c>european-commission 1/3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Share is { } s ? $"{Funder} {s}" : Funder.ToString();
}
