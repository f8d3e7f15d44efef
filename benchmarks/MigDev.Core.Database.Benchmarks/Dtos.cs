namespace MigDev.Core.Database.Benchmarks;

// The baseline: what an application would write without the package, plain entities of strings, decimals and ints,
// with the same tables and columns as the package's rows.

public sealed class DtoDocument
{
    public string Id { get; set; } = "";
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string Author { get; set; } = "";
    public string? Date { get; set; }
    public string? FileName { get; set; }
}

public sealed class DtoAgency
{
    public string Id { get; set; } = "";
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public string Kind { get; set; } = "";
    public string? Acronym { get; set; }
    public string? Parent { get; set; }
    public string? IatiIdentifier { get; set; }
    public List<string> Aliases { get; init; } = [];
    public List<string> IatiAliases { get; init; } = [];
    public string? Note { get; set; }
}

public sealed class DtoProgramme
{
    public string Id { get; set; } = "";
    public long Position { get; set; }
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Acronym { get; set; }
    public List<string> Aliases { get; init; } = [];
    public string? Parent { get; set; }
    public int? Phase { get; set; }
    public string? Period { get; set; }
    public string? IatiIdentifier { get; set; }
    public string? Note { get; set; }
}

public sealed class DtoParticipant
{
    public Guid Id { get; set; }
    public string? Programme { get; set; }
    public int Position { get; set; }
    public string Agency { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Period { get; set; }
    public string? Note { get; set; }
}

public sealed class DtoProgrammeCountry
{
    public Guid Id { get; set; }
    public string Programme { get; set; } = "";
    public int Position { get; set; }
    public string Country { get; set; } = "";
    public string Relation { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class DtoCommitment
{
    public Guid Id { get; set; }
    public long Position { get; set; }
    public long Version { get; set; }
    public string Stage { get; set; } = "";
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public string? RelativeAmount { get; set; }
    public string? RelativeTo { get; set; }
    public string? Recipient { get; set; }
    public string? Programme { get; set; }
    public string? ValueDate { get; set; }
    public string? Period { get; set; }
    public bool IsIndicative { get; set; }
    public string BudgetKind { get; set; } = "";
    public bool IsSuperseded { get; set; }
    public string Direction { get; set; } = "";
    public string? ReportedBy { get; set; }
    public string? ProviderActivity { get; set; }
    public string? ReceiverActivity { get; set; }
    public string? Note { get; set; }
}

public sealed class DtoContribution
{
    public Guid Commitment { get; set; }
    public int Position { get; set; }
    public string Funder { get; set; } = "";
    public string? Share { get; set; }
}

public sealed class DtoCitation
{
    public Guid Id { get; set; }
    public string OwnerTable { get; set; } = "";
    public string OwnerKey { get; set; } = "";
    public int Position { get; set; }
    public string DocumentId { get; set; } = "";
    public int FirstLine { get; set; }
    public int LastLine { get; set; }
    public string Quote { get; set; } = "";
}
