using System.Text.Json;
using static MigDev.Core.Serialization.Document.CatalogConverters;

namespace MigDev.Core.Serialization.Document;

// The records of the document, one reader each: the members of its DTO (CatalogDocumentDtos.cs), the required ones
// as the bits of `required`.
internal static partial class CatalogDocumentReader
{
    private static SourceDocumentDto SourceDocument(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        string? id = null, title = null, author = null, fileName = null;
        Timeframe? date = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "id"u8, ref seen, 1)) { id = Text(ref r); }
            else if (Is(ref r, "title"u8, ref seen, 2)) { title = Text(ref r); }
            else if (Is(ref r, "author"u8, ref seen, 4)) { author = Text(ref r); }
            else if (Is(ref r, "date"u8, ref seen, 8)) { date = Value(ref r, Timeframes); }
            else if (Is(ref r, "fileName"u8, ref seen, 16)) { fileName = Text(ref r); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(id!, title!, author!, date, fileName);
    }

    private static CitationDto Citation(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        string? document = null, quote = null;
        int firstLine = 0, lastLine = 0;
        while (NextMember(ref r))
        {
            if (Is(ref r, "document"u8, ref seen, 1)) { document = Text(ref r); }
            else if (Is(ref r, "firstLine"u8, ref seen, 2)) { firstLine = Int(ref r); }
            else if (Is(ref r, "lastLine"u8, ref seen, 4)) { lastLine = Int(ref r); }
            else if (Is(ref r, "quote"u8, ref seen, 8)) { quote = Text(ref r); }
            else { throw new GiveUp(); }
        }
        Required(seen, 15);
        return new(document!, firstLine, lastLine, quote!);
    }

    private static AgencyDto Agency(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        AgencyId id = default;
        AgencyId? parent = null;
        AgencyKind kind = default;
        string? name = null, displayName = null, acronym = null, iatiIdentifier = null, note = null;
        List<string>? aliases = null, iatiAliases = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "id"u8, ref seen, 1)) { id = Value(ref r, AgencyIds); }
            else if (Is(ref r, "name"u8, ref seen, 2)) { name = Text(ref r); }
            else if (Is(ref r, "kind"u8, ref seen, 4)) { kind = Value(ref r, AgencyKinds); }
            else if (Is(ref r, "displayName"u8, ref seen, 8)) { displayName = Text(ref r); }
            else if (Is(ref r, "acronym"u8, ref seen, 16)) { acronym = Text(ref r); }
            else if (Is(ref r, "parent"u8, ref seen, 32)) { parent = Value(ref r, AgencyIds); }
            else if (Is(ref r, "iatiIdentifier"u8, ref seen, 64)) { iatiIdentifier = Text(ref r); }
            else if (Is(ref r, "aliases"u8, ref seen, 128)) { aliases = Texts(ref r); }
            else if (Is(ref r, "iatiAliases"u8, ref seen, 256)) { iatiAliases = Texts(ref r); }
            else if (Is(ref r, "note"u8, ref seen, 512)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 1024)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(id, name!, kind, displayName, acronym, parent, iatiIdentifier, aliases, iatiAliases, note, citations);
    }

    private static PartnerDto Partner(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        AgencyId agency = default;
        OrganisationRole role = default;
        Timeframe? period = null;
        string? note = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "agency"u8, ref seen, 1)) { agency = Value(ref r, AgencyIds); }
            else if (Is(ref r, "role"u8, ref seen, 2)) { role = Value(ref r, Roles); }
            else if (Is(ref r, "period"u8, ref seen, 4)) { period = Value(ref r, Timeframes); }
            else if (Is(ref r, "note"u8, ref seen, 8)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 16)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 3);
        return new(agency, role, period, note, citations);
    }

    private static CountryDto Country(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        CountryCode country = default;
        CountryRelation relation = default;
        string? note = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "country"u8, ref seen, 1)) { country = Value(ref r, CountryCodes); }
            else if (Is(ref r, "relation"u8, ref seen, 2)) { relation = Value(ref r, Relations); }
            else if (Is(ref r, "note"u8, ref seen, 4)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 8)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 3);
        return new(country, relation, note, citations);
    }

    private static ProgrammeDto Programme(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        ProgrammeId id = default;
        ProgrammeId? parent = null;
        int? phase = null;
        Timeframe? period = null;
        string? name = null, displayName = null, acronym = null, iatiIdentifier = null, note = null;
        List<string>? aliases = null;
        List<PartnerDto>? partners = null;
        List<CountryDto>? countries = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "id"u8, ref seen, 1)) { id = Value(ref r, ProgrammeIds); }
            else if (Is(ref r, "name"u8, ref seen, 2)) { name = Text(ref r); }
            else if (Is(ref r, "displayName"u8, ref seen, 4)) { displayName = Text(ref r); }
            else if (Is(ref r, "acronym"u8, ref seen, 8)) { acronym = Text(ref r); }
            else if (Is(ref r, "iatiIdentifier"u8, ref seen, 16)) { iatiIdentifier = Text(ref r); }
            else if (Is(ref r, "aliases"u8, ref seen, 32)) { aliases = Texts(ref r); }
            else if (Is(ref r, "partners"u8, ref seen, 64)) { partners = List(ref r, Partner); }
            else if (Is(ref r, "countries"u8, ref seen, 128)) { countries = List(ref r, Country); }
            else if (Is(ref r, "parent"u8, ref seen, 256)) { parent = Value(ref r, ProgrammeIds); }
            else if (Is(ref r, "phase"u8, ref seen, 512)) { phase = Int(ref r); }
            else if (Is(ref r, "period"u8, ref seen, 1024)) { period = Value(ref r, Timeframes); }
            else if (Is(ref r, "note"u8, ref seen, 2048)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 4096)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 3);
        return new(id, name!, displayName, acronym, iatiIdentifier, aliases, partners, countries, parent, phase, period, note, citations);
    }

    private static FunderDto Funder(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        AgencyId funder = default;
        Share? share = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "funder"u8, ref seen, 1)) { funder = Value(ref r, AgencyIds); }
            else if (Is(ref r, "share"u8, ref seen, 2)) { share = Value(ref r, Shares); }
            else { throw new GiveUp(); }
        }
        Required(seen, 1);
        return new(funder, share);
    }

    private static CommitmentDto Commitment(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        List<FunderDto>? funders = null;
        FundingStage stage = default;
        Money? amount = null;
        Share? relativeAmount = null;
        AgencyId? recipient = null, reportedBy = null;
        ProgrammeId? programme = null;
        PartialDate? valueDate = null;
        Timeframe? period = null;
        bool? isIndicative = null, isSuperseded = null;
        BudgetKind? budgetKind = null;
        FlowDirection? direction = null;
        string? relativeTo = null, providerActivity = null, receiverActivity = null, note = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "funders"u8, ref seen, 1)) { funders = List(ref r, Funder); }
            else if (Is(ref r, "stage"u8, ref seen, 2)) { stage = Value(ref r, Stages); }
            else if (Is(ref r, "amount"u8, ref seen, 4)) { amount = Value(ref r, Amounts); }
            else if (Is(ref r, "relativeAmount"u8, ref seen, 8)) { relativeAmount = Value(ref r, Shares); }
            else if (Is(ref r, "relativeTo"u8, ref seen, 16)) { relativeTo = Text(ref r); }
            else if (Is(ref r, "recipient"u8, ref seen, 32)) { recipient = Value(ref r, AgencyIds); }
            else if (Is(ref r, "programme"u8, ref seen, 64)) { programme = Value(ref r, ProgrammeIds); }
            else if (Is(ref r, "valueDate"u8, ref seen, 128)) { valueDate = Value(ref r, PartialDates); }
            else if (Is(ref r, "period"u8, ref seen, 256)) { period = Value(ref r, Timeframes); }
            else if (Is(ref r, "isIndicative"u8, ref seen, 512)) { isIndicative = True(ref r); }
            else if (Is(ref r, "budgetKind"u8, ref seen, 1024)) { budgetKind = Value(ref r, BudgetKinds); }
            else if (Is(ref r, "isSuperseded"u8, ref seen, 2048)) { isSuperseded = True(ref r); }
            else if (Is(ref r, "direction"u8, ref seen, 4096)) { direction = Value(ref r, Directions); }
            else if (Is(ref r, "reportedBy"u8, ref seen, 8192)) { reportedBy = Value(ref r, AgencyIds); }
            else if (Is(ref r, "providerActivity"u8, ref seen, 16384)) { providerActivity = Text(ref r); }
            else if (Is(ref r, "receiverActivity"u8, ref seen, 32768)) { receiverActivity = Text(ref r); }
            else if (Is(ref r, "note"u8, ref seen, 65536)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 131072)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 3);
        return new(funders!, stage, amount, relativeAmount, relativeTo, recipient, programme, valueDate, period, isIndicative, budgetKind,
            isSuperseded, direction, reportedBy, providerActivity, receiverActivity, note, citations);
    }

    private static ThemeDto Theme(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        var number = 0;
        string? title = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "number"u8, ref seen, 1)) { number = Int(ref r); }
            else if (Is(ref r, "title"u8, ref seen, 2)) { title = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 4)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 3);
        return new(number, title!, citations);
    }

    private static RoundtableDto Roundtable(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        int number = 0, theme = 0;
        string? title = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "number"u8, ref seen, 1)) { number = Int(ref r); }
            else if (Is(ref r, "theme"u8, ref seen, 2)) { theme = Int(ref r); }
            else if (Is(ref r, "title"u8, ref seen, 4)) { title = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 8)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(number, theme, title!, citations);
    }

    private static SessionDto Session(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        var roundtable = 0;
        var letter = '\0';
        string? title = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "roundtable"u8, ref seen, 1)) { roundtable = Int(ref r); }
            else if (Is(ref r, "letter"u8, ref seen, 2)) { letter = Letter(ref r); }
            else if (Is(ref r, "title"u8, ref seen, 4)) { title = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 8)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(roundtable, letter, title!, citations);
    }

    private static ActivityDto Activity(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        var roundtable = 0;
        var session = '\0';
        string? text = null, readingNote = null;
        List<string>? subActivities = null, objectives = null;
        List<AgencyId>? members = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "roundtable"u8, ref seen, 1)) { roundtable = Int(ref r); }
            else if (Is(ref r, "session"u8, ref seen, 2)) { session = Letter(ref r); }
            else if (Is(ref r, "text"u8, ref seen, 4)) { text = Text(ref r); }
            else if (Is(ref r, "subActivities"u8, ref seen, 8)) { subActivities = Texts(ref r); }
            else if (Is(ref r, "objectives"u8, ref seen, 16)) { objectives = Texts(ref r); }
            else if (Is(ref r, "gmgMembersWithExpertise"u8, ref seen, 32)) { members = AgencyIdList(ref r); }
            else if (Is(ref r, "readingNote"u8, ref seen, 64)) { readingNote = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 128)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(roundtable, session, text!, subActivities, objectives, members, readingNote, citations);
    }

    private static MeetingDto Meeting(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        string? name = null, displayName = null, place = null, note = null;
        Timeframe? date = null;
        CountryCode? chair = null;
        int? ordinal = null;
        List<string>? aliases = null;
        List<PartnerDto>? participants = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "name"u8, ref seen, 1)) { name = Text(ref r); }
            else if (Is(ref r, "displayName"u8, ref seen, 2)) { displayName = Text(ref r); }
            else if (Is(ref r, "place"u8, ref seen, 4)) { place = Text(ref r); }
            else if (Is(ref r, "date"u8, ref seen, 8)) { date = Value(ref r, Timeframes); }
            else if (Is(ref r, "chair"u8, ref seen, 16)) { chair = Value(ref r, CountryCodes); }
            else if (Is(ref r, "ordinal"u8, ref seen, 32)) { ordinal = Int(ref r); }
            else if (Is(ref r, "aliases"u8, ref seen, 64)) { aliases = Texts(ref r); }
            else if (Is(ref r, "participants"u8, ref seen, 128)) { participants = List(ref r, Partner); }
            else if (Is(ref r, "note"u8, ref seen, 256)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 512)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 1);
        return new(name!, displayName, place, date, chair, ordinal, aliases, participants, note, citations);
    }

    private static MembershipDto Membership(ref Utf8JsonReader r)
    {
        StartObject(ref r);
        var seen = 0u;
        AgencyId member = default, body = default;
        OrganisationRole role = default;
        Timeframe? period = null;
        string? note = null;
        List<CitationDto>? citations = null;
        while (NextMember(ref r))
        {
            if (Is(ref r, "member"u8, ref seen, 1)) { member = Value(ref r, AgencyIds); }
            else if (Is(ref r, "body"u8, ref seen, 2)) { body = Value(ref r, AgencyIds); }
            else if (Is(ref r, "role"u8, ref seen, 4)) { role = Value(ref r, Roles); }
            else if (Is(ref r, "period"u8, ref seen, 8)) { period = Value(ref r, Timeframes); }
            else if (Is(ref r, "note"u8, ref seen, 16)) { note = Text(ref r); }
            else if (Is(ref r, "citations"u8, ref seen, 32)) { citations = List(ref r, Citation); }
            else { throw new GiveUp(); }
        }
        Required(seen, 7);
        return new(member, body, role, period, note, citations);
    }
}
