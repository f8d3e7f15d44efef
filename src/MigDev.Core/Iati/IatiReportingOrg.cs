using Ardalis.GuardClauses;

namespace MigDev.Core.Iati;

/// <summary>The organisation that publishes an IATI export: the caller's, never one this library makes up.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiReportingOrg
{
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
        Guard.Against.NullOrWhiteSpace(@ref);
        Guard.Against.NullOrWhiteSpace(name);
        if (@ref.IndexOfAny([' ', '\t', '\n', '\r', '/', '&', '|', '?']) >= 0)
        {
            throw new ArgumentException($"'{@ref}' cannot begin IATI identifiers: it has white space or one of / & | ?.", nameof(@ref));
        }
        if (type is not (10 or 11 or 15 or 21 or 22 or 23 or 24 or 30 or 40 or 60 or 70 or 71 or 72 or 73 or 80 or 90))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, $"{type} is not an IATI OrganisationType code (10, 11, 15, 21-24, 30, 40, 60, 70-73, 80, 90).");
        }
        Ref = @ref;
        Name = name;
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
