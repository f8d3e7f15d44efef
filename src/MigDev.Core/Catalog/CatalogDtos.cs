using System.Text.Json.Serialization;

namespace MigDev.Core.Catalog;

// The embedded catalog's JSON as written in data/catalog (read without validation, then mapped to the domain types
// by CatalogReader, which tracks the JSON path of every value).
internal sealed record CitationDto(string? Document, int FirstLine, int LastLine, string? Quote);

internal sealed record ThemeDto(int Number, string? Title, CitationDto? Citation);

internal sealed record RoundtableDto(int Number, int Theme, string? Title, CitationDto? Citation);

internal sealed record SessionDto(int Roundtable, string? Letter, string? Title, CitationDto? Citation);

internal sealed record ActivityDto(
    int Roundtable,
    string? Session,
    string? Text,
    List<string>? SubActivities,
    List<string>? Objectives,
    List<string>? GmgMembersWithExpertise,
    string? ReadingNote,
    List<CitationDto>? Citations);

internal sealed record MatrixDto(string? Document, List<ThemeDto>? Themes, List<RoundtableDto>? Roundtables, List<SessionDto>? Sessions, List<ActivityDto>? Activities);

internal sealed record PartnerDto(string? Agency, string? Role, string? Period);

internal sealed record CountryDto(string? Country, string? Relation);

internal sealed record ProgrammeDto(
    string? Id,
    string? Name,
    string? Acronym,
    List<string>? Aliases,
    List<PartnerDto>? Partners,
    List<CountryDto>? Countries,
    string? Parent,
    int? Phase,
    string? Period,
    string? Note,
    List<CitationDto>? Citations);

internal sealed record FunderDto(string? Funder, string? Share);

internal sealed record AmountDto(decimal Amount, string? Currency);

internal sealed record CommitmentDto(
    List<FunderDto>? Funders,
    string? Stage,
    AmountDto? Amount,
    string? RelativeAmount,
    string? RelativeTo,
    string? Recipient,
    string? Programme,
    string? ValueDate,
    string? Period,
    bool IsIndicative,
    string? Note,
    List<CitationDto>? Citations);

internal sealed record MeetingDto(string? Name, string? Place, string? Date, string? Chair, int? Ordinal, string? Note, List<CitationDto>? Citations);

internal sealed record MembershipDto(string? Member, string? Body, string? Role, string? Period, string? Note, List<CitationDto>? Citations);

internal sealed record RecordsDto(List<ProgrammeDto>? Programmes, List<CommitmentDto>? Commitments, List<MeetingDto>? Meetings, List<MembershipDto>? Memberships);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(MatrixDto))]
[JsonSerializable(typeof(RecordsDto))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
