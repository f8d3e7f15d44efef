namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevProgrammes</c>: a <see cref="Programme"/> (its partners, countries and citations are rows
/// of <c>MigDevParticipants</c>, <c>MigDevProgrammeCountries</c> and <c>MigDevCitations</c>).</summary>
public sealed class ProgrammeRow
{
    /// <summary>Gets or sets the programme's id (the key).</summary>
    public ProgrammeId Id { get; set; }

    /// <summary>Gets or sets the programme's place in the model's list (the order it loads in).</summary>
    public long Position { get; set; }

    /// <summary>Gets or sets the name as written.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the corrected name to display, or <see langword="null"/> when it is the name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets or sets the acronym, or <see langword="null"/>.</summary>
    public string? Acronym { get; set; }

    /// <summary>Gets the other names, in order.</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>Gets or sets the programme this is a phase or part of, or <see langword="null"/>.</summary>
    public ProgrammeId? Parent { get; set; }

    /// <summary>Gets or sets the phase number, or <see langword="null"/>.</summary>
    public int? Phase { get; set; }

    /// <summary>Gets or sets when, as precisely as the source says, or <see langword="null"/>.</summary>
    public Timeframe? Period { get; set; }

    /// <summary>Gets or sets the IATI activity identifier, or <see langword="null"/>.</summary>
    public string? IatiIdentifier { get; set; }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
