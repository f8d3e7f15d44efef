using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>
/// A geographic area of the UN Statistics Division's M49 standard: the world, a region, a sub-region or an
/// intermediate region, with its code, English name and parent.
/// </summary>
/// <remarks>One instance per area; equality is by <see cref="Code"/>. Immutable and thread-safe. Source:
/// data/m49/UNSD-M49-en.csv (see docs/countries.md).</remarks>
public sealed class M49Area : IEquatable<M49Area>
{
    private static readonly Lazy<Dictionary<int, M49Area>> ByCode = new(() => CountryTable.Areas
        .Select(a => new M49Area(a.Code, a.Name, a.Kind, a.ParentCode))
        .ToDictionary(a => a.Code));

    private M49Area(int code, string name, M49AreaKind kind, int parentCode)
    {
        Code = code;
        Name = name;
        Kind = kind;
        ParentCode = parentCode;
    }

    private static readonly Lazy<ImmutableArray<M49Area>> Sorted = new(() => [.. ByCode.Value.Values.OrderBy(a => a.Code)]);

    /// <summary>Gets every M49 area (world, regions, sub-regions, intermediate regions), by code.</summary>
    public static ImmutableArray<M49Area> All => Sorted.Value;

    /// <summary>Gets the three-digit M49 code, such as 35 for South-eastern Asia ("035").</summary>
    public int Code { get; }

    /// <summary>Gets the English name as M49 writes it, such as <c>South-eastern Asia</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the level of the area.</summary>
    public M49AreaKind Kind { get; }

    /// <summary>Gets the area this one belongs to; <see langword="null"/> for the world.</summary>
    public M49Area? Parent => ParentCode == 0 ? null : ByCode.Value[ParentCode];

    private int ParentCode { get; }

    /// <summary>Compares two areas by code.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same code.</returns>
    public static bool operator ==(M49Area? left, M49Area? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two areas by code.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> if the codes differ.</returns>
    public static bool operator !=(M49Area? left, M49Area? right) => !(left == right);

    /// <summary>Gets the area with an M49 code.</summary>
    /// <param name="code">The code, such as 202 for Sub-Saharan Africa.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ReferenceNotFoundException">No M49 area has that code; the message names it.</exception>
    public static M49Area Get(int code) =>
        TryGet(code, out var area) ? area : throw new ReferenceNotFoundException("M49 area", code.ToString("000", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Tries to get the area with an M49 code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="area">The area, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if found.</returns>
    public static bool TryGet(int code, [NotNullWhen(true)] out M49Area? area) => ByCode.Value.TryGetValue(code, out area);

    /// <summary>Returns whether another area has the same code.</summary>
    /// <param name="other">The other area.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] M49Area? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is M49Area other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Code;

    /// <summary>Returns the code and name, such as <c>035 South-eastern Asia</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code:000} {Name}";
}
