using System.Text.Json;
using System.Text.Json.Serialization;
using static MigDev.Core.Serialization.Document.CatalogConverters;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Reads a catalog document's DTOs with one <see cref="Utf8JsonReader"/> pass, for the documents the library writes
/// and the ones like them (issue 21): each member matched by its name, each value read by the converter its type
/// declares, no argument cache and no boxing. It accepts a subset of what the source-generated serializer accepts, and
/// gives the same DTOs for it: anything else (a null, a member unknown, repeated or missing, a value of another type, a
/// text that is blank or not Unicode, bad JSON) makes it give up, and the serializer reads the document instead, to
/// accept it or refuse it in its own words. <c>CatalogDocumentReaderTest</c> holds the two to the same results.
/// </summary>
internal static partial class CatalogDocumentReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = Options.MaxDepth == 0 ? 64 : Options.MaxDepth };

    private delegate T ReadItem<T>(ref Utf8JsonReader reader);

    /// <summary>Reads the document, or returns <see langword="null"/> when it is not one this pass is sure of; then
    /// the serializer must read it. Never throws.</summary>
    internal static CatalogDocumentDto? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(ReaderOptions));
            if (!reader.Read())
            {
                return null;
            }
            var document = Document(ref reader);
            // Nothing but white space after the document (the reader throws on anything else).
            return reader.Read() ? null : document;
        }
        catch (Exception ex) when (ex is GiveUp or JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static CatalogDocumentDto Document(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        var formatVersion = 0;
        List<SourceDocumentDto>? documents = null;
        List<AgencyDto>? agencies = null;
        List<ProgrammeDto>? programmes = null;
        List<CommitmentDto>? commitments = null;
        List<ThemeDto>? themes = null;
        List<RoundtableDto>? roundtables = null;
        List<SessionDto>? sessions = null;
        List<ActivityDto>? activities = null;
        List<MeetingDto>? meetings = null;
        List<MembershipDto>? memberships = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "formatVersion"u8, ref seen, 1)) { formatVersion = Int(ref r); }
            else if (Is(ref r, "documents"u8, ref seen, 2)) { documents = List(ref r, SourceDocument); }
            else if (Is(ref r, "agencies"u8, ref seen, 4)) { agencies = List(ref r, Agency); }
            else if (Is(ref r, "programmes"u8, ref seen, 8)) { programmes = List(ref r, Programme); }
            else if (Is(ref r, "commitments"u8, ref seen, 16)) { commitments = List(ref r, Commitment); }
            else if (Is(ref r, "themes"u8, ref seen, 32)) { themes = List(ref r, Theme); }
            else if (Is(ref r, "roundtables"u8, ref seen, 64)) { roundtables = List(ref r, Roundtable); }
            else if (Is(ref r, "sessions"u8, ref seen, 128)) { sessions = List(ref r, Session); }
            else if (Is(ref r, "activities"u8, ref seen, 256)) { activities = List(ref r, Activity); }
            else if (Is(ref r, "meetings"u8, ref seen, 512)) { meetings = List(ref r, Meeting); }
            else if (Is(ref r, "memberships"u8, ref seen, 1024)) { memberships = List(ref r, Membership); }
            else { throw new GiveUp(); }
        }
        Required(seen, 1);
        return new(formatVersion, documents, agencies, programmes, commitments, themes, roundtables, sessions, activities, meetings, memberships);
    }

    // The reader is at a value's first token; it must be an object.
    private static void StartObject(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            throw new GiveUp();
        }
    }

    // Moves to the next member's name; false at the object's end.
    private static bool NextMember(ref Utf8JsonReader r) => r.Read() && r.TokenType == JsonTokenType.PropertyName;

    // Whether the member is this one; if so, it is marked seen (a member given twice gives up) and the reader moves to
    // its value, which must not be null (the serializer's rules for null are its own).
    private static bool Is(ref Utf8JsonReader r, ReadOnlySpan<byte> name, ref uint seen, uint bit)
    {
        if (!r.ValueTextEquals(name))
        {
            return false;
        }
        if ((seen & bit) != 0 || !r.Read() || r.TokenType == JsonTokenType.Null)
        {
            throw new GiveUp();
        }
        seen |= bit;
        return true;
    }

    private static void Required(uint seen, uint required)
    {
        if ((seen & required) != required)
        {
            throw new GiveUp();
        }
    }

    private static List<T> List<T>(ref Utf8JsonReader r, ReadItem<T> read)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            throw new GiveUp();
        }
        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType == JsonTokenType.Null)
            {
                throw new GiveUp();
            }
            list.Add(read(ref r));
        }
        return list;
    }

    // A text as TextJsonConverter reads it: a string, not blank, Unicode text (GetString throws otherwise).
    private static string Text(ref Utf8JsonReader r)
    {
        var text = r.TokenType == JsonTokenType.String ? r.GetString() : null;
        return string.IsNullOrWhiteSpace(text) ? throw new GiveUp() : text;
    }

    private static List<string> Texts(ref Utf8JsonReader r) => List(ref r, Text);

    private static int Int(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw new GiveUp();

    // A char as the serializer reads it: a string of one character.
    private static char Letter(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && r.GetString() is { Length: 1 } text ? text[0] : throw new GiveUp();

    private static bool True(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new GiveUp(),
    };

    // A value through its type's converter, which must leave the reader at the value's last token, as the serializer
    // checks.
    private static T Value<T>(ref Utf8JsonReader r, JsonConverter<T> converter)
    {
        var (token, depth, start) = (r.TokenType, r.CurrentDepth, r.TokenStartIndex);
        var value = converter.Read(ref r, typeof(T), Options);
        var whole = token == JsonTokenType.StartObject
            ? r.TokenType == JsonTokenType.EndObject && r.CurrentDepth == depth
            : token != JsonTokenType.StartArray && r.TokenStartIndex == start;
        return whole && value is not null ? value : throw new GiveUp();
    }

    private static List<AgencyId> AgencyIdList(ref Utf8JsonReader r) => List(ref r, (ref Utf8JsonReader x) => Value(ref x, AgencyIds));

    /// <summary>Thrown to give the document to the serializer; never leaves this class.</summary>
    private sealed class GiveUp : Exception
    {
    }
}
