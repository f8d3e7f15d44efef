namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevActivities</c>: an <see cref="Activity"/> row of the GFMD 2007 matrix.</summary>
public sealed class ActivityRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the activity's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the roundtable's number.</summary>
    public int Roundtable { get; set; }

    /// <summary>Gets or sets the session's letter.</summary>
    public string Session { get; set; } = "";

    /// <summary>Gets or sets the activity as written.</summary>
    public string Text { get; set; } = "";

    /// <summary>Gets its objectives, in order.</summary>
    public List<string> Objectives { get; init; } = [];

    /// <summary>Gets the ids of the GMG members with expertise, in order (read back as <see cref="AgencyId"/>s: a text
    /// that is not one is a <see cref="MigDevDatabaseValueException"/>).</summary>
    public List<string> GmgMembersWithExpertise { get; init; } = [];

    /// <summary>Gets the bulleted sub-activities, in order.</summary>
    public List<string> SubActivities { get; init; } = [];

    /// <summary>Gets or sets why the row's reading is a judgement, or <see langword="null"/>.</summary>
    public string? ReadingNote { get; set; }
}
