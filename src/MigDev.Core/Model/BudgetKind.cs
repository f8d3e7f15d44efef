using System.Text.Json.Serialization;
using MigDev.Core.Serialization;
namespace MigDev.Core;

/// <summary>Whether a budget (<see cref="FundingStage.Budget"/>) is the one first planned for its period or a revision
/// of it: the IATI BudgetType codelist (1 Original, 2 Revised).</summary>
/// <remarks>A revised budget replaces the original for the period it covers: the original stays in the model, marked
/// <see cref="FundingCommitment.IsSuperseded"/>, and <see cref="FundingAnalytics.Summarize(FundingStage)"/> never adds both
/// (<see cref="BudgetView"/>).</remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<BudgetKind>))]
public enum BudgetKind
{
    /// <summary>The budget first allocated for the period (IATI BudgetType 1, and the standard's default when a
    /// <c>budget</c> has no <c>@type</c>); every commitment that is not a budget is one too.</summary>
    Original = 0,

    /// <summary>The updated budget for the period (IATI BudgetType 2): it replaces the original budgets whose period it
    /// covers.</summary>
    Revised = 1,
}
