namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>A row holding one of each of the library's value types, some optional.</summary>
public sealed class Grant
{
    public int Id { get; set; }

    public Money Amount { get; set; }

    public CountryCode Recipient { get; set; }

    public AgencyId Funder { get; set; }

    public ProgrammeId? Programme { get; set; }

    public PartialDate SignedOn { get; set; }

    public PartialDate? Ends { get; set; }

    public Timeframe? Period { get; set; }

    public Share? Cofinancing { get; set; }
}
