namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// A row of <c>MigDevCommitments</c>: a <see cref="FundingCommitment"/> (its funders are rows of
/// <c>MigDevContributions</c>, its citations rows of <c>MigDevCitations</c>), with a <see cref="Version"/> that guards it
/// against lost updates.
/// </summary>
/// <remarks>
/// <para><see cref="Version"/> is EF Core's concurrency token for the row: every setter of the row adds one to it, so
/// that <c>SaveChanges</c> updates the row only where the version is still the one read
/// (<c>UPDATE ... WHERE "Id" = @id AND "Version" = @read</c>); when another context saved the row in between, EF Core
/// throws <c>DbUpdateConcurrencyException</c> and nothing is overwritten. The same column works on every provider:
/// SQLite has no row version of its own, and PostgreSQL's <c>xmin</c> would tie the mapping to one provider. EF Core
/// reads and writes the row through its fields, so loading a row does not count as a change.</para>
/// </remarks>
public sealed class CommitmentRow
{
    private FundingStage _stage;
    private Money? _amount;
    private Share? _relativeAmount;
    private string? _relativeTo;
    private AgencyId? _recipient;
    private ProgrammeId? _programme;
    private PartialDate? _valueDate;
    private Timeframe? _period;
    private bool _isIndicative;
    private BudgetKind _budgetKind;
    private bool _isSuperseded;
    private FlowDirection _direction;
    private AgencyId? _reportedBy;
    private string? _providerActivity;
    private string? _receiverActivity;
    private string? _note;

    /// <summary>Gets or sets the row's key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the commitment's place in the model's list (the order it loads in).</summary>
    public long Position { get; set; }

    /// <summary>Gets or sets the row's version, the concurrency token: one more on every change made through a setter.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the stage, stored as its name (<c>Commitment</c>).</summary>
    public FundingStage Stage { get => _stage; set => Set(ref _stage, value); }

    /// <summary>Gets or sets the amount (two columns, <c>Amount_Amount</c> and <c>Amount_Currency</c>), or
    /// <see langword="null"/> for a relative figure.</summary>
    public Money? Amount { get => _amount; set => Set(ref _amount, value); }

    /// <summary>Gets or sets the relative figure, or <see langword="null"/> for an amount.</summary>
    public Share? RelativeAmount { get => _relativeAmount; set => Set(ref _relativeAmount, value); }

    /// <summary>Gets or sets what the relative figure is a share of, or <see langword="null"/>.</summary>
    public string? RelativeTo { get => _relativeTo; set => Set(ref _relativeTo, value); }

    /// <summary>Gets or sets the recipient agency, or <see langword="null"/>.</summary>
    public AgencyId? Recipient { get => _recipient; set => Set(ref _recipient, value); }

    /// <summary>Gets or sets the programme funded, or <see langword="null"/>.</summary>
    public ProgrammeId? Programme { get => _programme; set => Set(ref _programme, value); }

    /// <summary>Gets or sets the value date, or <see langword="null"/>.</summary>
    public PartialDate? ValueDate { get => _valueDate; set => Set(ref _valueDate, value); }

    /// <summary>Gets or sets the period covered, or <see langword="null"/>.</summary>
    public Timeframe? Period { get => _period; set => Set(ref _period, value); }

    /// <summary>Gets or sets whether the figure is indicative.</summary>
    public bool IsIndicative { get => _isIndicative; set => Set(ref _isIndicative, value); }

    /// <summary>Gets or sets whether a budget is an original or a revision, stored as its name.</summary>
    public BudgetKind BudgetKind { get => _budgetKind; set => Set(ref _budgetKind, value); }

    /// <summary>Gets or sets whether an original budget was superseded.</summary>
    public bool IsSuperseded { get => _isSuperseded; set => Set(ref _isSuperseded, value); }

    /// <summary>Gets or sets the direction of the flow, stored as its name.</summary>
    public FlowDirection Direction { get => _direction; set => Set(ref _direction, value); }

    /// <summary>Gets or sets the agency that reported it, or <see langword="null"/>.</summary>
    public AgencyId? ReportedBy { get => _reportedBy; set => Set(ref _reportedBy, value); }

    /// <summary>Gets or sets the provider's IATI activity identifier, or <see langword="null"/>.</summary>
    public string? ProviderActivity { get => _providerActivity; set => Set(ref _providerActivity, value); }

    /// <summary>Gets or sets the receiver's IATI activity identifier, or <see langword="null"/>.</summary>
    public string? ReceiverActivity { get => _receiverActivity; set => Set(ref _receiverActivity, value); }

    /// <summary>Gets or sets a note on how the source was read, or <see langword="null"/>.</summary>
    public string? Note { get => _note; set => Set(ref _note, value); }

    private void Set<T>(ref T field, T value)
    {
        field = value;
        Version++;
    }
}
