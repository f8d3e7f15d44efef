namespace MigDev.Core.Samples.Web;

// The shapes the API answers with. A value of the library's own (an amount, a period, a stage, a programme...) is held
// as itself and written by the library's JSON: its converter (public, named by the source generator) or, for a whole
// record, MigDevJson.TypeInfoResolver, first in the chain (WebJson.Configure), so it reads as in a catalog document.

/// <summary>An agency in the list: its id, names and kind; <c>/agencies/{id}</c> has the whole record.</summary>
public sealed record AgencySummary(string Id, string Name, string DisplayName, string? Acronym, AgencyKind Kind);

/// <summary>A programme in the list; <c>/programmes/{id}</c> has the whole record with its citations.</summary>
public sealed record ProgrammeSummary(string Id, string Name, string? Acronym, Timeframe? Period, int Citations);

/// <summary>A programme (with its citations), what is committed to it in each currency, and the documents it cites.</summary>
public sealed record ProgrammeAnswer(Programme Programme, Money[] Committed, SourceDocument[] Documents);

/// <summary>The GFMD matrix: themes, roundtables, sessions and the activities of each session.</summary>
public sealed record GfmdMatrix(Theme[] Themes, Roundtable[] Roundtables, Session[] Sessions, Activity[] Activities);

/// <summary>One total: what (a funder, a recipient, a year) and how much, in the chosen currency.</summary>
public sealed record TotalLine(string Key, Money Amount);

/// <summary>A rate used in an answer, with its date, source and how it was derived.</summary>
public sealed record RateAnswer(CurrencyCode Base, CurrencyCode Quote, decimal Rate, string Date, string Source, RateDerivation Derivation);

/// <summary>A commitment that could not be converted, with its index in the catalog and the reason.</summary>
public sealed record UnconvertedAnswer(int Index, ProgrammeId? Programme, Money? Amount, PartialDate? ValueDate, UnconvertedReason Reason, string Message);

/// <summary>The funding totals of one stage in one currency, every rate used and what could not be converted.</summary>
public sealed record FundingAnswer(
    CurrencyCode Currency,
    FundingStage Stage,
    string At,
    Money Total,
    int Lines,
    TotalLine[] ByFunder,
    TotalLine[] ByRecipient,
    TotalLine[] ByYear,
    RateAnswer[] Rates,
    UnconvertedAnswer[] Unconverted);

/// <summary>One conversion: the amount, the result rounded and unrounded, the rate (and its legs for a cross rate).</summary>
public sealed record ConversionAnswer(Money Original, Money Converted, decimal Unrounded, string RequestedDate, int DaysBack, string Policy, RateAnswer Rate, RateAnswer[] Legs);

/// <summary>A finding of an import (a rule an activity breaks, a value that could not be read).</summary>
public sealed record FindingAnswer(string RuleId, string Severity, string? ActivityId, string Element, int? Line, string Message, string? Value);

/// <summary>A fault of a refused document, as the library gives it: the path, the value and the rule.</summary>
public sealed record FaultAnswer(string Path, string? Value, string Rule);

/// <summary>What an uploaded IATI file or catalog document holds: counts, the totals of each stage and direction in
/// each currency (money two publishers both report counted once; budgets left out), and the findings.</summary>
public sealed record ImportAnswer(
    string Kind,
    string Source,
    int Activities,
    int Programmes,
    int Agencies,
    int NewAgencies,
    int Commitments,
    int MirroredPairs,
    StageTotal[] Totals,
    FindingAnswer[] Findings);

/// <summary>The total of one stage and direction, in each currency, money two publishers both report counted once.</summary>
public sealed record StageTotal(FundingStage Stage, FlowDirection Direction, Money[] Amounts);
