using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// Compares one of the library's immutable values for change tracking by its own equality (<see cref="IEquatable{T}"/>),
/// and snapshots it as itself: <see cref="CurrencyCode"/>, <see cref="CountryCode"/>, <see cref="AgencyId"/>,
/// <see cref="ProgrammeId"/>, <see cref="PartialDate"/> (<c>2010</c> is not <c>2010-01</c>), <see cref="Share"/>
/// (by value: <c>2/6</c> is <c>1/3</c>, and is written <c>1/3</c>) and <see cref="Timeframe"/>.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ImmutableValueComparer<T> : ValueComparer<T>
    where T : IEquatable<T>
{
    /// <summary>Initializes the comparer.</summary>
    public ImmutableValueComparer()
        : base(
            (left, right) => left == null ? right == null : right != null && left.Equals(right),
            value => value == null ? 0 : value.GetHashCode(),
            value => value)
    {
    }
}
