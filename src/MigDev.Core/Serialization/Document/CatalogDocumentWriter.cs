using System.Collections.Immutable;
using System.Text.Json;
using MigDev.Core.Catalog;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Writes a catalog document straight from the domain types to a <see cref="Utf8JsonWriter"/>, with no DTO graph in
/// between (issue 21). It writes the bytes the source-generated serializer writes for <see cref="CatalogMapper.ToDto(MigDevModel, MigDevModel?)"/>:
/// the same members in the same order, names pre-encoded, nulls and empty lists left out, each value through the
/// converter its type declares. <c>CatalogDocumentWriterTest</c> holds the two to the same bytes.
/// </summary>
internal static class CatalogDocumentWriter
{
    private static readonly JsonEncodedText FormatVersionName = JsonEncodedText.Encode("formatVersion");
    private static readonly JsonEncodedText DocumentsName = JsonEncodedText.Encode("documents");
    private static readonly JsonEncodedText AgenciesName = JsonEncodedText.Encode("agencies");
    private static readonly JsonEncodedText ProgrammesName = JsonEncodedText.Encode("programmes");
    private static readonly JsonEncodedText CommitmentsName = JsonEncodedText.Encode("commitments");
    private static readonly JsonEncodedText ThemesName = JsonEncodedText.Encode("themes");
    private static readonly JsonEncodedText RoundtablesName = JsonEncodedText.Encode("roundtables");
    private static readonly JsonEncodedText SessionsName = JsonEncodedText.Encode("sessions");
    private static readonly JsonEncodedText ActivitiesName = JsonEncodedText.Encode("activities");
    private static readonly JsonEncodedText MeetingsName = JsonEncodedText.Encode("meetings");
    private static readonly JsonEncodedText MembershipsName = JsonEncodedText.Encode("memberships");

    /// <summary>Gets the writer options the serializer uses with the catalog's context (indented, non-ASCII text as
    /// itself, its new line).</summary>
    internal static JsonWriterOptions Options { get; } = OptionsOf(CatalogFormat.Context.Options);

    /// <summary>Writes the document to a stream, flushing it in pieces.</summary>
    internal static void Write(Stream stream, MigDevModel model, MigDevModel? extended)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        Write(writer, model, extended);
        writer.Flush();
    }

    /// <summary>Returns the document as a string.</summary>
    internal static string ToJson(MigDevModel model, MigDevModel? extended)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, model, extended);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the document: for a model that extends another, only the records it adds (as
    /// <see cref="CatalogMapper.ToDto(MigDevModel, MigDevModel?)"/> selects them).</summary>
    internal static void Write(Utf8JsonWriter writer, MigDevModel model, MigDevModel? extended)
    {
        writer.WriteStartObject();
        writer.WriteNumber(FormatVersionName, CatalogFormat.Version);
        if (extended is null)
        {
            CatalogRecordWriter.List(writer, DocumentsName, model.Documents.AsSpan(), CatalogRecordWriter.Document);
            CatalogRecordWriter.List(writer, AgenciesName, [.. model.Agencies], CatalogRecordWriter.Agency);
        }
        else
        {
            var documents = extended.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            CatalogRecordWriter.List(writer, DocumentsName, [.. model.Documents.Where(d => !documents.Contains(d.Id))], CatalogRecordWriter.Document);
            CatalogRecordWriter.List(writer, AgenciesName, [.. model.Agencies.Where(a => !extended.Agencies.TryGet(a.Id, out _))], CatalogRecordWriter.Agency);
        }
        CatalogRecordWriter.List(writer, ProgrammesName, Added(model.Programmes, extended?.Programmes), CatalogRecordWriter.Programme);
        CatalogRecordWriter.List(writer, CommitmentsName, Added(model.Commitments, extended?.Commitments), CatalogRecordWriter.Commitment);
        CatalogRecordWriter.List(writer, ThemesName, Added(model.Themes, extended?.Themes), CatalogRecordWriter.Theme);
        CatalogRecordWriter.List(writer, RoundtablesName, Added(model.Roundtables, extended?.Roundtables), CatalogRecordWriter.Roundtable);
        CatalogRecordWriter.List(writer, SessionsName, Added(model.Sessions, extended?.Sessions), CatalogRecordWriter.Session);
        CatalogRecordWriter.List(writer, ActivitiesName, Added(model.Activities, extended?.Activities), CatalogRecordWriter.Activity);
        CatalogRecordWriter.List(writer, MeetingsName, Added(model.Meetings, extended?.Meetings), CatalogRecordWriter.Meeting);
        CatalogRecordWriter.List(writer, MembershipsName, Added(model.Memberships, extended?.Memberships), CatalogRecordWriter.Membership);
        writer.WriteEndObject();
    }

    // The merge (CatalogMerger) puts the extended catalog's records first in every list.
    private static ReadOnlySpan<T> Added<T>(ImmutableArray<T> all, ImmutableArray<T>? extended) =>
        all.AsSpan()[Math.Min(extended?.Length ?? 0, all.Length)..];

    // As JsonSerializerOptions gives them to the serializer's own writer (SkipValidation as in its release build: the
    // members are written in a fixed, valid order).
    private static JsonWriterOptions OptionsOf(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
        SkipValidation = true,
    };
}
