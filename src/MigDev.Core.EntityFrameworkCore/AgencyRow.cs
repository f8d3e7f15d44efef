namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevAgencies</c>: an <see cref="Agency"/> (its citations are rows of <c>MigDevCitations</c>).</summary>
public sealed class AgencyRow
{
    /// <summary>Gets or sets the agency's id (the key).</summary>
    public AgencyId Id { get; set; }

    /// <summary>Gets or sets the agency's place in the directory (the order it loads in).</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the name as written.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the corrected name to display, or <see langword="null"/> when it is the name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the kind, stored as its name (<c>SpecializedAgency</c>).</summary>
    public AgencyKind Kind { get; set; }

    /// <summary>Gets or sets the acronym, or <see langword="null"/>.</summary>
    public string? Acronym { get; set; }

    /// <summary>Gets or sets the parent agency, or <see langword="null"/>.</summary>
    public AgencyId? Parent { get; set; }

    /// <summary>Gets or sets the IATI organisation identifier, or <see langword="null"/>.</summary>
    public string? IatiIdentifier { get; set; }

    /// <summary>Gets the other names, in order (a JSON array on SQLite, a <c>text[]</c> on PostgreSQL).</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>Gets the other IATI identifiers, in order.</summary>
    public List<string> IatiAliases { get; init; } = [];

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
