using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace MigDev.Core.Iati;

/// <summary>An IATI export built by <see cref="IatiExporter"/>: the activities, what could not be written, and the
/// rules they break; write it with <see cref="WriteTo(Stream)"/>.</summary>
/// <remarks>Immutable; writing it twice gives the same bytes.</remarks>
public sealed class IatiExportResult
{
    private readonly IatiExportOptions _options;

    internal IatiExportResult(ImmutableArray<IatiActivity> activities, ImmutableArray<IatiFinding> findings, IatiExportOptions options)
    {
        Activities = activities;
        Findings = findings;
        _options = options;
    }

    /// <summary>Gets the activities, in the order written.</summary>
    public ImmutableArray<IatiActivity> Activities { get; }

    /// <summary>Gets what was left out (<see cref="IatiRuleIds.NotExported"/>), the dates taken from sources
    /// (<see cref="IatiRuleIds.DateFromSource"/>), and any IATI rule an activity breaks.</summary>
    public ImmutableArray<IatiFinding> Findings { get; }

    /// <summary>Writes the <c>iati-activities</c> document as UTF-8, indented.</summary>
    /// <param name="destination">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream destination)
    {
        Guard.Against.Null(destination);
        using var writer = XmlWriter.Create(destination, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        });
        WriteTo(writer);
    }

    /// <summary>Writes the <c>iati-activities</c> document.</summary>
    /// <param name="writer">The writer; flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void WriteTo(XmlWriter writer)
    {
        Guard.Against.Null(writer);
        writer.WriteStartDocument();
        writer.WriteStartElement("iati-activities");
        writer.WriteAttributeString("version", "2.03");
        writer.WriteAttributeString("generated-datetime", InstantPattern.ExtendedIso.Format(_options.GeneratedAt));
        if (_options.WriteExtensions)
        {
            writer.WriteAttributeString("xmlns", "migdev", null, IatiReader.ExtensionNamespace);
        }
        foreach (var a in Activities)
        {
            new Writer(writer, _options.WriteExtensions).Activity(a);
        }
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
    }

    /// <summary>Returns the <c>iati-activities</c> document as text.</summary>
    /// <returns>The XML.</returns>
    public string ToXml()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private readonly struct Writer(XmlWriter w, bool extensions)
    {
        public void Activity(IatiActivity a)
        {
            w.WriteStartElement("iati-activity");
            ActivityAttributes(a);
            w.WriteElementString("iati-identifier", a.Identifier);
            ReportingOrg(a);
            w.WriteStartElement("title");
            Narrative(a.Title);
            w.WriteEndElement();
            Descriptions(a.Descriptions);
            ParticipatingOrgs(a.ParticipatingOrgs);
            OtherIdentifiers(a.OtherIdentifiers);
            w.WriteStartElement("activity-status");
            Attr("code", Code(a.Status));
            w.WriteEndElement();
            ActivityDates(a.Dates);
            RecipientCountries(a.RecipientCountries);
            RecipientRegions(a.RecipientRegions);
            Sectors(a.Sectors);
            Budgets(a.Budgets);
            Transactions(a.Transactions);
            RelatedActivities(a.RelatedActivities);
            w.WriteEndElement();
        }

        private void ActivityAttributes(IatiActivity a)
        {
            if (a.Language is { } lang)
            {
                w.WriteAttributeString("xml", "lang", null, lang);
            }
            if (a.DefaultCurrency is { } currency)
            {
                w.WriteAttributeString("default-currency", currency.ToString());
            }
            if (a.Hints is { } hints)
            {
                Ext("period", hints.Period);
                Ext("phase", hints.Phase?.ToString(CultureInfo.InvariantCulture));
            }
        }

        private void ReportingOrg(IatiActivity a)
        {
            if (a.ReportingOrg is { } reporter)
            {
                w.WriteStartElement("reporting-org");
                Attr("ref", reporter.Ref);
                Attr("type", Code(reporter.Type));
                w.WriteAttributeString("secondary-reporter", a.IsSecondaryReporter ? "1" : "0");
                Narrative(reporter.Name);
                w.WriteEndElement();
            }
        }

        private void Descriptions(ImmutableArray<IatiDescription> descriptions) => Each(descriptions, "description", static (x, d) =>
        {
            x.Xml.WriteAttributeString("type", Code(d.Type));
            x.Narrative(d.Text);
        });

        private void ParticipatingOrgs(ImmutableArray<IatiParticipatingOrg> orgs) => Each(orgs, "participating-org", static (x, o) =>
        {
            x.Attr("ref", o.Ref);
            x.Attr("role", Code(o.Role));
            x.Ext("agency", o.AgencyHint);
            x.Ext("role", o.RoleHint);
            x.Narrative(o.Name);
        });

        private void OtherIdentifiers(ImmutableArray<IatiOtherIdentifier> identifiers) => Each(identifiers, "other-identifier", static (x, o) =>
        {
            x.Attr("ref", o.Ref);
            x.Attr("type", o.Type);
        });

        private void ActivityDates(ImmutableArray<IatiActivityDate> dates) => Each(dates, "activity-date", static (x, d) =>
        {
            x.Xml.WriteAttributeString("iso-date", Date(d.Date));
            x.Xml.WriteAttributeString("type", Code(d.Type));
            if (d.Stated is { Precision: not DatePrecision.Day } stated)
            {
                x.Ext("date", stated.ToString());
            }
            if (d.IsProxy)
            {
                x.Ext("date-basis", "source");
                x.Narrative($"Not stated in the sources: the date of the earliest source citing this activity ({d.Stated}).");
            }
        });

        private void RecipientCountries(ImmutableArray<IatiRecipientCountry> countries) => Each(countries, "recipient-country", static (x, c) =>
        {
            x.Xml.WriteAttributeString("code", c.Country.ToString());
            x.Attr("percentage", Percent(c.Percentage));
            x.Ext("relation", c.RelationHint);
        });

        private void RecipientRegions(ImmutableArray<IatiRecipientRegion> regions) => Each(regions, "recipient-region", static (x, r) =>
        {
            x.Xml.WriteAttributeString("code", r.Code);
            x.Xml.WriteAttributeString("vocabulary", r.Vocabulary);
            x.Attr("percentage", Percent(r.Percentage));
        });

        private void Sectors(ImmutableArray<IatiSector> sectors) => Each(sectors, "sector", static (x, s) =>
        {
            x.Xml.WriteAttributeString("vocabulary", s.Vocabulary);
            x.Xml.WriteAttributeString("code", s.Code);
            x.Attr("percentage", Percent(s.Percentage));
            if (s.Name is { } name)
            {
                x.Narrative(name);
            }
        });

        // One element per item, in order: the item's attributes and children are the caller's.
        // Static lambdas given the writer: one cached delegate each, nothing allocated per activity.
        private void Each<T>(ImmutableArray<T> items, string element, Action<Writer, T> content)
        {
            foreach (var item in items)
            {
                w.WriteStartElement(element);
                content(this, item);
                w.WriteEndElement();
            }
        }

        private XmlWriter Xml => w;

        private void Budgets(ImmutableArray<IatiBudget> budgets) => Each(budgets, "budget", static (x, b) =>
        {
            x.Xml.WriteAttributeString("type", Code(b.Type));
            x.Xml.WriteAttributeString("status", Code(b.Status));
            x.DateElement("period-start", b.Start);
            x.DateElement("period-end", b.End);
            x.Value(b.Value, b.ValueDate);
        });

        private void Transactions(ImmutableArray<IatiTransaction> transactions) => Each(transactions, "transaction", static (x, t) =>
        {
            if (t.Hints is { } th)
            {
                x.Ext("funders", th.Funders);
                x.Ext("value-date", th.StatedValueDate?.ToString());
                x.Ext("indicative", th.Indicative ? "true" : null);
                x.Ext("period", th.Period);
            }
            x.Xml.WriteStartElement("transaction-type");
            x.Attr("code", Code(t.Type));
            x.Xml.WriteEndElement();
            x.DateElement("transaction-date", t.Date);
            x.Value(t.Value, t.ValueDate);
            if (t.Description is { } description)
            {
                x.Xml.WriteStartElement("description");
                x.Narrative(description);
                x.Xml.WriteEndElement();
            }
            x.Organisation("provider-org", t.Provider, "provider-activity-id");
            x.Organisation("receiver-org", t.Receiver, "receiver-activity-id");
        });

        private void RelatedActivities(ImmutableArray<IatiRelatedActivity> related) => Each(related, "related-activity", static (x, r) =>
        {
            x.Xml.WriteAttributeString("ref", r.Ref);
            x.Attr("type", Code(r.Type));
        });

        private void Organisation(string element, IatiOrganisation? o, string activityIdAttribute)
        {
            if (o is null)
            {
                return;
            }
            w.WriteStartElement(element);
            Attr("ref", o.Ref);
            Attr("type", Code(o.Type));
            Attr(activityIdAttribute, o.ActivityId);
            Ext("agency", o.AgencyHint);
            Narrative(o.Name);
            w.WriteEndElement();
        }

        private void Value(Money? value, LocalDate? valueDate)
        {
            if (value is not { } v)
            {
                return;
            }
            w.WriteStartElement("value");
            w.WriteAttributeString("currency", v.Currency.ToString());
            Attr("value-date", valueDate is { } d ? Date(d) : null);
            w.WriteString(v.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        private void DateElement(string element, LocalDate? date)
        {
            if (date is { } d)
            {
                w.WriteStartElement(element);
                w.WriteAttributeString("iso-date", Date(d));
                w.WriteEndElement();
            }
        }

        private void Narrative(string? text)
        {
            if (text is not null)
            {
                w.WriteElementString("narrative", Clean(text));
            }
        }

        private void Attr(string name, string? value)
        {
            if (value is not null)
            {
                w.WriteAttributeString(name, value);
            }
        }

        private void Ext(string name, string? value)
        {
            if (extensions && value is not null)
            {
                w.WriteAttributeString(name, IatiReader.ExtensionNamespace, value);
            }
        }

        private static string Date(LocalDate d) => LocalDatePattern.Iso.Format(d);

        private static string? Code(int? code) => code?.ToString(CultureInfo.InvariantCulture);

        private static string? Percent(decimal? p) => p?.ToString(CultureInfo.InvariantCulture);

        // XML 1.0 cannot carry most control characters: they are dropped rather than failing the whole export.
        private static string Clean(string text)
        {
            foreach (var c in text)
            {
                if (c < ' ' && c is not ('\n' or '\r' or '\t'))
                {
                    return new string([.. text.Where(ch => ch >= ' ' || ch is '\n' or '\r' or '\t')]);
                }
            }
            return text;
        }
    }
}
