using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>Turns one <c>iati-activity</c>, as <see cref="IatiActivityXmlReader"/> read it, into an <see cref="IatiActivity"/>,
/// with a finding for each value it cannot read.</summary>
internal sealed class IatiActivityParser
{
    private const string Ext = IatiReader.ExtensionNamespace;

    // The children of iati-activity the parser reads, in the order of their counters (see Counter).
    private static readonly string[] CountedNames =
        ["reporting-org", "title", "description", "participating-org", "other-identifier", "activity-status", "activity-date",
         "recipient-country", "recipient-region", "sector", "budget", "transaction", "related-activity"];

    // The children of a budget or a transaction the schema allows once (IatiActivityXmlReader keeps every one).
    private static readonly string[] OnceNames =
        ["value", "period-start", "period-end", "transaction-type", "transaction-date", "provider-org", "receiver-org", "description"];

    // One parser per read, reused from one activity to the next: the builders keep their capacity, so an activity
    // allocates what it holds and little else.
    private readonly List<IatiFinding> _findings = [];
    private readonly int[] _counters = new int[CountedNames.Length];
    private readonly ImmutableArray<IatiDescription>.Builder _descriptions = ImmutableArray.CreateBuilder<IatiDescription>();
    private readonly ImmutableArray<IatiParticipatingOrg>.Builder _orgs = ImmutableArray.CreateBuilder<IatiParticipatingOrg>();
    private readonly ImmutableArray<IatiOtherIdentifier>.Builder _otherIds = ImmutableArray.CreateBuilder<IatiOtherIdentifier>();
    private readonly ImmutableArray<IatiActivityDate>.Builder _dates = ImmutableArray.CreateBuilder<IatiActivityDate>();
    private readonly ImmutableArray<IatiRecipientCountry>.Builder _countries = ImmutableArray.CreateBuilder<IatiRecipientCountry>();
    private readonly ImmutableArray<IatiRecipientRegion>.Builder _regions = ImmutableArray.CreateBuilder<IatiRecipientRegion>();
    private readonly ImmutableArray<IatiSector>.Builder _sectors = ImmutableArray.CreateBuilder<IatiSector>();
    private readonly ImmutableArray<IatiBudget>.Builder _budgets = ImmutableArray.CreateBuilder<IatiBudget>();
    private readonly ImmutableArray<IatiTransaction>.Builder _transactions = ImmutableArray.CreateBuilder<IatiTransaction>();
    private readonly ImmutableArray<IatiRelatedActivity>.Builder _related = ImmutableArray.CreateBuilder<IatiRelatedActivity>();
    private string _root = "";
    private string? _id;
    private CurrencyCode? _defaultCurrency;
    private IatiOrganisation? _reportingOrg;
    private bool _secondary;
    private string? _title;
    private int? _status;

    /// <summary>Parses one activity.</summary>
    /// <param name="activity">The activity as read; the parser keeps nothing of it.</param>
    /// <param name="position">Its position in the file, from 1.</param>
    /// <param name="line">The line of its start tag.</param>
    /// <param name="nestedActivityLines">The lines of the <c>iati-activity</c> elements found inside it, each reported.</param>
    internal IatiActivity Parse(IatiXmlNode activity, int position, int? line, IReadOnlyList<int> nestedActivityLines)
    {
        _root = $"iati-activity[{position}]";
        _id = null;
        _defaultCurrency = null;
        _reportingOrg = null;
        _secondary = false;
        _title = null;
        _status = null;
        Array.Clear(_counters);
        _findings.Clear();
        foreach (var at in nestedActivityLines)
        {
            Finding(IatiRuleIds.NestedActivity, IatiSeverity.Error, _root, at,
                FormattableString.Invariant($"an iati-activity inside the activity, at line {at}: the schema has none there, so it is not read, and none of its budgets or transactions is imported."));
        }
        return Read(activity, line);
    }

    private IatiActivity Read(IatiXmlNode a, int? line)
    {
        _id = Text(a.Element("iati-identifier"));
        if (_id is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, _root + "/iati-identifier", line, "the activity has no iati-identifier.");
        }
        if (a.Attribute("default-currency") is { } dc)
        {
            _defaultCurrency = Currency(dc, _root, "/@default-currency", line);
        }
        var humanitarian = Boolean(a, "humanitarian", _root, line, "read as not stated");
        for (var e = a.FirstChild; e is not null; e = e.NextSibling)
        {
            if (Counter(e.Name) is { } counter)
            {
                var n = ++_counters[counter];
                ReadElement(e, $"{_root}/{e.Name}[{n}]", e.Line);
            }
        }
        var activityHints = a.Attribute("period", Ext) is null && a.Attribute("phase", Ext) is null
            ? null
            : new MigDevActivityHints(Attr(a, "period", Ext), int.TryParse(Attr(a, "phase", Ext), NumberStyles.None, CultureInfo.InvariantCulture, out var phase) ? phase : null);
        return new IatiActivity(_root, line, _id, _reportingOrg, _secondary, _defaultCurrency, Attr(a, "lang", IatiActivityXmlReader.XmlNamespace), humanitarian, _title,
            Drain(_descriptions), Drain(_orgs), Drain(_otherIds), _status, Drain(_dates), Drain(_countries), Drain(_regions), Drain(_sectors),
            Drain(_budgets), Drain(_transactions), Drain(_related), [.. _findings], activityHints);
    }

    // The elements' positions are counted among siblings of the same name; the activity's children read are few.
    private static int? Counter(string name)
    {
        var i = Array.IndexOf(CountedNames, name);
        return i < 0 ? null : i;
    }

    // What a builder holds, as an array; the builder is emptied for the next activity and keeps its capacity.
    private static ImmutableArray<T> Drain<T>(ImmutableArray<T>.Builder builder)
    {
        var result = builder.ToImmutable();
        builder.Clear();
        return result;
    }

    // One child element of iati-activity, by its name; the elements this library does not read are skipped.
    private void ReadElement(IatiXmlNode e, string path, int? at)
    {
        switch (e.Name)
        {
            case "reporting-org":
                _reportingOrg = Organisation(e, path);
                _secondary = Boolean(e, "secondary-reporter", path, e.Line, "read as false, the schema's default") ?? false;
                break;
            case "title":
                _title = Narrative(e);
                break;
            case "description":
                Description(e, path, at);
                break;
            case "participating-org":
                ParticipatingOrg(e, path, at);
                break;
            case "other-identifier":
                if (Attr(e, "ref") is { } otherRef)
                {
                    _otherIds.Add(new IatiOtherIdentifier(path, at, otherRef, Attr(e, "type")));
                }
                break;
            case "activity-status":
                _status = Int(e, "code", path);
                break;
            case "activity-date":
                ActivityDate(e, path, at);
                break;
            case "recipient-country":
                RecipientCountry(e, path, at);
                break;
            case "recipient-region":
                RecipientRegion(e, path, at);
                break;
            case "sector":
                Sector(e, path, at);
                break;
            case "budget":
                Budget(e, path, at);
                break;
            case "transaction":
                Transaction(e, path, at);
                break;
            case "related-activity":
                if (Attr(e, "ref") is { } relatedRef)
                {
                    _related.Add(new IatiRelatedActivity(path, at, relatedRef, Int(e, "type", path)));
                }
                break;
        }
    }

    private void Description(IatiXmlNode e, string path, int? at)
    {
        var text = Narrative(e);
        if (text is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Warning, path, at, "the description has no narrative.");
        }
        else
        {
            _descriptions.Add(new IatiDescription(path, at, Int(e, "type", path) ?? 1, text));
        }
    }

    private void ParticipatingOrg(IatiXmlNode e, string path, int? at)
    {
        var role = Int(e, "role", path);
        if (role is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Warning, path + "/@role", at, "the participating organisation has no role.");
        }
        _orgs.Add(new IatiParticipatingOrg(path, at, Attr(e, "ref"), Int(e, "type", path), Narrative(e), Attr(e, "activity-id"),
            Attr(e, "agency", Ext), role, Attr(e, "role", Ext)));
    }

    private void ActivityDate(IatiXmlNode e, string path, int? at)
    {
        if (Date(e, "iso-date", path) is { } date && Int(e, "type", path) is { } dateType)
        {
            PartialDate? stated = PartialDate.TryParse(Attr(e, "date", Ext), out var p) ? p : null;
            _dates.Add(new IatiActivityDate(path, at, dateType, date, stated, Attr(e, "date-basis", Ext) == "source"));
        }
    }

    private void RecipientCountry(IatiXmlNode e, string path, int? at)
    {
        var code = Attr(e, "code");
        if (CountryCode.TryParseCanonical(code, out var country))
        {
            _countries.Add(new IatiRecipientCountry(path, at, country, Percentage(e, path), Attr(e, "relation", Ext)));
        }
        else
        {
            Finding(IatiRuleIds.UnknownCountry, IatiSeverity.Error, path + "/@code", at, $"'{code}' is not an ISO 3166-1 alpha-2 country code: the recipient country is left out.", code);
        }
    }

    private void RecipientRegion(IatiXmlNode e, string path, int? at)
    {
        if (Attr(e, "code") is { } region)
        {
            _regions.Add(new IatiRecipientRegion(path, at, region, Attr(e, "vocabulary") ?? "1", Percentage(e, path)));
        }
        else
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path + "/@code", at, "the recipient region has no code: it is left out.");
        }
    }

    private void Sector(IatiXmlNode e, string path, int? at)
    {
        if (Attr(e, "code") is { } sector)
        {
            _sectors.Add(new IatiSector(path, at, Attr(e, "vocabulary") ?? "1", sector, Percentage(e, path), Narrative(e)));
        }
        else
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path + "/@code", at, "the sector has no code: it is left out.");
        }
    }

    private void Budget(IatiXmlNode e, string path, int? at)
    {
        Repeats(e, path);
        var (bValue, bValueDate, bValuePath) = Value(e, path, _defaultCurrency);
        _budgets.Add(new IatiBudget(path, at, Int(e, "type", path) ?? 1, Int(e, "status", path) ?? 1,
            Date(e.Element("period-start"), "iso-date", path, "period-start"), Date(e.Element("period-end"), "iso-date", path, "period-end"),
            bValue, bValueDate, bValuePath));
    }

    private void Transaction(IatiXmlNode e, string path, int? at)
    {
        Repeats(e, path);
        var (tValue, tValueDate, tValuePath) = Value(e, path, _defaultCurrency);
        var type = e.Element("transaction-type") is { } tt ? TransactionType(tt, path) : null;
        if (type is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path + "/transaction-type", at, "the transaction has no transaction-type code.");
        }
        var tDateElement = e.Element("transaction-date");
        var tDate = Date(tDateElement, "iso-date", path, "transaction-date");
        var hints = e.Attribute("funders", Ext) is null && e.Attribute("value-date", Ext) is null && e.Attribute("indicative", Ext) is null
            ? null
            : new MigDevTransactionHints(Attr(e, "funders", Ext),
                PartialDate.TryParse(Attr(e, "value-date", Ext), out var vd) ? vd : null,
                Attr(e, "indicative", Ext) == "true", Attr(e, "period", Ext));
        _transactions.Add(new IatiTransaction(path, at, type, tDate, tValue, tValueDate, tValuePath,
            e.Element("provider-org") is { } provider ? Organisation(provider, path + "/provider-org", "provider-activity-id") : null,
            e.Element("receiver-org") is { } receiver ? Organisation(receiver, path + "/receiver-org", "receiver-activity-id") : null,
            Narrative(e.Element("description")), hints));
    }

    // The children a budget or a transaction has once in the schema, when one comes again: the first is read, and each
    // other is a finding with its text (a second value's amount), never dropped silently.
    private void Repeats(IatiXmlNode e, string path)
    {
        Span<int> seen = stackalloc int[OnceNames.Length];
        for (var c = e.FirstChild; c is not null; c = c.NextSibling)
        {
            var i = Array.IndexOf(OnceNames, c.Name);
            if (i >= 0 && ++seen[i] > 1)
            {
                var text = c.Name == "value" ? c.Value.Trim() : null;
                Finding(IatiRuleIds.Repeated, IatiSeverity.Error, $"{path}/{c.Name}[{seen[i].ToString(CultureInfo.InvariantCulture)}]", c.Line,
                    $"the {e.Name} has {c.Name} {seen[i].ToString(CultureInfo.InvariantCulture)} times{(text is null ? "" : $" (this one '{text}')")}: the schema allows one, and only the first is read.", text);
            }
        }
    }

    // An xsd:boolean attribute: true, false, 1 or 0 (with spaces around); anything else is a finding, and read as the
    // caller says.
    private bool? Boolean(IatiXmlNode e, string attribute, string path, int? at, string readAs)
    {
        var text = e.Attribute(attribute);
        switch (text?.Trim())
        {
            case null:
                return null;
            case "1" or "true":
                return true;
            case "0" or "false":
                return false;
            default:
                Finding(IatiRuleIds.Unreadable, IatiSeverity.Warning, $"{path}/@{attribute}", at, $"'{text}' is not an xsd:boolean (true, false, 1 or 0): {readAs}.", text);
                return null;
        }
    }

    // A TransactionType code: a 2.0x number, or a 1.0x letter (C, D...) read as its number with a finding naming both.
    private int? TransactionType(IatiXmlNode e, string transactionPath)
    {
        if (Attr(e, "code") is { } code && IatiCodes.TryGetTransactionTypeOfVersion1AsWritten(code, out var type))
        {
            Finding(IatiRuleIds.Version1Code, IatiSeverity.Warning, transactionPath + "/transaction-type/@code", Line(e),
                $"'{code}' is an IATI 1.0x TransactionType code: read as its 2.0x code {type}.", code);
            return type;
        }
        return Int(e, "code", transactionPath, "transaction-type");
    }

    private IatiOrganisation Organisation(IatiXmlNode e, string path, string activityIdAttribute = "activity-id") =>
        new(path, Line(e), Attr(e, "ref"), Int(e, "type", path), Narrative(e), Attr(e, activityIdAttribute), Attr(e, "agency", Ext));

    private (Money? Value, LocalDate? ValueDate, string Path) Value(IatiXmlNode parent, string parentPath, CurrencyCode? defaultCurrency)
    {
        var path = parentPath + "/value";
        var v = parent.Element("value");
        if (v is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path, Line(parent), $"the {parent.Name} has no value.");
            return (null, null, path);
        }
        var at = Line(v);
        var valueDate = Date(v, "value-date", path);
        CurrencyCode? currency;
        if (v.Attribute("currency") is { } c)
        {
            currency = Currency(c, path, "/@currency", at);
        }
        else if (defaultCurrency is { } d)
        {
            currency = d;
        }
        else
        {
            Finding(IatiRuleIds.CurrencyRequired, IatiSeverity.Error, path + "/@currency", at,
                "the value has no currency and the activity no default currency: the amount is left out.");
            currency = null;
        }
        var text = v.Value;
        if (!IatiReader.TryParseDecimal(text, out var amount))
        {
            Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, path, at, $"'{text.Trim()}' is not a decimal number: the amount is left out.", text.Trim());
            return (null, valueDate, path);
        }
        if (!IatiReader.IsExact(text, amount))
        {
            Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, path, at,
                $"'{text.Trim()}' has more digits than an amount holds (28 significant digits and 28 decimals): the amount is left out rather than rounded to {amount.ToString(CultureInfo.InvariantCulture)}.", text.Trim());
            return (null, valueDate, path);
        }
        return (currency is { } cur ? new Money(amount, cur) : null, valueDate, path);
    }

    // A currency code; the finding's element is path + suffix (built only for a finding).
    private CurrencyCode? Currency(string text, string path, string suffix, int? at)
    {
        if (CurrencyCode.TryParseCanonical(text.AsSpan().Trim(), out var code))
        {
            return code;
        }
        Finding(IatiRuleIds.UnknownCurrency, IatiSeverity.Error, path + suffix, at, $"'{text}' is not an ISO 4217 currency code.", text);
        return null;
    }

    // A date attribute of e, the child of that name of the element at path (or that element itself when child is null).
    // The paths of the findings are built only for a finding.
    private LocalDate? Date(IatiXmlNode? e, string attribute, string path, string? child = null)
    {
        if (e is null)
        {
            var missing = Child(path, child);
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, missing, null, $"{missing[(missing.LastIndexOf('/') + 1)..]} is missing.");
            return null;
        }
        var text = e.Attribute(attribute);
        if (text is null)
        {
            if (attribute != "value-date")
            {
                Finding(IatiRuleIds.Missing, IatiSeverity.Error, $"{Child(path, child)}/@{attribute}", Line(e), $"@{attribute} is missing.");
            }
            return null;
        }
        if (IatiReader.ParseDate(text) is { } date)
        {
            return date;
        }
        Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, $"{Child(path, child)}/@{attribute}", Line(e), $"'{text}' is not an ISO 8601 date (yyyy-MM-dd, years 1 to 9999, and at most a zone Z or from -14:00 to +14:00).", text);
        return null;
    }

    private decimal? Percentage(IatiXmlNode e, string path)
    {
        var text = e.Attribute("percentage");
        if (text is null)
        {
            return null;
        }
        if (IatiReader.TryParseDecimal(text, out var p) && p is >= 0 and <= 100)
        {
            return p;
        }
        Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, path + "/@percentage", Line(e), $"'{text}' is not a percentage from 0 to 100: it is left out.", text);
        return null;
    }

    // A code number attribute of e, the child of that name of the element at path (or that element itself when child is
    // null).
    private int? Int(IatiXmlNode e, string attribute, string path, string? child = null)
    {
        var text = e.Attribute(attribute);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, $"{Child(path, child)}/@{attribute}", Line(e), $"'{text}' is not a code number.", text);
        return null;
    }

    private static string Child(string path, string? child) => child is null ? path : $"{path}/{child}";

    private static string? Attr(IatiXmlNode e, string name, string ns = "") => e.Attribute(name, ns)?.Trim() is { Length: > 0 } s ? s : null;

    private static string? Text(IatiXmlNode? e) => e?.Value.Trim() is { Length: > 0 } s ? s : null;

    private static string? Narrative(IatiXmlNode? e) => e is null ? null : Text(e.Element("narrative"));

    private static int? Line(IatiXmlNode e) => e.Line;

    private void Finding(string rule, IatiSeverity severity, string element, int? line, string message, string? value = null) =>
        _findings.Add(new IatiFinding(rule, severity, _id, element, line, message, value));
}
