using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>Writes programmes and GFMD matrix activities of a model, with their funding, as IATI Activity Standard 2.03
/// activities.</summary>
/// <remarks>
/// <para>Identifiers (stable as long as the model's ids and the matrix's row order are):
/// a programme is <c>{reporting-org ref}-{programme id}</c>, such as <c>AA-AAA-123456789-jmdi</c>, with its id also as
/// <c>other-identifier</c> type A1; a matrix activity is <c>{ref}-gfmd-2007-{session}-{row}</c>, such as
/// <c>AA-AAA-123456789-gfmd-2007-1a-1</c>, the row counted from 1 within its session.</para>
/// <para>What IATI requires and the model may lack is never made up: a programme without partners is left out, and a
/// commitment without an amount or a value date is not written, each with a finding
/// (<see cref="IatiExportResult.Findings"/>). An activity without stated dates follows
/// <see cref="IatiExportOptions.UndatedActivities"/>. docs/iati.md gives the whole mapping.</para>
/// <para>Every export is checked by <see cref="IatiRules"/>; the tests validate the export of the whole embedded catalog
/// against the IATI 2.03 schema.</para>
/// </remarks>
public sealed class IatiExporter
{
    private readonly MigDevModel _model;
    private readonly IatiExportOptions _options;
    private readonly LocalDate _today;
    private readonly Dictionary<string, SourceDocument> _documents;
    private readonly Dictionary<Activity, int> _rows = new(ReferenceEqualityComparer.Instance);

    // The model's agency that publishes the export, when its IATI identifier is the reporting organisation's.
    private AgencyId? ReporterAgency { get; }

    /// <summary>Creates an exporter.</summary>
    /// <param name="model">The model: its programmes, activities, commitments, agencies and documents.</param>
    /// <param name="options">The publisher and the choices of the export.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IatiExporter(MigDevModel model, IatiExportOptions options)
    {
        _model = Guard.Against.Null(model);
        _options = Guard.Against.Null(options);
        ReporterAgency = model.Agencies.TryGetByIatiIdentifier(options.ReportingOrg.Ref, out var reporter) ? reporter.Id : null;
        _today = options.GeneratedAt.InUtc().Date;
        _documents = model.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var session in model.Activities.GroupBy(a => (a.Roundtable, a.Session)))
        {
            var row = 0;
            foreach (var activity in session)
            {
                _rows[activity] = ++row;
            }
        }
    }

    /// <summary>Returns the <c>iati-identifier</c> of a programme: <c>{reporting-org ref}-{programme id}</c>.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is <see langword="null"/>.</exception>
    public string IdentifierOf(Programme programme) => $"{_options.ReportingOrg.Ref}-{Guard.Against.Null(programme).Id}";

    /// <summary>Returns the <c>iati-identifier</c> of a GFMD matrix activity: <c>{ref}-gfmd-2007-{session}-{row}</c>.</summary>
    /// <param name="activity">The activity, one of the model's.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The activity is not one of the model's.</exception>
    public string IdentifierOf(Activity activity)
    {
        Guard.Against.Null(activity);
        Guard.Against.Invalid(!_rows.TryGetValue(activity, out var row),
            $"The activity {activity.Roundtable}{activity.Session} '{Short(activity.Text)}' is not one of the model's.", nameof(activity));
        return $"{_options.ReportingOrg.Ref}-gfmd-2007-{activity.Roundtable}{activity.Session}-{row}";
    }

    /// <summary>Builds the export of every programme and every GFMD matrix activity of the model.</summary>
    /// <returns>The export.</returns>
    public IatiExportResult ExportAll() => Export(_model.Programmes, _model.Activities);

    /// <summary>Builds the export of some programmes and matrix activities, with the model's commitments to those
    /// programmes.</summary>
    /// <param name="programmes">The programmes.</param>
    /// <param name="activities">The matrix activities, or <see langword="null"/> for none.</param>
    /// <returns>The export.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programmes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A matrix activity is not one of the model's.</exception>
    public IatiExportResult Export(IEnumerable<Programme> programmes, IEnumerable<Activity>? activities = null)
    {
        Guard.Against.Null(programmes);
        var findings = new List<IatiFinding>();
        var chosen = programmes.ToList();
        var exported = new Dictionary<ProgrammeId, string>();
        var built = new List<IatiActivity>();
        foreach (var p in chosen)
        {
            if (p.Partners.IsEmpty)
            {
                findings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, IdentifierOf(p), $"programmes[{p.Id}]", null,
                    $"programme '{p.Id}' is left out: IATI requires a participating organisation and the sources name none for it."));
                continue;
            }
            if (p.Period?.Start is null && p.Period?.End is null && _options.UndatedActivities == IatiUndatedActivities.Omit)
            {
                findings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, IdentifierOf(p), $"programmes[{p.Id}]", null,
                    $"programme '{p.Id}' is left out: IATI requires a date and the sources state none for it."));
                continue;
            }
            exported[p.Id] = IdentifierOf(p);
        }
        var position = 0;
        foreach (var p in chosen.Where(p => exported.ContainsKey(p.Id)))
        {
            var a = new ActivityBuilder(this, ++position, exported[p.Id]).Programme(p, exported, findings);
            findings.AddRange(a.Findings);
            built.Add(a);
        }
        foreach (var activity in activities ?? [])
        {
            var id = IdentifierOf(activity);
            if (_options.UndatedActivities == IatiUndatedActivities.Omit)
            {
                findings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, id, id, null,
                    "the matrix activity is left out: IATI requires a date and the matrix states none."));
                continue;
            }
            var a = new ActivityBuilder(this, ++position, id).MatrixActivity(activity);
            findings.AddRange(a.Findings);
            built.Add(a);
        }
        return new IatiExportResult([.. built], [.. findings], _options);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";

    // Equal percentages that add up to exactly 100, in hundredths, by the allocation of Money (the remainder to the first).
    private static decimal[] Percentages(int count)
    {
        var weights = Enumerable.Repeat(1m, count).ToArray();
        return [.. new Money(100m, CurrencyCode.USD).Allocate(weights, 2).Shares.Select(s => s.Amount)];
    }

    private static int? IatiRole(OrganisationRole role) => IatiCodes.OrganisationRole(role) ?? role switch
    {
        OrganisationRole.Chair or OrganisationRole.CoChair or OrganisationRole.Convener => 2,
        _ => 4,
    };

    private sealed class ActivityBuilder(IatiExporter exporter, int position, string identifier)
    {
        private readonly string _root = $"iati-activity[{position}]";
        private readonly List<IatiFinding> _findings = [];
        private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

        private IatiExportOptions Options => exporter._options;

        private MigDevModel Model => exporter._model;

        public IatiActivity Programme(Programme p, Dictionary<ProgrammeId, string> exported, List<IatiFinding> exportFindings)
        {
            var descriptions = ImmutableArray.CreateBuilder<IatiDescription>();
            var general = p.Acronym is null ? p.Name : $"{p.Name} ({p.Acronym})";
            descriptions.Add(new IatiDescription(Path("description"), null, 1, p.Note is null ? general + "." : $"{general}. Reading note: {p.Note}"));
            AddCitations(descriptions, p.Citations);

            var orgs = p.Partners.Select(x => Participating(x.Agency, x.Role)).ToImmutableArray();
            var (dates, status) = Dates(p.Period, p.Citations, statusIfUndated: 2);
            var countries = Countries(p.Countries);
            var sectors = ImmutableArray.Create(new IatiSector(Path("sector"), null, "1", IatiSector.MigrationPurposeCode, 100m,
                "Facilitation of orderly, safe, regular and responsible migration and mobility"));

            var budgets = ImmutableArray.CreateBuilder<IatiBudget>();
            var transactions = ImmutableArray.CreateBuilder<IatiTransaction>();
            for (var i = 0; i < Model.Commitments.Length; i++)
            {
                var c = Model.Commitments[i];
                if (c.Programme == p.Id)
                {
                    Funding(c, i, budgets, transactions, exportFindings);
                }
            }

            var related = ImmutableArray.CreateBuilder<IatiRelatedActivity>();
            if (p.Parent is { } parent && exported.TryGetValue(parent, out var parentId))
            {
                related.Add(new IatiRelatedActivity(Path("related-activity"), null, parentId, 1));
            }
            foreach (var child in Model.Programmes.Where(c => c.Parent == p.Id && exported.ContainsKey(c.Id)))
            {
                related.Add(new IatiRelatedActivity(Path("related-activity"), null, exported[child.Id], 2));
            }
            return new IatiActivity(_root, null, identifier, Reporter(), Options.ReportingOrg.IsSecondaryReporter, null, Options.Language, null, p.Name, descriptions.ToImmutable(), orgs,
                [new IatiOtherIdentifier(Path("other-identifier"), null, p.Id.Value, "A1")], status, dates, countries, [], sectors,
                budgets.ToImmutable(), transactions.ToImmutable(), related.ToImmutable(), [.. _findings],
                new MigDevActivityHints(p.Period?.ToString(), p.Phase));
        }

        public IatiActivity MatrixActivity(Activity a)
        {
            var session = Model.Sessions.FirstOrDefault(s => s.Roundtable == a.Roundtable && s.Letter == a.Session);
            var roundtable = Model.Roundtables.FirstOrDefault(r => r.Number == a.Roundtable);
            var key = $"{a.Roundtable}{a.Session}";
            var descriptions = ImmutableArray.CreateBuilder<IatiDescription>();
            var text = a.SubActivities.IsEmpty ? a.Text : a.Text + "\n" + string.Join("\n", a.SubActivities.Select(s => "- " + s));
            descriptions.Add(new IatiDescription(Path("description"), null, 1, text));
            foreach (var objective in a.Objectives)
            {
                descriptions.Add(new IatiDescription(Path("description"), null, 2, objective));
            }
            if (a.ReadingNote is { } note)
            {
                descriptions.Add(new IatiDescription(Path("description"), null, 4, "Reading note: " + note));
            }
            AddCitations(descriptions, a.Citations);
            var orgs = a.GmgMembersWithExpertise.Select(m => Participating(m, OrganisationRole.GmgMemberWithExpertise)).ToImmutableArray();
            // The matrix proposes activities (GFMD 2007): 1 Pipeline/identification.
            var (dates, status) = Dates(null, a.Citations, statusIfUndated: 1);
            var sectors = ImmutableArray.CreateBuilder<IatiSector>();
            sectors.Add(new IatiSector(Path("sector"), null, "1", IatiSector.MigrationPurposeCode, 100m, "Facilitation of orderly, safe, regular and responsible migration and mobility"));
            sectors.Add(new IatiSector(Path("sector"), null, "98", $"GFMD-2007-RT{a.Roundtable}", 100m, roundtable is null ? null : $"GFMD 2007 Roundtable {a.Roundtable}: {roundtable.Title}"));
            sectors.Add(new IatiSector(Path("sector"), null, "99", $"GFMD-2007-{key}", 100m, session is null ? null : $"GFMD 2007 session {key}: {session.Title}"));
            var title = $"GFMD 2007 matrix, session {key}, row {exporter._rows[a]}: {FirstSentence(a.Text)}";
            return new IatiActivity(_root, null, identifier, Reporter(), Options.ReportingOrg.IsSecondaryReporter, null, Options.Language, null, title, descriptions.ToImmutable(), orgs, [],
                status, dates, [], [], sectors.ToImmutable(), [], [], [], [.. _findings], null);
        }

        private void Funding(FundingCommitment c, int index, ImmutableArray<IatiBudget>.Builder budgets, ImmutableArray<IatiTransaction>.Builder transactions, List<IatiFinding> exportFindings)
        {
            var where = $"commitments[{index}]";
            if (c.Amount is not { } amount)
            {
                exportFindings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, identifier, where, null,
                    $"the commitment is {c.RelativeAmount} of {c.RelativeTo}, not an amount: IATI values are amounts, so it is not written."));
                return;
            }
            // A period with a known first and last day becomes budgets of at most a year each.
            if (c.Period is { } period && Bounds(period) is ({ } start, { } end) && !YearlyBudgets(c, amount, start, end, budgets))
            {
                exportFindings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, identifier, where, null,
                    $"the amount {amount} has too many digits to be split into yearly budgets exactly: no budget is written of it."));
            }
            if (c.Stage == FundingStage.Budget)
            {
                if (c.Period is null || Bounds(c.Period) is not ({ }, { }))
                {
                    exportFindings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, identifier, where, null,
                        "the budget has no period with a first and a last day: IATI budgets need one, so it is not written."));
                }
                return;
            }
            if (c.ValueDate is not { } valueDate)
            {
                exportFindings.Add(new IatiFinding(IatiRuleIds.NotExported, IatiSeverity.Warning, identifier, where, null,
                    $"the commitment of {amount} has no value date: IATI requires one on every value, so no transaction is written" +
                    (c.Period is null ? "." : " (its budget is).")));
                return;
            }
            Transactions(c, amount, valueDate, transactions);
        }

        // False when the amount cannot be split exactly (a decimal overflows); an amount finer than its currency's minor
        // unit (an IATI value of GBP 60000.0000122) is split in units of its own decimals, so nothing is rounded.
        private bool YearlyBudgets(FundingCommitment c, Money amount, LocalDate start, LocalDate end, ImmutableArray<IatiBudget>.Builder budgets)
        {
            var periods = new List<(LocalDate Start, LocalDate End)>();
            for (LocalDate? s = start; s is { } from && from <= end; s = Plus(from, Period.FromYears(1)))
            {
                var e = Plus(from, Period.FromYears(1))?.PlusDays(-1);
                periods.Add((from, e is { } last && last < end ? last : end));
            }
            var weights = periods.Select(x => (decimal)(Period.Between(x.Start, x.End.PlusDays(1), PeriodUnits.Days).Days)).ToArray();
            Allocation parts;
            try
            {
                parts = amount.Allocate(weights, Math.Max(amount.Amount.Scale, amount.Currency.MinorUnit ?? 0));
            }
            catch (OverflowException)
            {
                return false;
            }
            for (var k = 0; k < periods.Count; k++)
            {
                var path = Path("budget");
                budgets.Add(new IatiBudget(path, null, c.BudgetKind == BudgetKind.Revised ? 2 : 1, c.IsIndicative ? 1 : 2, periods[k].Start, periods[k].End, parts[k], periods[k].Start, path + "/value"));
            }
            return true;
        }

        // One transaction, or one per funder when every funder's share is stated.
        private void Transactions(FundingCommitment c, Money amount, PartialDate valueDate, ImmutableArray<IatiTransaction>.Builder transactions)
        {
            var day = Options.ValueDay(valueDate);
            var type = IatiCodes.TransactionTypeFromSide(c.Stage, DirectionOf(c));
            IatiOrganisation? ReceiverIn(string transaction) => c.Recipient is { } r ? Organisation(r, "receiver-org", transaction) : null;
            var hintDate = valueDate.Precision == DatePrecision.Day ? (PartialDate?)null : valueDate;
            if (c.Funders.Length > 1 && c.Funders.All(f => f.Share is not null))
            {
                foreach (var (funder, part) in c.SplitByFunder())
                {
                    var path = Path("transaction");
                    transactions.Add(new IatiTransaction(path, null, type, day, part, day, path + "/value", Organisation(funder, "provider-org", path), ReceiverIn(path), null,
                        new MigDevTransactionHints(null, hintDate, c.IsIndicative, c.Period?.ToString())));
                }
                return;
            }
            var tpath = Path("transaction");
            var provider = c.Funders.Length == 1 ? Organisation(c.Funders[0].Funder, "provider-org", tpath) : null;
            var description = c.Funders.Length == 1 ? null
                : $"Co-financed by {string.Join(" and ", c.Funders.Select(f => Model.Agencies.TryGet(f.Funder, out var ag) ? ag.Name : f.Funder.ToString()))}; the shares are not stated.";
            transactions.Add(new IatiTransaction(tpath, null, type, day, amount, day, tpath + "/value", provider, ReceiverIn(tpath), description,
                new MigDevTransactionHints(c.Funders.Length == 1 ? null : string.Join(' ', c.Funders.Select(f => f.Funder.Value)), hintDate, c.IsIndicative, c.Period?.ToString())));
        }

        // From the reporter's side (docs/iati.md, "Directions"): a direction the model states (read from IATI) stands;
        // otherwise the money is outgoing when the reporting organisation is one of the funders, and incoming to the
        // activity when another funds it (a funder's disbursement to IOM is IOM's 1 Incoming Funds, not 3).
        private FlowDirection DirectionOf(FundingCommitment c) => c.Direction != FlowDirection.Unstated ? c.Direction
            : exporter.ReporterAgency is { } reporter && c.Funders.Any(f => f.Funder == reporter) ? FlowDirection.Outgoing : FlowDirection.Incoming;

        private static (LocalDate? Start, LocalDate? End) Bounds(Timeframe t)
        {
            LocalDate? start = t.Start?.FirstDay;
            LocalDate? end = t.End?.LastDay ?? (start is { } s && t.Duration is { } d ? Plus(s, d)?.PlusDays(-1) : null);
            return (start, end);
        }

        // A date plus a period, or null past the calendar's last year (9999).
        private static LocalDate? Plus(LocalDate date, Period period)
        {
            try
            {
                return date.Plus(period);
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        private (ImmutableArray<IatiActivityDate> Dates, int Status) Dates(Timeframe? period, ImmutableArray<Citation> citations, int statusIfUndated)
        {
            var dates = ImmutableArray.CreateBuilder<IatiActivityDate>();
            var (start, end) = period is null ? (null, null) : Bounds(period);
            if (start is null && end is null)
            {
                var source = citations.Select(c => exporter._documents.GetValueOrDefault(c.DocumentId)?.Date?.Start).OfType<PartialDate>()
                    .OrderBy(d => d.FirstDay).FirstOrDefault();
                if (source == default)
                {
                    // No source date either: the day of the export stands, marked the same way.
                    source = PartialDate.FromDate(exporter._today);
                }
                var path = Path("activity-date");
                dates.Add(new IatiActivityDate(path, null, 1, source.FirstDay, source, isProxy: true));
                _findings.Add(new IatiFinding(IatiRuleIds.DateFromSource, IatiSeverity.Warning, identifier, path, null,
                    $"the sources state no dates for this activity: its planned start is the date of the earliest source citing it ({source}), marked as such."));
                return (dates.ToImmutable(), statusIfUndated);
            }
            if (start is { } s)
            {
                dates.Add(new IatiActivityDate(Path("activity-date"), null, s <= exporter._today ? 2 : 1, s, period!.Start, false));
            }
            if (end is { } e)
            {
                // A stated end that has passed is the actual end (4); an end reckoned from a duration stays planned (3).
                var type = e < exporter._today && period!.End is not null ? 4 : 3;
                dates.Add(new IatiActivityDate(Path("activity-date"), null, type, e, period!.End, false));
            }
            var status = start > exporter._today ? 1 : end < exporter._today ? 4 : 2;
            return (dates.ToImmutable(), status);
        }

        private ImmutableArray<IatiRecipientCountry> Countries(ImmutableArray<ProgrammeCountry> countries)
        {
            var distinct = countries.Select(c => c.Country).Distinct().ToList();
            var percentages = distinct.Count > 1 ? Percentages(distinct.Count) : null;
            var result = ImmutableArray.CreateBuilder<IatiRecipientCountry>();
            for (var i = 0; i < distinct.Count; i++)
            {
                // A country listed under two relations is one recipient: the first relation is kept.
                var relation = countries.First(c => c.Country == distinct[i]).Relation;
                result.Add(new IatiRecipientCountry(Path("recipient-country"), null, distinct[i], percentages?[i], relation.ToString()));
            }
            return result.ToImmutable();
        }

        private void AddCitations(ImmutableArray<IatiDescription>.Builder descriptions, ImmutableArray<Citation> citations)
        {
            foreach (var c in citations)
            {
                descriptions.Add(new IatiDescription(Path("description"), null, 4, IatiImporter.CitationToText(c)));
            }
        }

        private IatiParticipatingOrg Participating(AgencyId id, OrganisationRole role)
        {
            var path = Path("participating-org");
            var agency = Model.Agencies.TryGet(id, out var a) ? a : null;
            return new IatiParticipatingOrg(path, null, agency?.IatiIdentifier, null, agency?.Name ?? id.Value, null, id.Value, IatiRole(role), role.ToString());
        }

        private IatiOrganisation Organisation(AgencyId id, string element, string parent)
        {
            var agency = Model.Agencies.TryGet(id, out var a) ? a : null;
            return new IatiOrganisation($"{parent}/{element}", null, agency?.IatiIdentifier, null, agency?.Name ?? id.Value, null, id.Value);
        }

        private IatiOrganisation Reporter() =>
            new(_root + "/reporting-org", null, Options.ReportingOrg.Ref, Options.ReportingOrg.Type, Options.ReportingOrg.Name, null, null);

        private string Path(string element)
        {
            var n = _counters[element] = _counters.GetValueOrDefault(element) + 1;
            return $"{_root}/{element}[{n}]";
        }

        private static string FirstSentence(string text)
        {
            var end = text.IndexOf(". ", StringComparison.Ordinal);
            var sentence = end > 0 ? text[..(end + 1)] : text;
            return sentence.Length <= 200 ? sentence : sentence[..197] + "...";
        }
    }
}
