using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// The shape of the converters of the domain's record types: each reads and writes its type through the same record
/// (DTO) as the catalog document, so a <see cref="Programme"/> serialized alone has the JSON of a programme of a
/// catalog document. Reading is as strict as the document's; a value the type refuses is a <see cref="JsonException"/>
/// naming the member, its path inside the object, and the value.
/// </summary>
internal abstract class DtoJsonConverter<T, TDto> : JsonConverter<T>
    where T : class
    where TDto : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var dto = JsonSerializer.Deserialize(ref reader, DtoInfo(MigDevJson.DocumentContext))
            ?? throw new JsonException($"A {typeof(T).Name} is an object, found null.");
        try
        {
            return FromDto(new CatalogMapper(typeof(T).Name), dto);
        }
        catch (MigDevDataException ex)
        {
            throw new JsonException($"{typeof(T).Name}: {ex.Path}{(ex.Value is null ? "" : $" = '{ex.Value}'")}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, ToDto(value), DtoInfo(MigDevJson.DocumentContext));

    protected abstract JsonTypeInfo<TDto> DtoInfo(CatalogDocumentContext context);

    protected abstract TDto ToDto(T value);

    protected abstract T FromDto(CatalogMapper mapper, TDto dto);
}

internal sealed class AgencyJsonConverter : DtoJsonConverter<Agency, AgencyDto>
{
    protected override JsonTypeInfo<AgencyDto> DtoInfo(CatalogDocumentContext context) => context.AgencyDto;

    protected override AgencyDto ToDto(Agency value) => CatalogMapper.ToDto(value);

    protected override Agency FromDto(CatalogMapper mapper, AgencyDto dto) => mapper.Agency(DocPath.Root, dto);
}

internal sealed class AgencyDirectoryJsonConverter : DtoJsonConverter<AgencyDirectory, List<AgencyDto>>
{
    protected override JsonTypeInfo<List<AgencyDto>> DtoInfo(CatalogDocumentContext context) => context.ListAgencyDto;

    protected override List<AgencyDto> ToDto(AgencyDirectory value) => [.. value.Select(CatalogMapper.ToDto)];

    protected override AgencyDirectory FromDto(CatalogMapper mapper, List<AgencyDto> dto) => mapper.Directory(dto);
}

internal sealed class ProgrammeJsonConverter : DtoJsonConverter<Programme, ProgrammeDto>
{
    protected override JsonTypeInfo<ProgrammeDto> DtoInfo(CatalogDocumentContext context) => context.ProgrammeDto;

    protected override ProgrammeDto ToDto(Programme value) => CatalogMapper.ToDto(value);

    protected override Programme FromDto(CatalogMapper mapper, ProgrammeDto dto) => mapper.Programme(DocPath.Root, dto);
}

internal sealed class ParticipantJsonConverter : DtoJsonConverter<Participant, PartnerDto>
{
    protected override JsonTypeInfo<PartnerDto> DtoInfo(CatalogDocumentContext context) => context.PartnerDto;

    protected override PartnerDto ToDto(Participant value) => CatalogMapper.ToDto(value);

    protected override Participant FromDto(CatalogMapper mapper, PartnerDto dto) => mapper.Participant(DocPath.Root, dto);
}

internal sealed class ProgrammeCountryJsonConverter : DtoJsonConverter<ProgrammeCountry, CountryDto>
{
    protected override JsonTypeInfo<CountryDto> DtoInfo(CatalogDocumentContext context) => context.CountryDto;

    protected override CountryDto ToDto(ProgrammeCountry value) => CatalogMapper.ToDto(value);

    protected override ProgrammeCountry FromDto(CatalogMapper mapper, CountryDto dto) => mapper.Country(DocPath.Root, dto);
}

internal sealed class FundingCommitmentJsonConverter : DtoJsonConverter<FundingCommitment, CommitmentDto>
{
    protected override JsonTypeInfo<CommitmentDto> DtoInfo(CatalogDocumentContext context) => context.CommitmentDto;

    protected override CommitmentDto ToDto(FundingCommitment value) => CatalogMapper.ToDto(value);

    protected override FundingCommitment FromDto(CatalogMapper mapper, CommitmentDto dto) => mapper.Commitment(DocPath.Root, dto);
}

internal sealed class FundingContributionJsonConverter : DtoJsonConverter<FundingContribution, FunderDto>
{
    protected override JsonTypeInfo<FunderDto> DtoInfo(CatalogDocumentContext context) => context.FunderDto;

    protected override FunderDto ToDto(FundingContribution value) => CatalogMapper.ToDto(value);

    protected override FundingContribution FromDto(CatalogMapper mapper, FunderDto dto) => mapper.Funder(DocPath.Root, dto);
}

internal sealed class ThemeJsonConverter : DtoJsonConverter<Theme, ThemeDto>
{
    protected override JsonTypeInfo<ThemeDto> DtoInfo(CatalogDocumentContext context) => context.ThemeDto;

    protected override ThemeDto ToDto(Theme value) => CatalogMapper.ToDto(value);

    protected override Theme FromDto(CatalogMapper mapper, ThemeDto dto) => mapper.Theme(DocPath.Root, dto);
}

internal sealed class RoundtableJsonConverter : DtoJsonConverter<Roundtable, RoundtableDto>
{
    protected override JsonTypeInfo<RoundtableDto> DtoInfo(CatalogDocumentContext context) => context.RoundtableDto;

    protected override RoundtableDto ToDto(Roundtable value) => CatalogMapper.ToDto(value);

    protected override Roundtable FromDto(CatalogMapper mapper, RoundtableDto dto) => mapper.Roundtable(DocPath.Root, dto);
}

internal sealed class SessionJsonConverter : DtoJsonConverter<Session, SessionDto>
{
    protected override JsonTypeInfo<SessionDto> DtoInfo(CatalogDocumentContext context) => context.SessionDto;

    protected override SessionDto ToDto(Session value) => CatalogMapper.ToDto(value);

    protected override Session FromDto(CatalogMapper mapper, SessionDto dto) => mapper.Session(DocPath.Root, dto);
}

internal sealed class ActivityJsonConverter : DtoJsonConverter<Activity, ActivityDto>
{
    protected override JsonTypeInfo<ActivityDto> DtoInfo(CatalogDocumentContext context) => context.ActivityDto;

    protected override ActivityDto ToDto(Activity value) => CatalogMapper.ToDto(value);

    protected override Activity FromDto(CatalogMapper mapper, ActivityDto dto) => mapper.Activity(DocPath.Root, dto);
}

internal sealed class MeetingJsonConverter : DtoJsonConverter<Meeting, MeetingDto>
{
    protected override JsonTypeInfo<MeetingDto> DtoInfo(CatalogDocumentContext context) => context.MeetingDto;

    protected override MeetingDto ToDto(Meeting value) => CatalogMapper.ToDto(value);

    protected override Meeting FromDto(CatalogMapper mapper, MeetingDto dto) => mapper.Meeting(DocPath.Root, dto);
}

internal sealed class AgencyMembershipJsonConverter : DtoJsonConverter<AgencyMembership, MembershipDto>
{
    protected override JsonTypeInfo<MembershipDto> DtoInfo(CatalogDocumentContext context) => context.MembershipDto;

    protected override MembershipDto ToDto(AgencyMembership value) => CatalogMapper.ToDto(value);

    protected override AgencyMembership FromDto(CatalogMapper mapper, MembershipDto dto) => mapper.Membership(DocPath.Root, dto);
}

internal sealed class CitationJsonConverter : DtoJsonConverter<Citation, CitationDto>
{
    protected override JsonTypeInfo<CitationDto> DtoInfo(CatalogDocumentContext context) => context.CitationDto;

    protected override CitationDto ToDto(Citation value) => CatalogMapper.ToDto(value);

    protected override Citation FromDto(CatalogMapper mapper, CitationDto dto) => mapper.Citation(DocPath.Root, dto);
}

internal sealed class SourceDocumentJsonConverter : DtoJsonConverter<SourceDocument, SourceDocumentDto>
{
    protected override JsonTypeInfo<SourceDocumentDto> DtoInfo(CatalogDocumentContext context) => context.SourceDocumentDto;

    protected override SourceDocumentDto ToDto(SourceDocument value) => CatalogMapper.ToDto(value);

    protected override SourceDocument FromDto(CatalogMapper mapper, SourceDocumentDto dto) => mapper.Document(DocPath.Root, dto);
}

/// <summary>A whole model as a catalog document; reading validates it as a whole (every fault, with its path).</summary>
internal sealed class MigDevModelJsonConverter : DtoJsonConverter<MigDevModel, CatalogDocumentDto>
{
    protected override JsonTypeInfo<CatalogDocumentDto> DtoInfo(CatalogDocumentContext context) => context.CatalogDocumentDto;

    protected override CatalogDocumentDto ToDto(MigDevModel value) => CatalogMapper.ToDto(value);

    protected override MigDevModel FromDto(CatalogMapper mapper, CatalogDocumentDto dto) => mapper.ToModel(dto);
}

/// <summary>A catalog as its catalog document.</summary>
internal sealed class MigDevCatalogJsonConverter : DtoJsonConverter<MigDevCatalog, CatalogDocumentDto>
{
    protected override JsonTypeInfo<CatalogDocumentDto> DtoInfo(CatalogDocumentContext context) => context.CatalogDocumentDto;

    protected override CatalogDocumentDto ToDto(MigDevCatalog value) => CatalogMapper.ToDto(value.Model);

    protected override MigDevCatalog FromDto(CatalogMapper mapper, CatalogDocumentDto dto) => MigDevCatalog.FromModel(mapper.ToModel(dto), "JSON");
}
