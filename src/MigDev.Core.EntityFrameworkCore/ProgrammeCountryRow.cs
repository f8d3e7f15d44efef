namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevProgrammeCountries</c>: a <see cref="ProgrammeCountry"/>, a country in a programme's named
/// list.</summary>
public sealed class ProgrammeCountryRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the programme (a foreign key, deleted with it).</summary>
    public ProgrammeId Programme { get; set; }

    /// <summary>Gets or sets its place in the programme's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the country.</summary>
    public CountryCode Country { get; set; }

    /// <summary>Gets or sets the relation, stored as its name (<c>Target</c>).</summary>
    public CountryRelation Relation { get; set; }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
