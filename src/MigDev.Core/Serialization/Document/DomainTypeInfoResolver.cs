using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Resolves the record types of the domain (programmes, agencies, commitments...) for <see cref="MigDevJson.Options"/>:
/// each reads and writes its type through the same record (DTO) as the catalog document, so a <see cref="Programme"/>
/// serialized alone has the JSON of a programme of a catalog document. Reading is as strict as the document's; a value
/// the type refuses is a <see cref="JsonException"/> naming the member, its path inside the object, and the value.
/// </summary>
/// <remarks>The domain types carry no <c>[JsonConverter]</c> attribute: the model does not know its JSON shape, the
/// serialization layer above it does (docs/architecture.md). Value types (codes, ids, money, dates) keep theirs.</remarks>
internal sealed class DomainTypeInfoResolver : IJsonTypeInfoResolver
{
    internal static DomainTypeInfoResolver Instance { get; } = new();

    private static readonly Dictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> TypeInfos = new (Type, Func<JsonSerializerOptions, JsonTypeInfo>)[]
    {
        Of<Agency, AgencyDto>(c => c.AgencyDto, CatalogMapper.ToDto, (m, d) => m.Agency(DocPath.Root, d)),
        Of<AgencyDirectory, List<AgencyDto>>(c => c.ListAgencyDto, v => [.. v.Select(CatalogMapper.ToDto)], (m, d) => m.Directory(d)),
        Of<Programme, ProgrammeDto>(c => c.ProgrammeDto, CatalogMapper.ToDto, (m, d) => m.Programme(DocPath.Root, d)),
        Of<Participant, PartnerDto>(c => c.PartnerDto, CatalogMapper.ToDto, (m, d) => m.Participant(DocPath.Root, d)),
        Of<ProgrammeCountry, CountryDto>(c => c.CountryDto, CatalogMapper.ToDto, (m, d) => m.Country(DocPath.Root, d)),
        Of<FundingCommitment, CommitmentDto>(c => c.CommitmentDto, CatalogMapper.ToDto, (m, d) => m.Commitment(DocPath.Root, d)),
        Of<FundingContribution, FunderDto>(c => c.FunderDto, CatalogMapper.ToDto, (m, d) => m.Funder(DocPath.Root, d)),
        Of<Theme, ThemeDto>(c => c.ThemeDto, CatalogMapper.ToDto, (m, d) => m.Theme(DocPath.Root, d)),
        Of<Roundtable, RoundtableDto>(c => c.RoundtableDto, CatalogMapper.ToDto, (m, d) => m.Roundtable(DocPath.Root, d)),
        Of<Session, SessionDto>(c => c.SessionDto, CatalogMapper.ToDto, (m, d) => m.Session(DocPath.Root, d)),
        Of<Activity, ActivityDto>(c => c.ActivityDto, CatalogMapper.ToDto, (m, d) => m.Activity(DocPath.Root, d)),
        Of<Meeting, MeetingDto>(c => c.MeetingDto, CatalogMapper.ToDto, (m, d) => m.Meeting(DocPath.Root, d)),
        Of<AgencyMembership, MembershipDto>(c => c.MembershipDto, CatalogMapper.ToDto, (m, d) => m.Membership(DocPath.Root, d)),
        Of<Citation, CitationDto>(c => c.CitationDto, CatalogMapper.ToDto, (m, d) => m.Citation(DocPath.Root, d)),
        Of<SourceDocument, SourceDocumentDto>(c => c.SourceDocumentDto, CatalogMapper.ToDto, (m, d) => m.Document(DocPath.Root, d)),
        // A whole model is a catalog document; reading validates it as a whole (every fault, with its path).
        Of<MigDevModel, CatalogDocumentDto>(c => c.CatalogDocumentDto, CatalogMapper.ToDto, (m, d) => m.ToModel(d)),
    }.ToDictionary(p => p.Item1, p => p.Item2);

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        TypeInfos.TryGetValue(type, out var create) ? create(options) : null;

    private static (Type, Func<JsonSerializerOptions, JsonTypeInfo>) Of<T, TDto>(Func<CatalogDocumentContext, JsonTypeInfo<TDto>> info, Func<T, TDto> toDto, Func<CatalogMapper, TDto, T> fromDto)
        where T : class
        where TDto : class
    {
        var converter = new DtoJsonConverter<T, TDto>(info, toDto, fromDto);
        return (typeof(T), options => JsonMetadataServices.CreateValueInfo<T>(options, converter));
    }

    /// <summary>Reads and writes <typeparamref name="T"/> through its document record.</summary>
    internal sealed class DtoJsonConverter<T, TDto>(Func<CatalogDocumentContext, JsonTypeInfo<TDto>> info, Func<T, TDto> toDto, Func<CatalogMapper, TDto, T> fromDto)
        : JsonConverter<T>
        where T : class
        where TDto : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            TDto dto;
            try
            {
                dto = JsonSerializer.Deserialize(ref reader, info(CatalogFormat.Context))
                    ?? throw new JsonException($"A {typeof(T).Name} is an object, found null.");
            }
            catch (JsonException ex) when (JsonMessages.Plain(ex) is var plain && !ReferenceEquals(plain, ex))
            {
                // In the document's words, as the catalog document's refusals: no record type of the reader named.
                throw plain;
            }
            try
            {
                return fromDto(new CatalogMapper(typeof(T).Name), dto);
            }
            catch (MigDevDataException ex)
            {
                throw new JsonException($"{typeof(T).Name}: {ex.Path}{(ex.Value is null ? "" : $" = '{ex.Value}'")}: {ex.InnerException?.Message ?? ex.Message}", ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, toDto(value), info(CatalogFormat.Context));
    }
}
