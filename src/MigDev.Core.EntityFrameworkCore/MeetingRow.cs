namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevMeetings</c>: a <see cref="Meeting"/> (its participants are rows of
/// <c>MigDevParticipants</c>).</summary>
public sealed class MeetingRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the meeting's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the name as written.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the corrected name to display, or <see langword="null"/> when it is the name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Gets the other names, in order.</summary>
    public List<string> Aliases { get; init; } = [];

    /// <summary>Gets or sets the place, or <see langword="null"/>.</summary>
    public string? Place { get; set; }

    /// <summary>Gets or sets when, as precisely as stated, or <see langword="null"/>.</summary>
    public Timeframe? Date { get; set; }

    /// <summary>Gets or sets the country that chaired it, or <see langword="null"/>.</summary>
    public CountryCode? Chair { get; set; }

    /// <summary>Gets or sets its number in a series, or <see langword="null"/>.</summary>
    public int? Ordinal { get; set; }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
