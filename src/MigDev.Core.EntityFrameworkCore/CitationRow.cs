namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevCitations</c>: a <see cref="Citation"/> of a record of any table, named by
/// <see cref="OwnerTable"/> and <see cref="OwnerKey"/> (the owner's key as text: <c>MigDevProgrammes</c>, <c>jmdi</c>).</summary>
public sealed class CitationRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the table of the record it belongs to, such as <c>MigDevProgrammes</c>.</summary>
    public string OwnerTable { get; set; } = "";

    /// <summary>Gets or sets the key of that record as text: an agency or programme id, a theme or roundtable number, a
    /// session key (<c>1a</c>), or a row's <see cref="Guid"/>.</summary>
    public string OwnerKey { get; set; } = "";

    /// <summary>Gets or sets its place in the record's list of citations.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the cited document's id.</summary>
    public string DocumentId { get; set; } = "";

    /// <summary>Gets or sets the first line of the passage, from 1.</summary>
    public int FirstLine { get; set; }

    /// <summary>Gets or sets the last line of the passage.</summary>
    public int LastLine { get; set; }

    /// <summary>Gets or sets the quote.</summary>
    public string Quote { get; set; } = "";
}
