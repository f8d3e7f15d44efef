using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>A <c>transaction</c>: a commitment, a disbursement, an expenditure...</summary>
public sealed class IatiTransaction : IatiElement
{
    internal IatiTransaction(string element, int? lineNumber, int? type, LocalDate? date, Money? value, LocalDate? valueDate, string valueElement,
        IatiOrganisation? provider, IatiOrganisation? receiver, string? description, MigDevTransactionHints? hints)
        : base(element, lineNumber)
    {
        Type = type;
        Date = date;
        Value = value;
        ValueDate = valueDate;
        ValueElement = valueElement;
        Provider = provider;
        Receiver = receiver;
        Description = description;
        Hints = hints;
    }

    /// <summary>Gets the IATI TransactionType code, such as 11 Incoming Commitment or 3 Disbursement
    /// (<see cref="IatiCodes.FundingStageOf"/>).</summary>
    public int? Type { get; }

    /// <summary>Gets the <c>transaction-date</c>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the amount, or <see langword="null"/> when it has no readable value or currency (a finding says
    /// which).</summary>
    public Money? Value { get; }

    /// <summary>Gets the <c>value/@value-date</c>, the day whose exchange rate applies.</summary>
    public LocalDate? ValueDate { get; }

    /// <summary>Gets the organisation the money comes from.</summary>
    public IatiOrganisation? Provider { get; }

    /// <summary>Gets the organisation the money goes to.</summary>
    public IatiOrganisation? Receiver { get; }

    /// <summary>Gets the transaction's description (the first <c>narrative</c>).</summary>
    public string? Description { get; }

    internal string ValueElement { get; }

    internal MigDevTransactionHints? Hints { get; }
}

/// <summary>What an export of this library adds to a transaction in its own namespace, so that reading it back gives the
/// same commitment.</summary>
internal sealed record MigDevTransactionHints(string? Funders, PartialDate? StatedValueDate, bool Indicative, string? Period);
