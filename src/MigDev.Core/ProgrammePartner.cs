using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>An organisation's part in a programme: the agency, its role, and when, as precisely as the source says.</summary>
/// <remarks>Equality compares every part. Immutable.</remarks>
public sealed class ProgrammePartner : IEquatable<ProgrammePartner>
{
    /// <summary>Initializes a partner.</summary>
    /// <param name="agency">The agency.</param>
    /// <param name="role">Its role: <see cref="OrganisationRole.Funding"/> for a donor, <see cref="OrganisationRole.Partner"/>
    /// for a partner agency, <see cref="OrganisationRole.Accountable"/> for the managing agency...</param>
    /// <param name="period">When it held the role, if the source says (UN Women in JMDI "since 2012").</param>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined value.</exception>
    public ProgrammePartner(AgencyId agency, OrganisationRole role, Timeframe? period = null)
    {
        if (agency.IsDefault)
        {
            throw new ArgumentException("default(AgencyId) is not an agency id.", nameof(agency));
        }
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, $"Partner '{agency}': role must be a defined OrganisationRole, was {(int)role}.");
        }
        Agency = agency;
        Role = role;
        Period = period;
    }

    /// <summary>Gets the agency.</summary>
    public AgencyId Agency { get; }

    /// <summary>Gets its role.</summary>
    public OrganisationRole Role { get; }

    /// <summary>Gets when it held the role, or <see langword="null"/> when the source does not say.</summary>
    public Timeframe? Period { get; }

    /// <summary>Compares two partners.</summary>
    /// <param name="left">The first partner.</param>
    /// <param name="right">The second partner.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ProgrammePartner? left, ProgrammePartner? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two partners.</summary>
    /// <param name="left">The first partner.</param>
    /// <param name="right">The second partner.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ProgrammePartner? left, ProgrammePartner? right) => !(left == right);

    /// <summary>Returns whether every part equals <paramref name="other"/>'s.</summary>
    /// <param name="other">The other partner.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] ProgrammePartner? other) => other is not null && Agency == other.Agency && Role == other.Role && Period == other.Period;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ProgrammePartner other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Agency, Role, Period);

    /// <summary>Returns a description such as <c>un-women Partner 2012/..</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Period is null ? $"{Agency} {Role}" : $"{Agency} {Role} {Period}";
}
