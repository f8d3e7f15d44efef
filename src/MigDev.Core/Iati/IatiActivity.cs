using System.Collections.Immutable;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>One <c>iati-activity</c> of the IATI Activity Standard 2.03: what a file says about an activity, read by
/// <see cref="IatiReader"/> or built by <see cref="IatiExporter"/>, with the rules it breaks.</summary>
/// <remarks>
/// <para>It holds the elements this library reads (identifier, reporting organisation, title, descriptions,
/// participating organisations, other identifiers, status, dates, recipient countries and regions, sectors, budgets,
/// transactions, related activities); docs/iati.md lists them. Other elements (locations, results, policy markers...)
/// are skipped.</para>
/// <para><see cref="IatiImporter"/> turns activities into programmes, agencies and funding commitments.</para>
/// <para>Immutable; reference equality.</para>
/// </remarks>
public sealed class IatiActivity : IatiElement
{
    internal IatiActivity(
        string element,
        int? lineNumber,
        string? identifier,
        IatiOrganisation? reportingOrg,
        bool isSecondaryReporter,
        CurrencyCode? defaultCurrency,
        string? language,
        bool? humanitarian,
        string? title,
        ImmutableArray<IatiDescription> descriptions,
        ImmutableArray<IatiParticipatingOrg> participatingOrgs,
        ImmutableArray<IatiOtherIdentifier> otherIdentifiers,
        int? status,
        ImmutableArray<IatiActivityDate> dates,
        ImmutableArray<IatiRecipientCountry> recipientCountries,
        ImmutableArray<IatiRecipientRegion> recipientRegions,
        ImmutableArray<IatiSector> sectors,
        ImmutableArray<IatiBudget> budgets,
        ImmutableArray<IatiTransaction> transactions,
        ImmutableArray<IatiRelatedActivity> relatedActivities,
        ImmutableArray<IatiFinding> readFindings,
        MigDevActivityHints? hints)
        : base(element, lineNumber)
    {
        Identifier = identifier;
        ReportingOrg = reportingOrg;
        IsSecondaryReporter = isSecondaryReporter;
        DefaultCurrency = defaultCurrency;
        Language = language;
        Humanitarian = humanitarian;
        Title = title;
        Descriptions = descriptions;
        ParticipatingOrgs = participatingOrgs;
        OtherIdentifiers = otherIdentifiers;
        Status = status;
        Dates = dates;
        RecipientCountries = recipientCountries;
        RecipientRegions = recipientRegions;
        Sectors = sectors;
        Budgets = budgets;
        Transactions = transactions;
        RelatedActivities = relatedActivities;
        Hints = hints;
        Findings = readFindings.AddRange(IatiRules.Check(this));
    }

    /// <summary>Gets the <c>iati-identifier</c>, or <see langword="null"/> when missing (a finding says so).</summary>
    public string? Identifier { get; }

    /// <summary>Gets the <c>reporting-org</c>.</summary>
    public IatiOrganisation? ReportingOrg { get; }

    /// <summary>Gets whether the reporting organisation says it is a secondary reporter
    /// (<c>reporting-org/@secondary-reporter</c>): one that publishes activities it is not involved in.</summary>
    public bool IsSecondaryReporter { get; }

    /// <summary>Gets the <c>@default-currency</c>: the currency of every value that names none.</summary>
    public CurrencyCode? DefaultCurrency { get; }

    /// <summary>Gets the <c>@xml:lang</c>, the default language of the narratives.</summary>
    public string? Language { get; }

    /// <summary>Gets the <c>@humanitarian</c> flag, when stated.</summary>
    public bool? Humanitarian { get; }

    /// <summary>Gets the title (the first <c>narrative</c> of <c>title</c>).</summary>
    public string? Title { get; }

    /// <summary>Gets the descriptions, in document order.</summary>
    public ImmutableArray<IatiDescription> Descriptions { get; }

    /// <summary>Gets the participating organisations, in document order.</summary>
    public ImmutableArray<IatiParticipatingOrg> ParticipatingOrgs { get; }

    /// <summary>Gets the other identifiers, in document order.</summary>
    public ImmutableArray<IatiOtherIdentifier> OtherIdentifiers { get; }

    /// <summary>Gets the IATI ActivityStatus code: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4
    /// Closed, 5 Cancelled, 6 Suspended.</summary>
    public int? Status { get; }

    /// <summary>Gets the activity dates, in document order.</summary>
    public ImmutableArray<IatiActivityDate> Dates { get; }

    /// <summary>Gets the recipient countries, in document order.</summary>
    public ImmutableArray<IatiRecipientCountry> RecipientCountries { get; }

    /// <summary>Gets the recipient regions, in document order.</summary>
    public ImmutableArray<IatiRecipientRegion> RecipientRegions { get; }

    /// <summary>Gets the sectors, in document order.</summary>
    public ImmutableArray<IatiSector> Sectors { get; }

    /// <summary>Gets the budgets, in document order.</summary>
    public ImmutableArray<IatiBudget> Budgets { get; }

    /// <summary>Gets the transactions, in document order.</summary>
    public ImmutableArray<IatiTransaction> Transactions { get; }

    /// <summary>Gets the related activities, in document order.</summary>
    public ImmutableArray<IatiRelatedActivity> RelatedActivities { get; }

    /// <summary>Gets what the reader could not read and the IATI rules the activity breaks (<see cref="IatiRules"/>),
    /// empty when none.</summary>
    public ImmutableArray<IatiFinding> Findings { get; }

    /// <summary>Gets the start: the actual start date (type 2) if stated, else the planned one (type 1).</summary>
    public LocalDate? Start => DateOf(2) ?? DateOf(1);

    /// <summary>Gets the end: the actual end date (type 4) if stated, else the planned one (type 3).</summary>
    public LocalDate? End => DateOf(4) ?? DateOf(3);

    internal MigDevActivityHints? Hints { get; }

    /// <summary>Returns the first date of an IATI ActivityDateType.</summary>
    /// <param name="type">1 Planned start, 2 Actual start, 3 Planned end, 4 Actual end.</param>
    /// <returns>The date, or <see langword="null"/> when not stated.</returns>
    public LocalDate? DateOf(int type)
    {
        foreach (var d in Dates)
        {
            if (d.Type == type)
            {
                return d.Date;
            }
        }
        return null;
    }

    /// <summary>Returns the identifier and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Identifier ?? "(no iati-identifier)"}: {Title}";
}

/// <summary>What an export of this library adds to an activity in its own namespace, so that reading it back gives the
/// same programme: its period as stated, its phase.</summary>
internal sealed record MigDevActivityHints(string? Period, int? Phase);
