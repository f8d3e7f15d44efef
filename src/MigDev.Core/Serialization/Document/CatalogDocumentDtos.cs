using System.Text.Json.Serialization;
using MigDev.Core.Internal.Json;
using MigDev.Core.Serialization;

namespace MigDev.Core.Serialization.Document;

// The catalog document, format version 1 (docs/json-format.md; members added since, all optional, are listed there). Each record mirrors a domain type; the mapping to and
// from the domain types is CatalogMapper. Parameters without a default are required members; nullable ones may be
// absent; null and empty lists are not written (that is the canonical form, which reading then writing reproduces).
// Every string, a member or a list element, is read by TextJsonConverter (a text, never blank); every list of texts or
// ids holds each value once (CatalogMapper.Values).
// The types are internal: the document's public contract is its JSON and its JSON Schema (docs/catalog.schema.json).

/// <summary>A catalog document.</summary>
internal sealed record CatalogDocumentDto(
    int FormatVersion,
    List<SourceDocumentDto>? Documents = null,
    List<AgencyDto>? Agencies = null,
    List<ProgrammeDto>? Programmes = null,
    List<CommitmentDto>? Commitments = null,
    List<ThemeDto>? Themes = null,
    List<RoundtableDto>? Roundtables = null,
    List<SessionDto>? Sessions = null,
    List<ActivityDto>? Activities = null,
    List<MeetingDto>? Meetings = null,
    List<MembershipDto>? Memberships = null);

internal sealed record SourceDocumentDto(string Id, string Title, string Author, Timeframe? Date = null, string? FileName = null);

internal sealed record CitationDto(string Document, int FirstLine, int LastLine, string Quote);

internal sealed record AgencyDto(
    AgencyId Id,
    string Name,
    AgencyKind Kind,
    string? DisplayName = null,
    string? Acronym = null,
    AgencyId? Parent = null,
    string? IatiIdentifier = null,
    List<string>? Aliases = null,
    List<string>? IatiAliases = null,
    string? Note = null,
    List<CitationDto>? Citations = null);

internal sealed record PartnerDto(AgencyId Agency, OrganisationRole Role, Timeframe? Period = null, string? Note = null, List<CitationDto>? Citations = null);

internal sealed record CountryDto(CountryCode Country, CountryRelation Relation, string? Note = null, List<CitationDto>? Citations = null);

internal sealed record ProgrammeDto(
    ProgrammeId Id,
    string Name,
    string? DisplayName = null,
    string? Acronym = null,
    string? IatiIdentifier = null,
    List<string>? Aliases = null,
    List<PartnerDto>? Partners = null,
    List<CountryDto>? Countries = null,
    ProgrammeId? Parent = null,
    int? Phase = null,
    Timeframe? Period = null,
    string? Note = null,
    List<CitationDto>? Citations = null);

internal sealed record FunderDto(AgencyId Funder, Share? Share = null);

internal sealed record CommitmentDto(
    List<FunderDto> Funders,
    FundingStage Stage,
    Money? Amount = null,
    Share? RelativeAmount = null,
    string? RelativeTo = null,
    AgencyId? Recipient = null,
    ProgrammeId? Programme = null,
    PartialDate? ValueDate = null,
    Timeframe? Period = null,
    bool? IsIndicative = null,
    BudgetKind? BudgetKind = null,
    bool? IsSuperseded = null,
    FlowDirection? Direction = null,
    AgencyId? ReportedBy = null,
    string? ProviderActivity = null,
    string? ReceiverActivity = null,
    string? Note = null,
    List<CitationDto>? Citations = null);

internal sealed record ThemeDto(int Number, string Title, List<CitationDto>? Citations = null);

internal sealed record RoundtableDto(int Number, int Theme, string Title, List<CitationDto>? Citations = null);

internal sealed record SessionDto(int Roundtable, char Letter, string Title, List<CitationDto>? Citations = null);

internal sealed record ActivityDto(
    int Roundtable,
    char Session,
    string Text,
    List<string>? SubActivities = null,
    List<string>? Objectives = null,
    List<AgencyId>? GmgMembersWithExpertise = null,
    string? ReadingNote = null,
    List<CitationDto>? Citations = null);

internal sealed record MeetingDto(
    string Name,
    string? DisplayName = null,
    string? Place = null,
    Timeframe? Date = null,
    CountryCode? Chair = null,
    int? Ordinal = null,
    List<string>? Aliases = null,
    List<PartnerDto>? Participants = null,
    string? Note = null,
    List<CitationDto>? Citations = null);

internal sealed record MembershipDto(AgencyId Member, AgencyId Body, OrganisationRole Role, Timeframe? Period = null, string? Note = null, List<CitationDto>? Citations = null);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    MaxDepth = MigDevJson.MaxDepth,
    Converters = [typeof(TextJsonConverter)])]
[JsonSerializable(typeof(CatalogDocumentDto))]
[JsonSerializable(typeof(List<AgencyDto>))]
[JsonSerializable(typeof(AgencyDto))]
[JsonSerializable(typeof(ProgrammeDto))]
[JsonSerializable(typeof(PartnerDto))]
[JsonSerializable(typeof(CountryDto))]
[JsonSerializable(typeof(CommitmentDto))]
[JsonSerializable(typeof(FunderDto))]
[JsonSerializable(typeof(ThemeDto))]
[JsonSerializable(typeof(RoundtableDto))]
[JsonSerializable(typeof(SessionDto))]
[JsonSerializable(typeof(ActivityDto))]
[JsonSerializable(typeof(MeetingDto))]
[JsonSerializable(typeof(MembershipDto))]
[JsonSerializable(typeof(CitationDto))]
[JsonSerializable(typeof(SourceDocumentDto))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(CurrencyCode))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(AgencyId))]
[JsonSerializable(typeof(ProgrammeId))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(Timeframe))]
[JsonSerializable(typeof(Share))]
[JsonSerializable(typeof(AgencyKind))]
[JsonSerializable(typeof(OrganisationRole))]
[JsonSerializable(typeof(CountryRelation))]
[JsonSerializable(typeof(FundingStage))]
[JsonSerializable(typeof(BudgetKind))]
[JsonSerializable(typeof(FlowDirection))]
[JsonSerializable(typeof(DatePrecision))]
[JsonSerializable(typeof(RateDerivation))]
[JsonSerializable(typeof(UnLanguage))]
internal sealed partial class CatalogDocumentContext : JsonSerializerContext;
