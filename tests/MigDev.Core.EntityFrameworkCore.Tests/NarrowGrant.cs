namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>A row whose amount column the model narrows to <c>(38, 18)</c>, as a user may.</summary>
public sealed class NarrowGrant
{
    public int Id { get; set; }

    public Money Amount { get; set; }
}
