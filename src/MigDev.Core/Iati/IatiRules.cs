using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>A subset of the IATI Validator's rules, with its rule ids (<see cref="IatiRuleIds"/>): budget periods at most
/// a year and not overlapping, percentages per vocabulary summing to 100, a currency and a value date on every value,
/// end dates after start dates, and the identifier's prefix.</summary>
/// <remarks>Every <see cref="IatiActivity"/> is checked when it is read or built: its <see cref="IatiActivity.Findings"/>
/// hold the result. These rules are what XML Schema cannot say; the schema itself is checked by validating the XML
/// (docs/iati.md shows how).</remarks>
public static class IatiRules
{
    /// <summary>Checks an activity against the rules.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The rules it breaks, in document order of the elements; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public static IEnumerable<IatiFinding> Check(IatiActivity activity)
    {
        Guard.Against.Null(activity);
        var check = new Checker(activity);
        check.IdentifierPrefix();
        check.DateOrder(1, 3, IatiRuleIds.PlannedDatesOrder, "planned");
        check.DateOrder(2, 4, IatiRuleIds.ActualDatesOrder, "actual");
        check.SectorPercentages();
        check.CountryAndRegionPercentages();
        check.BudgetPeriods();
        check.BudgetOverlaps();
        check.ValueDates();
        return check.Findings;
    }

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    // The checks of one activity, each adding its findings in document order of the elements.
    private sealed class Checker(IatiActivity activity)
    {
        public List<IatiFinding> Findings { get; } = [];

        private string? Id => activity.Identifier;

        public void IdentifierPrefix()
        {
            if (Id is not null && activity.ReportingOrg?.Ref is { Length: > 0 } orgRef && !Id.StartsWith(orgRef + "-", StringComparison.Ordinal))
            {
                Add(IatiRuleIds.IdentifierPrefix, activity, $"the activity identifier should begin with the reporting organisation's identifier '{orgRef}' and a hyphen.", Id, activity.Element + "/iati-identifier", IatiSeverity.Warning);
            }
        }

        public void DateOrder(int startType, int endType, string rule, string kind)
        {
            var start = activity.Dates.FirstOrDefault(d => d.Type == startType);
            var end = activity.Dates.FirstOrDefault(d => d.Type == endType);
            if (start is not null && end is not null && end.Date < start.Date)
            {
                Add(rule, end, $"the {kind} end date ({end.Date:uuuu-MM-dd}) is before the {kind} start date ({start.Date:uuuu-MM-dd}).", end.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        // The IATI Validator's percentage checks (IATI-Rulesets lib/percentages.xslt), on one group: none, nothing to
        // check; one, its percentage is absent or 100 (x.4); several, each has one (x.1) and they add up to 100 within
        // 0.0101 (x.2).
        private void PercentageGroup(List<(IatiElement Element, decimal? Percentage)> group, (string Missing, string Sum, string Single) rule, string items, string? vocabulary, string sumElement)
        {
            var inVocabulary = vocabulary is null ? "" : $" in vocabulary {vocabulary}";
            if (group.Count == 1)
            {
                if (group[0].Percentage is { } single && single != 100m)
                {
                    Add(rule.Single, group[0].Element, $"a single {items}{inVocabulary} has the percentage {Text(single)}: it must be omitted or 100.", Text(single));
                }
                return;
            }
            if (group.Count == 0)
            {
                return;
            }
            if (group.FirstOrDefault(p => p.Percentage is null).Element is { } without)
            {
                Add(rule.Missing, without, $"with several {items}{inVocabulary}, each needs a percentage.");
                return;
            }
            var sum = group.Sum(p => p.Percentage!.Value);
            if (Math.Abs(sum - 100m) > 0.0101m)
            {
                Add(rule.Sum, group[0].Element, $"the percentages of the {items}{inVocabulary} add up to {Text(sum)}, not 100.", Text(sum), sumElement);
            }
        }

        public void SectorPercentages()
        {
            foreach (var vocabulary in activity.Sectors.GroupBy(s => s.Vocabulary, StringComparer.Ordinal))
            {
                PercentageGroup([.. vocabulary.Select(s => ((IatiElement)s, s.Percentage))], (IatiRuleIds.SectorPercentagesMissing, IatiRuleIds.SectorPercentages, IatiRuleIds.SectorPercentageSingle),
                    "sectors", vocabulary.Key, vocabulary.First().Element);
            }
        }

        // As the validator: without regions, the countries (3.1.x); with regions, for each region vocabulary the countries
        // plus the regions of that vocabulary (3.4.x). Vocabularies are never added together.
        public void CountryAndRegionPercentages()
        {
            var countries = activity.RecipientCountries.Select(c => ((IatiElement)c, c.Percentage)).ToList();
            if (activity.RecipientRegions.IsEmpty)
            {
                PercentageGroup(countries, (IatiRuleIds.CountryPercentagesMissing, IatiRuleIds.CountryPercentages, IatiRuleIds.CountryPercentageSingle),
                    "recipient countries", null, activity.Element + "/recipient-country");
                return;
            }
            foreach (var vocabulary in activity.RecipientRegions.GroupBy(r => r.Vocabulary, StringComparer.Ordinal))
            {
                PercentageGroup([.. countries, .. vocabulary.Select(r => ((IatiElement)r, r.Percentage))],
                    (IatiRuleIds.CountryAndRegionPercentagesMissing, IatiRuleIds.CountryAndRegionPercentages, IatiRuleIds.CountryAndRegionPercentageSingle),
                    "recipient countries and regions", vocabulary.Key, activity.Element + "/recipient-region");
            }
        }

        public void BudgetPeriods()
        {
            foreach (var b in activity.Budgets)
            {
                if (b.Start is { } start && b.End is { } end)
                {
                    if (end < start)
                    {
                        Add(IatiRuleIds.BudgetPeriodEndBeforeStart, b, $"the period ends ({end:uuuu-MM-dd}) before it starts ({start:uuuu-MM-dd}).", $"{start:uuuu-MM-dd}/{end:uuuu-MM-dd}", b.Element + "/period-end");
                    }
                    else if (Period.Between(start, end, PeriodUnits.Years).Years >= 1)
                    {
                        // end ≥ start + 1 year, computed without adding (a date near the calendar's end cannot overflow).
                        Add(IatiRuleIds.BudgetPeriodLongerThanOneYear, b, $"the budget period {start:uuuu-MM-dd} to {end:uuuu-MM-dd} is {Period.Between(start, end, PeriodUnits.Days).Days + 1} days, longer than one year.", $"{start:uuuu-MM-dd}/{end:uuuu-MM-dd}", b.Element + "/period-end");
                    }
                }
            }
        }

        public void BudgetOverlaps()
        {
            for (var i = 0; i < activity.Budgets.Length; i++)
            {
                var a = activity.Budgets[i];
                for (var j = 0; j < i; j++)
                {
                    var b = activity.Budgets[j];
                    if (a.Type == b.Type && a.Start is { } s1 && a.End is { } e1 && b.Start is { } s2 && b.End is { } e2 && s1 <= e2 && s2 <= e1 && s1 <= e1 && s2 <= e2)
                    {
                        Add(IatiRuleIds.BudgetPeriodsOverlap, a, $"the budget period {s1:uuuu-MM-dd} to {e1:uuuu-MM-dd} overlaps {b.Element} ({s2:uuuu-MM-dd} to {e2:uuuu-MM-dd}), a budget of the same type.");
                        break;
                    }
                }
            }
        }

        public void ValueDates()
        {
            foreach (var (element, line, valueDate) in activity.Budgets.Select(b => (b.ValueElement, b.LineNumber, b.ValueDate))
                         .Concat(activity.Transactions.Select(t => (t.ValueElement, t.LineNumber, t.ValueDate))))
            {
                if (valueDate is null)
                {
                    Findings.Add(new IatiFinding(IatiRuleIds.ValueDateRequired, IatiSeverity.Error, Id, element, line, "the value has no @value-date (required by the schema): which day's exchange rate applies is unknown."));
                }
            }
        }

        private void Add(string rule, IatiElement at, string message, string? value = null, string? element = null, IatiSeverity severity = IatiSeverity.Error) =>
            Findings.Add(new IatiFinding(rule, severity, Id, element ?? at.Element, at.LineNumber, message, value));
    }
}
