namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevDocuments</c>: a <see cref="SourceDocument"/> that citations cite
/// (<see cref="MigDevModelBuilderExtensions.AddMigDevModel"/>).</summary>
public sealed class DocumentRow
{
    /// <summary>Gets or sets the document's id (the key), such as <c>001</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets the document's place in the model's list (the order it loads in).</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Gets or sets the author.</summary>
    public string Author { get; set; } = "";

    /// <summary>Gets or sets the date, as precisely as known, or <see langword="null"/>.</summary>
    public Timeframe? Date { get; set; }

    /// <summary>Gets or sets the file name, or <see langword="null"/>.</summary>
    public string? FileName { get; set; }
}
