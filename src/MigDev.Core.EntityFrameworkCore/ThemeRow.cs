namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevThemes</c>: a <see cref="Theme"/> of the GFMD 2007 matrix.</summary>
public sealed class ThemeRow
{
    /// <summary>Gets or sets the theme's number (the key).</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets the theme's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the title as written.</summary>
    public string Title { get; set; } = "";
}
