namespace MigDev.Core.Iati;

/// <summary>Why an organisation of an IATI file went to the agency it went to (<see cref="IatiOrganisationMatch"/>).</summary>
public enum IatiOrganisationMatchKind
{
    /// <summary>Its <c>@ref</c> is the agency's IATI identifier or one of its aliases (with or without <c>XM-DAC-</c>,
    /// case and surrounding spaces ignored), or an export of this library named the agency.</summary>
    Id = 1,

    /// <summary>Its name is the agency's name (case, accents, punctuation and a leading "The" ignored).</summary>
    Name = 2,

    /// <summary>Its name is the agency's acronym, id or one of its aliases.</summary>
    Alias = 3,

    /// <summary>Its name ends with an acronym in parentheses that only this agency goes by
    /// (<c>UN HIGH COMMISSIONER FOR REFUGEES (UNHCR)</c>).</summary>
    Acronym = 4,

    /// <summary>It resolves by nothing of its own, but shares its <c>@ref</c> or name with a spelling of the same import
    /// that resolved to this agency, and with no other agency.</summary>
    Linked = 5,

    /// <summary>No agency of the directory: a new agency, one for every spelling and ref of the organisation in the
    /// import.</summary>
    New = 6,
}
