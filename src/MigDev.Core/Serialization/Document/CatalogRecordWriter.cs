using System.Collections.Immutable;
using System.Text.Json;
using static MigDev.Core.Serialization.Document.CatalogConverters;

namespace MigDev.Core.Serialization.Document;

/// <summary>
/// Writes each record of a catalog document as the serializer writes its DTO (CatalogDocumentDtos.cs): the members in
/// the record's order, a null or an empty list left out, a field at its default (false, Original, Unstated) left out as
/// <see cref="CatalogMapper"/> leaves it null, texts as they are, and each value through the converter its type
/// declares. Part of <see cref="CatalogDocumentWriter"/>.
/// </summary>
internal static class CatalogRecordWriter
{
    // A stream is written to in pieces of about this size, not in one buffer as large as the document.
    private const int FlushBytes = 16 * 1024;


    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText AuthorName = JsonEncodedText.Encode("author");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText FileNameName = JsonEncodedText.Encode("fileName");
    private static readonly JsonEncodedText DocumentName = JsonEncodedText.Encode("document");
    private static readonly JsonEncodedText FirstLineName = JsonEncodedText.Encode("firstLine");
    private static readonly JsonEncodedText LastLineName = JsonEncodedText.Encode("lastLine");
    private static readonly JsonEncodedText QuoteName = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText DisplayNameName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText AcronymName = JsonEncodedText.Encode("acronym");
    private static readonly JsonEncodedText ParentName = JsonEncodedText.Encode("parent");
    private static readonly JsonEncodedText IatiIdentifierName = JsonEncodedText.Encode("iatiIdentifier");
    private static readonly JsonEncodedText AliasesName = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText IatiAliasesName = JsonEncodedText.Encode("iatiAliases");
    private static readonly JsonEncodedText NoteName = JsonEncodedText.Encode("note");
    private static readonly JsonEncodedText CitationsName = JsonEncodedText.Encode("citations");
    private static readonly JsonEncodedText AgencyName = JsonEncodedText.Encode("agency");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText RelationName = JsonEncodedText.Encode("relation");
    private static readonly JsonEncodedText PartnersName = JsonEncodedText.Encode("partners");
    private static readonly JsonEncodedText CountriesName = JsonEncodedText.Encode("countries");
    private static readonly JsonEncodedText PhaseName = JsonEncodedText.Encode("phase");
    private static readonly JsonEncodedText FunderName = JsonEncodedText.Encode("funder");
    private static readonly JsonEncodedText ShareName = JsonEncodedText.Encode("share");
    private static readonly JsonEncodedText FundersName = JsonEncodedText.Encode("funders");
    private static readonly JsonEncodedText StageName = JsonEncodedText.Encode("stage");
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText RelativeAmountName = JsonEncodedText.Encode("relativeAmount");
    private static readonly JsonEncodedText RelativeToName = JsonEncodedText.Encode("relativeTo");
    private static readonly JsonEncodedText RecipientName = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText ProgrammeName = JsonEncodedText.Encode("programme");
    private static readonly JsonEncodedText ValueDateName = JsonEncodedText.Encode("valueDate");
    private static readonly JsonEncodedText IsIndicativeName = JsonEncodedText.Encode("isIndicative");
    private static readonly JsonEncodedText BudgetKindName = JsonEncodedText.Encode("budgetKind");
    private static readonly JsonEncodedText IsSupersededName = JsonEncodedText.Encode("isSuperseded");
    private static readonly JsonEncodedText DirectionName = JsonEncodedText.Encode("direction");
    private static readonly JsonEncodedText ReportedByName = JsonEncodedText.Encode("reportedBy");
    private static readonly JsonEncodedText ProviderActivityName = JsonEncodedText.Encode("providerActivity");
    private static readonly JsonEncodedText ReceiverActivityName = JsonEncodedText.Encode("receiverActivity");
    private static readonly JsonEncodedText NumberName = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText ThemeName = JsonEncodedText.Encode("theme");
    private static readonly JsonEncodedText RoundtableName = JsonEncodedText.Encode("roundtable");
    private static readonly JsonEncodedText LetterName = JsonEncodedText.Encode("letter");
    private static readonly JsonEncodedText SessionName = JsonEncodedText.Encode("session");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText SubActivitiesName = JsonEncodedText.Encode("subActivities");
    private static readonly JsonEncodedText ObjectivesName = JsonEncodedText.Encode("objectives");
    private static readonly JsonEncodedText GmgMembersName = JsonEncodedText.Encode("gmgMembersWithExpertise");
    private static readonly JsonEncodedText ReadingNoteName = JsonEncodedText.Encode("readingNote");
    private static readonly JsonEncodedText PlaceName = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText ChairName = JsonEncodedText.Encode("chair");
    private static readonly JsonEncodedText OrdinalName = JsonEncodedText.Encode("ordinal");
    private static readonly JsonEncodedText ParticipantsName = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText MemberName = JsonEncodedText.Encode("member");
    private static readonly JsonEncodedText BodyName = JsonEncodedText.Encode("body");

    internal static void Document(Utf8JsonWriter w, SourceDocument d)
    {
        w.WriteStartObject();
        w.WriteString(IdName, d.Id);
        w.WriteString(TitleName, d.Title);
        w.WriteString(AuthorName, d.Author);
        Optional(w, DateName, d.Date);
        Optional(w, FileNameName, d.FileName);
        w.WriteEndObject();
    }

    internal static void Agency(Utf8JsonWriter w, Agency a)
    {
        w.WriteStartObject();
        Value(w, IdName, a.Id, AgencyIds);
        w.WriteString(NameName, a.Name);
        Value(w, KindName, a.Kind, AgencyKinds);
        Optional(w, DisplayNameName, a.CorrectedName);
        Optional(w, AcronymName, a.Acronym);
        Optional(w, ParentName, a.Parent, AgencyIds);
        Optional(w, IatiIdentifierName, a.IatiIdentifier);
        Texts(w, AliasesName, a.Aliases);
        Texts(w, IatiAliasesName, a.IatiAliases);
        Optional(w, NoteName, a.Note);
        Citations(w, a.Citations);
        w.WriteEndObject();
    }

    internal static void Programme(Utf8JsonWriter w, Programme p)
    {
        w.WriteStartObject();
        Value(w, IdName, p.Id, ProgrammeIds);
        w.WriteString(NameName, p.Name);
        Optional(w, DisplayNameName, p.CorrectedName);
        Optional(w, AcronymName, p.Acronym);
        Optional(w, IatiIdentifierName, p.IatiIdentifier);
        Texts(w, AliasesName, p.Aliases);
        List(w, PartnersName, p.Partners.AsSpan(), Participant);
        List(w, CountriesName, p.Countries.AsSpan(), Country);
        Optional(w, ParentName, p.Parent, ProgrammeIds);
        Optional(w, PhaseName, p.Phase);
        Optional(w, PeriodName, p.Period);
        Optional(w, NoteName, p.Note);
        Citations(w, p.Citations);
        w.WriteEndObject();
    }

    // Funders are written even when there are none (a required member); a field at its default is left out.
    internal static void Commitment(Utf8JsonWriter w, FundingCommitment c)
    {
        w.WriteStartObject();
        w.WriteStartArray(FundersName);
        foreach (var funder in c.Funders)
        {
            Funder(w, funder);
        }
        w.WriteEndArray();
        Value(w, StageName, c.Stage, Stages);
        Optional(w, AmountName, c.Amount, Amounts);
        Optional(w, RelativeAmountName, c.RelativeAmount, Shares);
        Optional(w, RelativeToName, c.RelativeTo);
        Optional(w, RecipientName, c.Recipient, AgencyIds);
        Optional(w, ProgrammeName, c.Programme, ProgrammeIds);
        Optional(w, ValueDateName, c.ValueDate, PartialDates);
        Optional(w, PeriodName, c.Period);
        True(w, IsIndicativeName, c.IsIndicative);
        Optional(w, BudgetKindName, c.BudgetKind == BudgetKind.Original ? null : c.BudgetKind, BudgetKinds);
        True(w, IsSupersededName, c.IsSuperseded);
        Optional(w, DirectionName, c.Direction == FlowDirection.Unstated ? null : c.Direction, Directions);
        Optional(w, ReportedByName, c.ReportedBy, AgencyIds);
        Optional(w, ProviderActivityName, c.ProviderActivity);
        Optional(w, ReceiverActivityName, c.ReceiverActivity);
        Optional(w, NoteName, c.Note);
        Citations(w, c.Citations);
        w.WriteEndObject();
    }

    internal static void Theme(Utf8JsonWriter w, Theme t)
    {
        w.WriteStartObject();
        w.WriteNumber(NumberName, t.Number);
        w.WriteString(TitleName, t.Title);
        Citations(w, t.Citations);
        w.WriteEndObject();
    }

    internal static void Roundtable(Utf8JsonWriter w, Roundtable r)
    {
        w.WriteStartObject();
        w.WriteNumber(NumberName, r.Number);
        w.WriteNumber(ThemeName, r.Theme);
        w.WriteString(TitleName, r.Title);
        Citations(w, r.Citations);
        w.WriteEndObject();
    }

    internal static void Session(Utf8JsonWriter w, Session s)
    {
        w.WriteStartObject();
        w.WriteNumber(RoundtableName, s.Roundtable);
        Letter(w, LetterName, s.Letter);
        w.WriteString(TitleName, s.Title);
        Citations(w, s.Citations);
        w.WriteEndObject();
    }

    internal static void Activity(Utf8JsonWriter w, Activity a)
    {
        w.WriteStartObject();
        w.WriteNumber(RoundtableName, a.Roundtable);
        Letter(w, SessionName, a.Session);
        w.WriteString(TextName, a.Text);
        Texts(w, SubActivitiesName, a.SubActivities);
        Texts(w, ObjectivesName, a.Objectives);
        if (!a.GmgMembersWithExpertise.IsEmpty)
        {
            w.WriteStartArray(GmgMembersName);
            foreach (var member in a.GmgMembersWithExpertise)
            {
                AgencyIds.Write(w, member, Options);
            }
            w.WriteEndArray();
        }
        Optional(w, ReadingNoteName, a.ReadingNote);
        Citations(w, a.Citations);
        w.WriteEndObject();
    }

    internal static void Meeting(Utf8JsonWriter w, Meeting m)
    {
        w.WriteStartObject();
        w.WriteString(NameName, m.Name);
        Optional(w, DisplayNameName, m.CorrectedName);
        Optional(w, PlaceName, m.Place);
        Optional(w, DateName, m.Date);
        Optional(w, ChairName, m.Chair, CountryCodes);
        Optional(w, OrdinalName, m.Ordinal);
        Texts(w, AliasesName, m.Aliases);
        List(w, ParticipantsName, m.Participants.AsSpan(), Participant);
        Optional(w, NoteName, m.Note);
        Citations(w, m.Citations);
        w.WriteEndObject();
    }

    internal static void Membership(Utf8JsonWriter w, AgencyMembership m)
    {
        w.WriteStartObject();
        Value(w, MemberName, m.Member, AgencyIds);
        Value(w, BodyName, m.Body, AgencyIds);
        Value(w, RoleName, m.Role, Roles);
        Optional(w, PeriodName, m.Period);
        Optional(w, NoteName, m.Note);
        Citations(w, m.Citations);
        w.WriteEndObject();
    }

    private static void Participant(Utf8JsonWriter w, Participant x)
    {
        w.WriteStartObject();
        Value(w, AgencyName, x.Agency, AgencyIds);
        Value(w, RoleName, x.Role, Roles);
        Optional(w, PeriodName, x.Period);
        Optional(w, NoteName, x.Note);
        Citations(w, x.Citations);
        w.WriteEndObject();
    }

    private static void Country(Utf8JsonWriter w, ProgrammeCountry x)
    {
        w.WriteStartObject();
        Value(w, CountryName, x.Country, CountryCodes);
        Value(w, RelationName, x.Relation, Relations);
        Optional(w, NoteName, x.Note);
        Citations(w, x.Citations);
        w.WriteEndObject();
    }

    private static void Funder(Utf8JsonWriter w, FundingContribution f)
    {
        w.WriteStartObject();
        Value(w, FunderName, f.Funder, AgencyIds);
        Optional(w, ShareName, f.Share, Shares);
        w.WriteEndObject();
    }

    private static void Citations(Utf8JsonWriter w, ImmutableArray<Citation> citations)
    {
        if (citations.IsEmpty)
        {
            return;
        }
        w.WriteStartArray(CitationsName);
        foreach (var c in citations)
        {
            w.WriteStartObject();
            w.WriteString(DocumentName, c.DocumentId);
            w.WriteNumber(FirstLineName, c.FirstLine);
            w.WriteNumber(LastLineName, c.LastLine);
            w.WriteString(QuoteName, c.Quote);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // A list, left out when empty; a writer to a stream is flushed between its items once it holds FlushBytes.
    internal static void List<T>(Utf8JsonWriter w, JsonEncodedText name, ReadOnlySpan<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
            if (w.BytesPending > FlushBytes)
            {
                w.Flush();
            }
        }
        w.WriteEndArray();
    }

    private static void Texts(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<string> texts)
    {
        if (texts.IsEmpty)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var text in texts)
        {
            w.WriteStringValue(text);
        }
        w.WriteEndArray();
    }

    private static void Value<T>(Utf8JsonWriter w, JsonEncodedText name, T value, System.Text.Json.Serialization.JsonConverter<T> converter)
    {
        w.WritePropertyName(name);
        converter.Write(w, value, Options);
    }

    private static void Optional<T>(Utf8JsonWriter w, JsonEncodedText name, T? value, System.Text.Json.Serialization.JsonConverter<T> converter)
        where T : struct
    {
        if (value is { } present)
        {
            Value(w, name, present, converter);
        }
    }

    private static void Optional(Utf8JsonWriter w, JsonEncodedText name, string? text)
    {
        if (text is not null)
        {
            w.WriteString(name, text);
        }
    }

    private static void Optional(Utf8JsonWriter w, JsonEncodedText name, int? number)
    {
        if (number is { } present)
        {
            w.WriteNumber(name, present);
        }
    }

    private static void Optional(Utf8JsonWriter w, JsonEncodedText name, Timeframe? timeframe)
    {
        if (timeframe is not null)
        {
            Value(w, name, timeframe, Timeframes);
        }
    }

    private static void True(Utf8JsonWriter w, JsonEncodedText name, bool value)
    {
        if (value)
        {
            w.WriteBoolean(name, true);
        }
    }

    // A char is a string of one character, as the serializer writes it.
    private static void Letter(Utf8JsonWriter w, JsonEncodedText name, char letter) => w.WriteString(name, new ReadOnlySpan<char>(in letter));
}
