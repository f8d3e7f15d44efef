namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevSessions</c>: a <see cref="Session"/> of a roundtable; the key is the roundtable and the
/// letter.</summary>
public sealed class SessionRow
{
    /// <summary>Gets or sets the roundtable's number.</summary>
    public int Roundtable { get; set; }

    /// <summary>Gets or sets the letter, <c>a</c> to <c>z</c>.</summary>
    public string Letter { get; set; } = "";

    /// <summary>Gets or sets the session's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the title as written.</summary>
    public string Title { get; set; } = "";
}
