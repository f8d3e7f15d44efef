using System.Text.Json;

namespace MigDev.Core.Serialization.Document;

/// <summary>The converters of the catalog document's values, one instance each, as its one-pass reader
/// (<see cref="CatalogDocumentReader"/>) and its writer (<see cref="CatalogRecordWriter"/>) call them: the converters the
/// value types declare, so that both read and write what the serializer does.</summary>
internal static class CatalogConverters
{
    internal static readonly JsonSerializerOptions Options = CatalogFormat.Context.Options;
    internal static readonly AgencyIdJsonConverter AgencyIds = new();
    internal static readonly ProgrammeIdJsonConverter ProgrammeIds = new();
    internal static readonly CountryCodeJsonConverter CountryCodes = new();
    internal static readonly PartialDateJsonConverter PartialDates = new();
    internal static readonly ShareJsonConverter Shares = new();
    internal static readonly TimeframeJsonConverter Timeframes = new();
    internal static readonly MoneyJsonConverter Amounts = new();
    internal static readonly StrictEnumJsonConverter<AgencyKind> AgencyKinds = new();
    internal static readonly StrictEnumJsonConverter<OrganisationRole> Roles = new();
    internal static readonly StrictEnumJsonConverter<CountryRelation> Relations = new();
    internal static readonly StrictEnumJsonConverter<FundingStage> Stages = new();
    internal static readonly StrictEnumJsonConverter<BudgetKind> BudgetKinds = new();
    internal static readonly StrictEnumJsonConverter<FlowDirection> Directions = new();
}
