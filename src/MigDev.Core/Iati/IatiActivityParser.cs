using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>Turns one <c>iati-activity</c> element into an <see cref="IatiActivity"/>, with a finding for each value it
/// cannot read.</summary>
internal sealed class IatiActivityParser
{
    private static readonly XNamespace XmlNs = XNamespace.Xml;
    private readonly List<IatiFinding> _findings = [];
    private readonly string _root;
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
    private string? _id;
    private CurrencyCode? _defaultCurrency;
    private IatiOrganisation? _reportingOrg;
    private bool _secondary;
    private string? _title;
    private int? _status;

    private IatiActivityParser(int position) => _root = $"iati-activity[{position}]";

    internal static IatiActivity Parse(XElement activity, int position, int? line) => new IatiActivityParser(position).Read(activity, line);

    private IatiActivity Read(XElement a, int? line)
    {
        _id = Text(a.Element("iati-identifier"));
        if (_id is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, _root + "/iati-identifier", line, "the activity has no iati-identifier.");
        }
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        string PathOf(XElement e)
        {
            var n = counters[e.Name.LocalName] = counters.GetValueOrDefault(e.Name.LocalName) + 1;
            return $"{_root}/{e.Name.LocalName}[{n}]";
        }

        if (a.Attribute("default-currency") is { } dc)
        {
            _defaultCurrency = Currency(dc.Value, _root + "/@default-currency", line);
        }
        var humanitarian = a.Attribute("humanitarian")?.Value.Trim() switch
        {
            "1" or "true" => true,
            "0" or "false" => (bool?)false,
            _ => null,
        };

        foreach (var e in a.Elements())
        {
            if (e.Name.NamespaceName.Length != 0)
            {
                continue;
            }
            ReadElement(e, PathOf(e), Line(e));
        }
        var activityHints = a.Attribute(IatiReader.Ext + "period") is null && a.Attribute(IatiReader.Ext + "phase") is null
            ? null
            : new MigDevActivityHints(Attr(a, IatiReader.Ext + "period"), int.TryParse(Attr(a, IatiReader.Ext + "phase"), NumberStyles.None, CultureInfo.InvariantCulture, out var phase) ? phase : null);
        return new IatiActivity(_root, line, _id, _reportingOrg, _secondary, _defaultCurrency, Attr(a, XmlNs + "lang"), humanitarian, _title,
            _descriptions.ToImmutable(), _orgs.ToImmutable(), _otherIds.ToImmutable(), _status, _dates.ToImmutable(), _countries.ToImmutable(),
            _regions.ToImmutable(), _sectors.ToImmutable(), _budgets.ToImmutable(), _transactions.ToImmutable(), _related.ToImmutable(),
            [.. _findings], activityHints);
    }

    // One child element of iati-activity, by its name; the elements this library does not read are skipped.
    private void ReadElement(XElement e, string path, int? at)
    {
        switch (e.Name.LocalName)
        {
            case "reporting-org":
                _reportingOrg = Organisation(e, path);
                _secondary = Attr(e, "secondary-reporter") is "1" or "true";
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

    private void Description(XElement e, string path, int? at)
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

    private void ParticipatingOrg(XElement e, string path, int? at)
    {
        var role = Int(e, "role", path);
        if (role is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Warning, path + "/@role", at, "the participating organisation has no role.");
        }
        _orgs.Add(new IatiParticipatingOrg(path, at, Attr(e, "ref"), Int(e, "type", path), Narrative(e), Attr(e, "activity-id"),
            Attr(e, IatiReader.Ext + "agency"), role, Attr(e, IatiReader.Ext + "role")));
    }

    private void ActivityDate(XElement e, string path, int? at)
    {
        if (Date(e, "iso-date", path) is { } date && Int(e, "type", path) is { } dateType)
        {
            PartialDate? stated = PartialDate.TryParse(Attr(e, IatiReader.Ext + "date"), out var p) ? p : null;
            _dates.Add(new IatiActivityDate(path, at, dateType, date, stated, Attr(e, IatiReader.Ext + "date-basis") == "source"));
        }
    }

    private void RecipientCountry(XElement e, string path, int? at)
    {
        var code = Attr(e, "code");
        if (CountryCode.TryParse(code, out var country))
        {
            _countries.Add(new IatiRecipientCountry(path, at, country, Percentage(e, path), Attr(e, IatiReader.Ext + "relation")));
        }
        else
        {
            Finding(IatiRuleIds.UnknownCountry, IatiSeverity.Error, path + "/@code", at, $"'{code}' is not an ISO 3166-1 alpha-2 country code: the recipient country is left out.", code);
        }
    }

    private void RecipientRegion(XElement e, string path, int? at)
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

    private void Sector(XElement e, string path, int? at)
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

    private void Budget(XElement e, string path, int? at)
    {
        var (bValue, bValueDate, bValuePath) = Value(e, path, _defaultCurrency);
        _budgets.Add(new IatiBudget(path, at, Int(e, "type", path) ?? 1, Int(e, "status", path) ?? 1,
            Date(e.Element("period-start"), "iso-date", path + "/period-start"), Date(e.Element("period-end"), "iso-date", path + "/period-end"),
            bValue, bValueDate, bValuePath));
    }

    private void Transaction(XElement e, string path, int? at)
    {
        var (tValue, tValueDate, tValuePath) = Value(e, path, _defaultCurrency);
        var type = e.Element("transaction-type") is { } tt ? TransactionType(tt, path + "/transaction-type") : null;
        if (type is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path + "/transaction-type", at, "the transaction has no transaction-type code.");
        }
        var tDateElement = e.Element("transaction-date");
        var tDate = Date(tDateElement, "iso-date", path + "/transaction-date");
        var hints = e.Attribute(IatiReader.Ext + "funders") is null && e.Attribute(IatiReader.Ext + "value-date") is null && e.Attribute(IatiReader.Ext + "indicative") is null
            ? null
            : new MigDevTransactionHints(Attr(e, IatiReader.Ext + "funders"),
                PartialDate.TryParse(Attr(e, IatiReader.Ext + "value-date"), out var vd) ? vd : null,
                Attr(e, IatiReader.Ext + "indicative") == "true", Attr(e, IatiReader.Ext + "period"));
        _transactions.Add(new IatiTransaction(path, at, type, tDate, tValue, tValueDate, tValuePath,
            e.Element("provider-org") is { } provider ? Organisation(provider, path + "/provider-org", "provider-activity-id") : null,
            e.Element("receiver-org") is { } receiver ? Organisation(receiver, path + "/receiver-org", "receiver-activity-id") : null,
            Narrative(e.Element("description")), hints));
    }

    // A TransactionType code: a 2.0x number, or a 1.0x letter (C, D...) read as its number with a finding naming both.
    private int? TransactionType(XElement e, string path)
    {
        if (Attr(e, "code") is { } code && IatiCodes.TryGetTransactionTypeOfVersion1(code, out var type))
        {
            Finding(IatiRuleIds.Version1Code, IatiSeverity.Warning, path + "/@code", Line(e),
                $"'{code}' is an IATI 1.0x TransactionType code: read as its 2.0x code {type}.", code);
            return type;
        }
        return Int(e, "code", path);
    }

    private IatiOrganisation Organisation(XElement e, string path, string activityIdAttribute = "activity-id") =>
        new(path, Line(e), Attr(e, "ref"), Int(e, "type", path), Narrative(e), Attr(e, activityIdAttribute), Attr(e, IatiReader.Ext + "agency"));

    private (Money? Value, LocalDate? ValueDate, string Path) Value(XElement parent, string parentPath, CurrencyCode? defaultCurrency)
    {
        var path = parentPath + "/value";
        var v = parent.Element("value");
        if (v is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path, Line(parent), $"the {parent.Name.LocalName} has no value.");
            return (null, null, path);
        }
        var at = Line(v);
        var valueDate = Date(v, "value-date", path);
        CurrencyCode? currency;
        if (v.Attribute("currency") is { } c)
        {
            currency = Currency(c.Value, path + "/@currency", at);
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
        return (currency is { } cur ? new Money(amount, cur) : null, valueDate, path);
    }

    private CurrencyCode? Currency(string text, string path, int? at)
    {
        if (CurrencyCode.TryParse(text.Trim(), out var code))
        {
            return code;
        }
        Finding(IatiRuleIds.UnknownCurrency, IatiSeverity.Error, path, at, $"'{text}' is not an ISO 4217 currency code.", text);
        return null;
    }

    private LocalDate? Date(XElement? e, string attribute, string path)
    {
        if (e is null)
        {
            Finding(IatiRuleIds.Missing, IatiSeverity.Error, path, null, $"{path[(path.LastIndexOf('/') + 1)..]} is missing.");
            return null;
        }
        var text = (string?)e.Attribute(attribute);
        if (text is null)
        {
            if (attribute != "value-date")
            {
                Finding(IatiRuleIds.Missing, IatiSeverity.Error, $"{path}/@{attribute}", Line(e), $"@{attribute} is missing.");
            }
            return null;
        }
        if (IatiReader.ParseDate(text) is { } date)
        {
            return date;
        }
        Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, $"{path}/@{attribute}", Line(e), $"'{text}' is not an ISO 8601 date (yyyy-MM-dd, years 1 to 9999).", text);
        return null;
    }

    private decimal? Percentage(XElement e, string path)
    {
        var text = (string?)e.Attribute("percentage");
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

    private int? Int(XElement e, string attribute, string path)
    {
        var text = (string?)e.Attribute(attribute);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        Finding(IatiRuleIds.Unreadable, IatiSeverity.Error, $"{path}/@{attribute}", Line(e), $"'{text}' is not a code number.", text);
        return null;
    }

    private static string? Attr(XElement e, XName name) => ((string?)e.Attribute(name))?.Trim() is { Length: > 0 } s ? s : null;

    private static string? Text(XElement? e) => e?.Value.Trim() is { Length: > 0 } s ? s : null;

    private static string? Narrative(XElement? e) => e is null ? null : Text(e.Element("narrative"));

    private static int? Line(XObject e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private void Finding(string rule, IatiSeverity severity, string element, int? line, string message, string? value = null) =>
        _findings.Add(new IatiFinding(rule, severity, _id, element, line, message, value));
}
