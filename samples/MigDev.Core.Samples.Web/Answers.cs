using System.Text.Json;

namespace MigDev.Core.Samples.Web;

// The shapes the API answers with. A value of the library's own (an amount, a period, a programme, a theme...) is held
// as the JSON the library writes for it (LibraryJson.Of), so that it reads exactly as in a catalog document: the
// library's converters are internal, so the sample's source-generated context cannot name those types itself.

/// <summary>An agency in the list: its id, names and kind; <c>/agencies/{id}</c> has the whole record.</summary>
internal sealed record AgencySummary(string Id, string Name, string DisplayName, string? Acronym, JsonElement Kind);

/// <summary>A programme in the list; <c>/programmes/{id}</c> has the whole record with its citations.</summary>
internal sealed record ProgrammeSummary(string Id, string Name, string? Acronym, JsonElement? Period, int Citations);

/// <summary>A programme (with its citations), what is committed to it in each currency, and the documents it cites.</summary>
internal sealed record ProgrammeAnswer(JsonElement Programme, JsonElement[] Committed, JsonElement[] Documents);

/// <summary>The GFMD matrix: themes, roundtables, sessions and the activities of each session.</summary>
internal sealed record GfmdMatrix(JsonElement[] Themes, JsonElement[] Roundtables, JsonElement[] Sessions, JsonElement[] Activities);

/// <summary>One total: what (a funder, a recipient, a year) and how much, in the chosen currency.</summary>
internal sealed record TotalLine(string Key, JsonElement Amount);

/// <summary>A rate used in an answer, with its date, source and how it was derived.</summary>
internal sealed record RateAnswer(string Base, string Quote, decimal Rate, string Date, string Source, JsonElement Derivation);

/// <summary>A commitment that could not be converted, with its index in the catalog and the reason.</summary>
internal sealed record UnconvertedAnswer(int Index, string? Programme, JsonElement? Amount, JsonElement? ValueDate, string Reason, string Message);

/// <summary>The funding totals of one stage in one currency, every rate used and what could not be converted.</summary>
internal sealed record FundingAnswer(
    string Currency,
    JsonElement Stage,
    string At,
    JsonElement Total,
    int Lines,
    TotalLine[] ByFunder,
    TotalLine[] ByRecipient,
    TotalLine[] ByYear,
    RateAnswer[] Rates,
    UnconvertedAnswer[] Unconverted);

/// <summary>One conversion: the amount, the result rounded and unrounded, the rate (and its legs for a cross rate).</summary>
internal sealed record ConversionAnswer(JsonElement Original, JsonElement Converted, decimal Unrounded, string RequestedDate, int DaysBack, string Policy, RateAnswer Rate, RateAnswer[] Legs);

/// <summary>A finding of an import (a rule an activity breaks, a value that could not be read).</summary>
internal sealed record FindingAnswer(string RuleId, string Severity, string? ActivityId, string Element, int? Line, string Message, string? Value);

/// <summary>A fault of a refused document, as the library gives it: the path, the value and the rule.</summary>
internal sealed record FaultAnswer(string Path, string? Value, string Rule);

/// <summary>What an uploaded IATI file or catalog document holds: counts, the totals of each stage and direction in
/// each currency (money two publishers both report counted once; budgets left out), and the findings.</summary>
internal sealed record ImportAnswer(
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
internal sealed record StageTotal(JsonElement Stage, JsonElement Direction, JsonElement[] Amounts);

/// <summary>The library's JSON for one of its values (<see cref="MigDev.Core.Serialization.MigDevJson.Options"/>,
/// source-generated: no reflection).</summary>
internal static class LibraryJson
{
    /// <summary>The value as the library writes it.</summary>
    public static JsonElement Of<T>(T value) =>
        JsonSerializer.SerializeToElement(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)MigDev.Core.Serialization.MigDevJson.Options.GetTypeInfo(typeof(T)));

    /// <summary>Each value as the library writes it.</summary>
    public static JsonElement[] All<T>(IEnumerable<T> values) => [.. values.Select(Of)];
}
