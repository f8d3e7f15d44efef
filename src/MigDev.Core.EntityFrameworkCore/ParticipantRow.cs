namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevParticipants</c>: a <see cref="Participant"/> of a programme (its partners) or of a meeting;
/// exactly one of <see cref="Programme"/> and <see cref="Meeting"/> is set.</summary>
public sealed class ParticipantRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the programme it is a partner of (a foreign key, deleted with it), or <see langword="null"/>.</summary>
    public ProgrammeId? Programme { get; set; }

    /// <summary>Gets or sets the meeting it is a participant of (a foreign key, deleted with it), or <see langword="null"/>.</summary>
    public Guid? Meeting { get; set; }

    /// <summary>Gets or sets its place in the programme's or meeting's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the agency.</summary>
    public AgencyId Agency { get; set; }

    /// <summary>Gets or sets its role, stored as its name (<c>Funding</c>).</summary>
    public OrganisationRole Role { get; set; }

    /// <summary>Gets or sets when it held the role, or <see langword="null"/>.</summary>
    public Timeframe? Period { get; set; }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
