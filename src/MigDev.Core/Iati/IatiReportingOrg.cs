using System.Buffers;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core.Iati;

/// <summary>The organisation that publishes an IATI export: the caller's, never one this library makes up.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiReportingOrg
{
    // The OrganisationType codelist (data/iati/codelists/OrganisationType.xml); declared before Example, which uses it.
    private static readonly int[] OrganisationTypes = [10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90];

    private static readonly SearchValues<char> ForbiddenInIdentifiers = SearchValues.Create(" \t\n\r/&|?");

    /// <summary>Creates a reporting organisation.</summary>
    /// <param name="ref">Its IATI organisation identifier, such as <c>XM-DAC-41114</c>; every exported
    /// <c>iati-identifier</c> begins with it.</param>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its IATI OrganisationType code, such as 10 Government, 21 International NGO, 40 Multilateral, 80
    /// Academic.</param>
    /// <param name="isSecondaryReporter"><see langword="true"/> (the default) when it reports activities it is not itself
    /// involved in, as when publishing this library's catalog (<c>reporting-org/@secondary-reporter</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="ref"/> or <paramref name="name"/> is empty or white space, or
    /// <paramref name="ref"/> has a character IATI forbids in identifiers (white space, <c>/ &amp; | ?</c>).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ref"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a code of the OrganisationType codelist.</exception>
    public IatiReportingOrg(string @ref, string name, int type, bool isSecondaryReporter = true)
    {
        Guard.Against.NullOrWhiteSpace(@ref, nameof(@ref), $"An IATI reporting organisation needs an identifier, was '{@ref}'.");
        Guard.Against.Blank(name, $"IATI reporting organisation '{@ref}' needs a name, was '{name}'.");
        Ref = Guard.Against.InvalidInput(@ref, nameof(@ref), r => r.AsSpan().IndexOfAny(ForbiddenInIdentifiers) < 0,
            $"'{@ref}' cannot begin IATI identifiers: it has white space or one of / & | ?.");
        Name = name;
        Guard.Against.InvalidNumber(!OrganisationTypes.Contains(type), type, $"{type} is not an IATI OrganisationType code (10, 11, 15, 21-24, 30, 40, 60, 70-73, 80, 90).", nameof(type));
        Type = type;
        IsSecondaryReporter = isSecondaryReporter;
    }

    /// <summary>Gets the example organisation of the IATI Standard's own documentation, <c>AA-AAA-123456789</c>
    /// (type 40), for tests and samples: an export meant to be published needs the publisher's real identifier.</summary>
    public static IatiReportingOrg Example { get; } = new("AA-AAA-123456789", "Example organisation (the IATI documentation's example identifier)", 40);

    /// <summary>Gets the IATI organisation identifier.</summary>
    public string Ref { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the IATI OrganisationType code.</summary>
    public int Type { get; }

    /// <summary>Gets whether it reports activities it is not involved in.</summary>
    public bool IsSecondaryReporter { get; }
}
