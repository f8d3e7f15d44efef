using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>Which budgets <see cref="FundingAnalytics.SummarizeBudgets"/> totals. Every view but
/// <see cref="OriginalOnly"/> leaves out the originals a revision replaces
/// (<see cref="FundingCommitment.IsSuperseded"/>), so an original and its revision are never added together.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<BudgetView>))]
public enum BudgetView
{
    /// <summary>The budgets in force: each revised budget, and each original no revision replaces (the default, and what
    /// <c>Summarize(FundingStage.Budget)</c> gives).</summary>
    RevisedWhereRevised = 0,

    /// <summary>The originals only, superseded or not: the budget as first planned. Revisions are left out.</summary>
    OriginalOnly = 1,

    /// <summary>The budgets in force (<see cref="RevisedWhereRevised"/>) that are indicative (IATI BudgetStatus 1, or no
    /// status: <see cref="FundingCommitment.IsIndicative"/>).</summary>
    IndicativeOnly = 2,

    /// <summary>The budgets in force (<see cref="RevisedWhereRevised"/>) that are committed (IATI BudgetStatus 2: not
    /// <see cref="FundingCommitment.IsIndicative"/>).</summary>
    CommittedOnly = 3,
}
