namespace MigDev.Core.EntityFrameworkCore;

/// <summary>A row of <c>MigDevMemberships</c>: an <see cref="AgencyMembership"/>.</summary>
public sealed class MembershipRow
{
    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the membership's place in the model's list.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the member.</summary>
    public AgencyId Member { get; set; }

    /// <summary>Gets or sets the body.</summary>
    public AgencyId Body { get; set; }

    /// <summary>Gets or sets the role, stored as its name (<c>Chair</c>).</summary>
    public OrganisationRole Role { get; set; }

    /// <summary>Gets or sets when, or <see langword="null"/>.</summary>
    public Timeframe? Period { get; set; }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get; set; }
}
