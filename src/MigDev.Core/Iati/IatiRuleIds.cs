namespace MigDev.Core.Iati;

/// <summary>The ids of the rules <see cref="IatiRules"/> checks and of what <see cref="IatiReader"/> reports, as
/// <see cref="IatiFinding.RuleId"/> gives them.</summary>
/// <remarks>Numeric ids are the IATI Validator's (version 2, Activity Standard 2.03 ruleset, as exported by
/// IATI/validator-rule-tracker); ids prefixed <c>migdev:</c> are this library's, for checks the validator makes through the
/// schema or does not make. docs/iati.md lists each with its source.</remarks>
public static class IatiRuleIds
{
    /// <summary>7.5.3: a budget period must not be longer than one year.</summary>
    public const string BudgetPeriodLongerThanOneYear = "7.5.3";

    /// <summary>8.6.3: the start of a budget period must be before its end.</summary>
    public const string BudgetPeriodEndBeforeStart = "8.6.3";

    /// <summary><c>migdev:budget-overlap</c>: budgets of the same type must not overlap (IATI guidance: "an activity's
    /// budget periods should not overlap"; the validator has no rule id for it).</summary>
    public const string BudgetPeriodsOverlap = "migdev:budget-overlap";

    /// <summary>2.1.1: with several sectors in a vocabulary, each must have a percentage.</summary>
    public const string SectorPercentagesMissing = "2.1.1";

    /// <summary>2.1.2: sector percentages within a vocabulary must add up to 100.</summary>
    public const string SectorPercentages = "2.1.2";

    /// <summary>2.1.4: a single sector in a vocabulary has no percentage or 100.</summary>
    public const string SectorPercentageSingle = "2.1.4";

    /// <summary>3.1.1: with several recipient countries (and no region), each must have a percentage.</summary>
    public const string CountryPercentagesMissing = "3.1.1";

    /// <summary>3.1.2: recipient-country percentages must add up to 100 (an activity without regions).</summary>
    public const string CountryPercentages = "3.1.2";

    /// <summary>3.1.4: a single recipient country (and no region) has no percentage or 100.</summary>
    public const string CountryPercentageSingle = "3.1.4";

    /// <summary>3.4.1: with recipient regions, the countries and the regions of one region vocabulary, when they are
    /// several, each need a percentage.</summary>
    public const string CountryAndRegionPercentagesMissing = "3.4.1";

    /// <summary>3.4.2: the recipient-country percentages plus the recipient-region percentages of one region vocabulary
    /// must add up to 100, for each region vocabulary (vocabularies are not added together).</summary>
    public const string CountryAndRegionPercentages = "3.4.2";

    /// <summary>3.4.4: a single recipient country or region (per region vocabulary) has no percentage or 100.</summary>
    public const string CountryAndRegionPercentageSingle = "3.4.4";

    /// <summary>7.8.1: every value has a currency, or the activity has a default currency.</summary>
    public const string CurrencyRequired = "7.8.1";

    /// <summary>11.1.2: the planned start date must be before the planned end date.</summary>
    public const string PlannedDatesOrder = "11.1.2";

    /// <summary>11.1.3: the actual start date must be before the actual end date.</summary>
    public const string ActualDatesOrder = "11.1.3";

    /// <summary>1.1.21: the activity identifier should begin with the reporting organisation's identifier and a hyphen.</summary>
    public const string IdentifierPrefix = "1.1.21";

    /// <summary>0.3.1: the schema's rule, here that every <c>value</c> has a <c>@value-date</c> (required by the 2.03
    /// schema; the validator reports schema faults under this id).</summary>
    public const string ValueDateRequired = "0.3.1";

    /// <summary><c>migdev:unreadable</c>: a value the reader could not read (a date, a number, a code): named with the
    /// text as written.</summary>
    public const string Unreadable = "migdev:unreadable";

    /// <summary><c>migdev:repeated</c>: an element the schema allows once in its parent (a transaction's or a budget's
    /// <c>value</c>, period, type, date, provider or receiver) appears again. The first is read; the finding names each
    /// other one, with its text.</summary>
    public const string Repeated = "migdev:repeated";

    /// <summary><c>migdev:nested-activity</c>: an <c>iati-activity</c> inside another activity, where the schema has none:
    /// it is not read, and the finding, on the activity around it, says where it stands.</summary>
    public const string NestedActivity = "migdev:nested-activity";

    /// <summary><c>migdev:version-1-code</c>: an IATI 1.0x code in a 2.0x file (a TransactionType letter such as <c>D</c>),
    /// read as its 2.0x number (<see cref="IatiCodes.TryGetTransactionTypeOfVersion1"/>); the finding names both.</summary>
    public const string Version1Code = "migdev:version-1-code";

    /// <summary><c>migdev:unknown-currency</c>: a currency that is not an ISO 4217 code.</summary>
    public const string UnknownCurrency = "migdev:unknown-currency";

    /// <summary><c>migdev:unknown-country</c>: a recipient country that is not an ISO 3166-1 code (nor Kosovo's XK).</summary>
    public const string UnknownCountry = "migdev:unknown-country";

    /// <summary><c>migdev:missing</c>: an element or attribute the schema requires is absent.</summary>
    public const string Missing = "migdev:missing";

    /// <summary><c>migdev:not-imported</c>: a part of an activity the import into the domain model could not turn into a
    /// record (a transaction with no type of the codelist, money without a funder...): it stays on the
    /// <see cref="IatiActivity"/>.</summary>
    public const string NotImported = "migdev:not-imported";

    /// <summary><c>migdev:not-exported</c>: a part of the model an IATI export cannot carry (a commitment without an
    /// amount or a value date...).</summary>
    public const string NotExported = "migdev:not-exported";

    /// <summary><c>migdev:date-from-source</c>: an exported activity whose own dates the sources do not state carries the
    /// date of the earliest source document citing it, marked as such.</summary>
    public const string DateFromSource = "migdev:date-from-source";
}
