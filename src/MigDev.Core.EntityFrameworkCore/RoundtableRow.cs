namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevRoundtables</c>: a <see cref="Roundtable"/> of the GFMD 2007 matrix.</summary>
public sealed class RoundtableRow
{
    /// <summary>Gets or sets the roundtable's number (the key).</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the roundtable's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the number of its theme.</summary>
    public int Theme { get; set; }

    /// <summary>Gets or sets the title as written.</summary>
    public string Title { get; set; } = "";
}
