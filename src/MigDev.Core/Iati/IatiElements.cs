using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>A part of an IATI activity as read from a file or built for an export: where it is, and its values.</summary>
/// <remarks>The parts are immutable records of what the XML says, with reference equality. What the file did not say is
/// <see langword="null"/>; what could not be read is <see langword="null"/> too, and the activity carries a finding for
/// it (<see cref="IatiActivity.Findings"/>).</remarks>
public abstract class IatiElement
{
    private protected IatiElement(string element, int? lineNumber)
    {
        Element = element;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the element's path from the activity, such as <c>iati-activity[3]/budget[2]</c>.</summary>
    public string Element { get; }

    /// <summary>Gets the element's line in the file read, or <see langword="null"/> for an activity built for an export.</summary>
    public int? LineNumber { get; }
}

/// <summary>An organisation as IATI names it: <c>reporting-org</c>, <c>provider-org</c>, <c>receiver-org</c>, or (as
/// <see cref="IatiParticipatingOrg"/>) <c>participating-org</c>.</summary>
public class IatiOrganisation : IatiElement
{
    internal IatiOrganisation(string element, int? lineNumber, string? @ref, int? type, string? name, string? activityId, string? agencyHint)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
        Name = name;
        ActivityId = activityId;
        AgencyHint = agencyHint;
    }

    /// <summary>Gets the organisation identifier (<c>@ref</c>), such as <c>XM-DAC-47066</c> for IOM.</summary>
    public string? Ref { get; }

    /// <summary>Gets the IATI OrganisationType code (<c>@type</c>), such as 10 Government or 40 Multilateral.</summary>
    public int? Type { get; }

    /// <summary>Gets the name (the first <c>narrative</c>).</summary>
    public string? Name { get; }

    /// <summary>Gets the organisation's own identifier of the activity (<c>@activity-id</c>,
    /// <c>@provider-activity-id</c>, <c>@receiver-activity-id</c>).</summary>
    public string? ActivityId { get; }

    /// <summary>This library's agency id, when an export of it wrote one (<c>migdev:agency</c>).</summary>
    internal string? AgencyHint { get; }
}

/// <summary>A <c>participating-org</c>: an organisation and its IATI role.</summary>
public sealed class IatiParticipatingOrg : IatiOrganisation
{
    internal IatiParticipatingOrg(string element, int? lineNumber, string? @ref, int? type, string? name, string? activityId, string? agencyHint, int? role, string? roleHint)
        : base(element, lineNumber, @ref, type, name, activityId, agencyHint)
    {
        Role = role;
        RoleHint = roleHint;
    }

    /// <summary>Gets the IATI OrganisationRole code: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing
    /// (<see cref="OrganisationRoles.FromIatiCode"/>).</summary>
    public int? Role { get; }

    /// <summary>This library's finer role, when an export of it wrote one (<c>migdev:role</c>).</summary>
    internal string? RoleHint { get; }
}

/// <summary>A <c>description</c> of an activity.</summary>
public sealed class IatiDescription : IatiElement
{
    internal IatiDescription(string element, int? lineNumber, int type, string text)
        : base(element, lineNumber)
    {
        Type = type;
        Text = text;
    }

    /// <summary>Gets the IATI DescriptionType: 1 General, 2 Objectives, 3 Target Groups, 4 Other.</summary>
    public int Type { get; }

    /// <summary>Gets the text (the first <c>narrative</c>).</summary>
    public string Text { get; }
}

/// <summary>An <c>other-identifier</c> of an activity.</summary>
public sealed class IatiOtherIdentifier : IatiElement
{
    internal IatiOtherIdentifier(string element, int? lineNumber, string @ref, string? type)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
    }

    /// <summary>Gets the identifier.</summary>
    public string Ref { get; }

    /// <summary>Gets the IATI OtherIdentifierType, such as <c>A1</c> (the reporting organisation's own id).</summary>
    public string? Type { get; }
}

/// <summary>An <c>activity-date</c>.</summary>
public sealed class IatiActivityDate : IatiElement
{
    internal IatiActivityDate(string element, int? lineNumber, int type, LocalDate date, PartialDate? stated, bool isProxy)
        : base(element, lineNumber)
    {
        Type = type;
        Date = date;
        Stated = stated;
        IsProxy = isProxy;
    }

    /// <summary>Gets the IATI ActivityDateType: 1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.</summary>
    public int Type { get; }

    /// <summary>Gets the date (<c>@iso-date</c>).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the type is a start (1 or 2).</summary>
    public bool IsStart => Type is 1 or 2;

    /// <summary>The date as the sources state it (a year, a month), when an export of this library wrote it.</summary>
    internal PartialDate? Stated { get; }

    /// <summary>Whether an export of this library wrote the date of a source document because the activity's own dates are
    /// not stated (<c>migdev:date-basis="source"</c>).</summary>
    internal bool IsProxy { get; }
}

/// <summary>A <c>recipient-country</c>.</summary>
public sealed class IatiRecipientCountry : IatiElement
{
    internal IatiRecipientCountry(string element, int? lineNumber, CountryCode country, decimal? percentage, string? relationHint)
        : base(element, lineNumber)
    {
        Country = country;
        Percentage = percentage;
        RelationHint = relationHint;
    }

    /// <summary>Gets the country.</summary>
    public CountryCode Country { get; }

    /// <summary>Gets its share of the activity in percent, when stated.</summary>
    public decimal? Percentage { get; }

    /// <summary>This library's <see cref="CountryRelation"/>, when an export of it wrote one.</summary>
    internal string? RelationHint { get; }
}

/// <summary>A <c>recipient-region</c>.</summary>
public sealed class IatiRecipientRegion : IatiElement
{
    internal IatiRecipientRegion(string element, int? lineNumber, string code, string vocabulary, decimal? percentage)
        : base(element, lineNumber)
    {
        Code = code;
        Vocabulary = vocabulary;
        Percentage = percentage;
    }

    /// <summary>Gets the region code, such as <c>298</c> (Africa, regional) in vocabulary 1 (OECD DAC).</summary>
    public string Code { get; }

    /// <summary>Gets the IATI RegionVocabulary, <c>1</c> when the file does not say.</summary>
    public string Vocabulary { get; }

    /// <summary>Gets its share of the activity in percent, when stated.</summary>
    public decimal? Percentage { get; }
}

/// <summary>A <c>sector</c>.</summary>
public sealed class IatiSector : IatiElement
{
    internal IatiSector(string element, int? lineNumber, string vocabulary, string code, decimal? percentage, string? name)
        : base(element, lineNumber)
    {
        Vocabulary = vocabulary;
        Code = code;
        Percentage = percentage;
        Name = name;
    }

    /// <summary>The OECD DAC purpose code for migration, 15190 "Facilitation of orderly, safe, regular and responsible
    /// migration and mobility" (IATI Sector codelist, vocabulary 1).</summary>
    public const string MigrationPurposeCode = "15190";

    /// <summary>Gets the IATI SectorVocabulary, <c>1</c> (OECD DAC 5-digit) when the file does not say; <c>98</c> and
    /// <c>99</c> are the reporting organisation's own.</summary>
    public string Vocabulary { get; }

    /// <summary>Gets the code in that vocabulary.</summary>
    public string Code { get; }

    /// <summary>Gets its share of the activity in percent within its vocabulary, when stated.</summary>
    public decimal? Percentage { get; }

    /// <summary>Gets the name given (the first <c>narrative</c>).</summary>
    public string? Name { get; }
}

/// <summary>A <c>budget</c>: money planned for a period.</summary>
public sealed class IatiBudget : IatiElement
{
    internal IatiBudget(string element, int? lineNumber, int type, int status, LocalDate? start, LocalDate? end, Money? value, LocalDate? valueDate, string valueElement)
        : base(element, lineNumber)
    {
        Type = type;
        Status = status;
        Start = start;
        End = end;
        Value = value;
        ValueDate = valueDate;
        ValueElement = valueElement;
    }

    /// <summary>Gets the IATI BudgetType: 1 Original, 2 Revised (1 when the file does not say).</summary>
    public int Type { get; }

    /// <summary>Gets the IATI BudgetStatus: 1 Indicative, 2 Committed (1 when the file does not say).</summary>
    public int Status { get; }

    /// <summary>Gets the first day of the period, or <see langword="null"/> when missing or unreadable.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the last day of the period, or <see langword="null"/> when missing or unreadable.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the amount, or <see langword="null"/> when it has no readable value or currency (a finding says
    /// which).</summary>
    public Money? Value { get; }

    /// <summary>Gets the <c>value/@value-date</c>, the day whose exchange rate applies.</summary>
    public LocalDate? ValueDate { get; }

    internal string ValueElement { get; }
}

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
    /// (<see cref="FundingStages.FromIatiTransactionType"/>).</summary>
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

/// <summary>A <c>related-activity</c>.</summary>
public sealed class IatiRelatedActivity : IatiElement
{
    internal IatiRelatedActivity(string element, int? lineNumber, string @ref, int? type)
        : base(element, lineNumber)
    {
        Ref = @ref;
        Type = type;
    }

    /// <summary>Gets the related activity's <c>iati-identifier</c>.</summary>
    public string Ref { get; }

    /// <summary>Gets the IATI RelatedActivityType: 1 Parent, 2 Child, 3 Sibling, 4 Co-funded, 5 Third Party.</summary>
    public int? Type { get; }
}
