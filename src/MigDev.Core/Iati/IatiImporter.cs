using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using NodaTime;

namespace MigDev.Core.Iati;

/// <summary>Turns IATI activities into the domain model: each activity a <see cref="Programme"/>, each organisation an
/// <see cref="Agency"/> (found by IATI identifier, or new with the name given), each budget and transaction a
/// <see cref="FundingCommitment"/> with <see cref="Money"/> and its value date.</summary>
/// <remarks>
/// <para>Programme ids: the reporting organisation's own id (<c>other-identifier</c> of type A1) when it is a valid
/// <see cref="ProgrammeId"/>, else the <c>iati-identifier</c> in lower case with every run of other characters made one
/// hyphen (<c>XM-DAC-47066-DP.2154</c> → <c>xm-dac-47066-dp-2154</c>); a clash takes a suffix <c>-2</c>, <c>-3</c>... with
/// a finding.</para>
/// <para>Nothing is left out silently: what cannot become a record (a transaction with no type of the codelist, money
/// without an amount or a funder, a parent outside the import) is a <see cref="IatiRuleIds.NotImported"/> finding, and
/// stays readable on the <see cref="IatiActivity"/>. docs/iati.md gives the whole mapping.</para>
/// <para>Immutable: one importer imports any number of files, each into a model of its own, or several into one
/// (<see cref="ImportFiles"/>, <see cref="ImportDirectory"/>).</para>
/// </remarks>
public sealed partial class IatiImporter
{
    private readonly AgencyDirectory _agencies;
    private readonly ImmutableArray<SourceDocument> _documents;

    /// <summary>Creates an importer.</summary>
    /// <param name="agencies">The agencies organisations resolve to, such as <c>MigDevCatalog.Default.Agencies</c> (nothing is
    /// loaded behind your back: pass <see cref="AgencyDirectory.Empty"/> to resolve none).</param>
    /// <param name="documents">The documents the agencies' citations cite, kept in each model so that it validates
    /// (<c>MigDevCatalog.Default.Documents</c> with the embedded catalog's agencies; none with
    /// <see cref="AgencyDirectory.Empty"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or a document is.</exception>
    public IatiImporter(AgencyDirectory agencies, IEnumerable<SourceDocument> documents)
    {
        _agencies = Guard.Against.Null(agencies);
        _documents = [.. Guard.Against.Null(documents)];
        for (var i = 0; i < _documents.Length; i++)
        {
            Guard.Against.NullElement(_documents[i], i, nameof(documents));
        }
    }

    /// <summary>Imports activities.</summary>
    /// <param name="activities">The activities, such as <see cref="IatiReader.ReadFile(string, IatiReaderLimits)"/> gives them.</param>
    /// <returns>The model, the new agencies, the activities and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is <see langword="null"/> or has a
    /// <see langword="null"/> activity.</exception>
    /// <exception cref="MigDevDataException">While reading lazily: the XML is not well formed.</exception>
    public IatiImportResult Import(IEnumerable<IatiActivity> activities)
    {
        Guard.Against.Null(activities);
        var list = new List<IatiActivity>();
        foreach (var activity in activities)
        {
            Guard.Against.NullElement(activity, list.Count, nameof(activities));
            list.Add(activity);
        }
        return Import(list, static _ => null);
    }

    /// <summary>Reads and imports a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits the file must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="MigDevDataException">The file is not well-formed XML or not IATI activities, or goes beyond a
    /// limit.</exception>
    public IatiImportResult ImportFile(string path, IatiReaderLimits? limits = null) => Import(IatiReader.ReadFile(path, limits));

    /// <summary>Reads several files and imports them into one model, in which each organisation is one agency whatever
    /// file names it, and the money two publishers both report can be counted once (<see cref="FundingAnalytics.Pairs"/>).</summary>
    /// <param name="paths">The files, read in the order given.</param>
    /// <param name="progress">Told after every 500 activities read and after each file, or <see langword="null"/>.</param>
    /// <param name="limits">The limits each file must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The result; each finding names its <see cref="IatiFinding.File"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/> or has a
    /// <see langword="null"/> path.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty.</exception>
    /// <exception cref="MigDevDataException">A file is not well-formed XML or not IATI activities, or goes beyond a limit;
    /// the message names it.</exception>
    public IatiImportResult ImportFiles(IEnumerable<string> paths, IProgress<IatiImportProgress>? progress = null, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(paths);
        List<string> files = [.. paths];
        for (var i = 0; i < files.Count; i++)
        {
            Guard.Against.NullElement(files[i], i, nameof(paths));
        }
        Guard.Against.Invalid(files.Count == 0, "Give at least one file to import.", nameof(paths));
        var list = new List<IatiActivity>();
        var fileOf = new Dictionary<IatiActivity, string>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < files.Count; k++)
        {
            foreach (var activity in IatiReader.ReadFile(files[k], limits))
            {
                list.Add(activity);
                fileOf[activity] = files[k];
                if (list.Count % 500 == 0)
                {
                    progress?.Report(new IatiImportProgress(files[k], k + 1, files.Count, list.Count, fileDone: false));
                }
            }
            progress?.Report(new IatiImportProgress(files[k], k + 1, files.Count, list.Count, fileDone: true));
        }
        return Import(list, a => fileOf[a]);
    }

    /// <summary>Reads every <c>*.xml</c> file of a folder (not its subfolders), in ordinal order of their names, and imports
    /// them into one model (<see cref="ImportFiles"/>).</summary>
    /// <param name="path">The folder.</param>
    /// <param name="progress">Told after every 500 activities read and after each file, or <see langword="null"/>.</param>
    /// <param name="limits">The limits each file must keep; <see langword="null"/> for <see cref="IatiReaderLimits.Default"/>.</param>
    /// <returns>The result; each finding names its <see cref="IatiFinding.File"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The folder has no <c>*.xml</c> file.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="MigDevDataException">A file is not well-formed XML or not IATI activities, or goes beyond a limit;
    /// the message names it.</exception>
    public IatiImportResult ImportDirectory(string path, IProgress<IatiImportProgress>? progress = null, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(path);
        var files = Directory.GetFiles(path, "*.xml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        Guard.Against.Invalid(files.Count == 0, $"The folder '{path}' has no *.xml file to import.", nameof(path));
        return ImportFiles(files, progress, limits);
    }

    private IatiImportResult Import(List<IatiActivity> list, Func<IatiActivity, string?> fileOf)
    {
        var state = new ImportState(_agencies, list, fileOf);
        foreach (var activity in list)
        {
            var file = fileOf(activity);
            state.Findings.AddRange(activity.Findings.Select(f => f.InFile(file)));
            state.AssignId(activity);
        }
        state.ResolveAll(list);
        var programmes = new List<Programme>(list.Count);
        var commitments = new List<FundingCommitment>();
        foreach (var activity in list)
        {
            programmes.Add(state.ToProgramme(activity));
            state.AddCommitments(activity, commitments);
        }
        var directory = state.NewAgencies.Count == 0 ? state.Directory : state.Directory.With(state.NewAgencies);
        var model = new MigDevModel(directory, _documents) { Programmes = [.. programmes], Commitments = [.. commitments] };
        return new IatiImportResult(model, [.. state.NewAgencies], [.. list], [.. state.Findings], state.Ids.ToImmutableDictionary(StringComparer.Ordinal))
        {
            Organisations = state.Matches(), AgenciesByElement = state.ByElement,
        };
    }

    [GeneratedRegex(@"^Source (?<doc>\S+), lines? (?<first>\d+)(?:-(?<last>\d+))?: ""(?<quote>.*)""$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    internal static partial Regex CitationText();

    internal static string CitationToText(Citation c) =>
        c.FirstLine == c.LastLine ? $"Source {c.DocumentId}, line {c.FirstLine}: \"{c.Quote}\"" : $"Source {c.DocumentId}, lines {c.FirstLine}-{c.LastLine}: \"{c.Quote}\"";

    private sealed class ImportState(AgencyDirectory directory, List<IatiActivity> activities, Func<IatiActivity, string?> fileOf)
    {
        private readonly IatiOrganisationResolver _resolver = new(directory, activities.SelectMany(OrganisationsOf));
        private readonly Dictionary<IatiOrganisation, AgencyId> _byElement = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IatiOrganisationResolver.Spelling, int> _elements = new(ReferenceEqualityComparer.Instance);
        private readonly List<IatiOrganisationResolver.Spelling> _matched = [];
        private readonly Dictionary<IatiOrganisationResolver.NewOrganisation, Agency> _made = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<ProgrammeId> _takenProgrammeIds = [];

        public AgencyDirectory Directory { get; } = directory;

        public List<Agency> NewAgencies { get; } = [];

        public List<IatiFinding> Findings { get; } = [];

        public Dictionary<string, ProgrammeId> Ids { get; } = new(StringComparer.Ordinal);

        private Dictionary<IatiActivity, ProgrammeId> ByActivity { get; } = new(ReferenceEqualityComparer.Instance);

        public void AssignId(IatiActivity a)
        {
            // The reporter's own id when the file writes it as a ProgrammeId is written (a file is read as written).
            var own = a.OtherIdentifiers.FirstOrDefault(o => o.Type == "A1" && KebabId.IsValid(o.Ref))?.Ref;
            var baseId = own ?? KebabId.From(a.Identifier ?? $"iati-activity-{ByActivity.Count + 1}", "iati-activity");
            var id = ProgrammeId.Parse(baseId);
            for (var n = 2; !_takenProgrammeIds.Add(id); n++)
            {
                id = ProgrammeId.Parse($"{baseId[..Math.Min(baseId.Length, 58)]}-{n}");
            }
            if (id.Value != baseId)
            {
                Add(a, a.Element, IatiSeverity.Warning, $"the programme id '{baseId}' is taken by an earlier activity: this one is '{id}'.", IatiRuleIds.NotImported);
            }
            ByActivity[a] = id;
            if (a.Identifier is { } identifier && !Ids.TryAdd(identifier, id))
            {
                Add(a, a.Element + "/iati-identifier", IatiSeverity.Warning,
                    $"the iati-identifier '{identifier}' is an earlier activity's too: this one is programme '{id}', and references to the identifier mean the earlier one.", IatiRuleIds.NotImported);
            }
        }

        public Programme ToProgramme(IatiActivity a)
        {
            var id = ByActivity[a];
            var partners = Partners(a);
            var countries = Countries(a);
            ProgrammeId? parent = null;
            foreach (var rel in a.RelatedActivities.Where(r => r.Type == 1))
            {
                if (Ids.TryGetValue(rel.Ref, out var p) && p != id)
                {
                    parent = p;
                    break;
                }
                Add(a, rel.Element, IatiSeverity.Warning, $"the parent activity '{rel.Ref}' is not in this import: the programme has no parent.", IatiRuleIds.NotImported);
            }
            var citations = new List<Citation>();
            foreach (var d in a.Descriptions.Where(d => d.Type == 4))
            {
                var m = CitationText().Match(d.Text);
                if (m.Success)
                {
                    var first = int.Parse(m.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var last = m.Groups["last"].Success ? int.Parse(m.Groups["last"].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
                    citations.Add(new Citation(m.Groups["doc"].Value, first, last, m.Groups["quote"].Value));
                }
            }
            var name = a.Title ?? a.Identifier ?? id.Value;
            if (a.Title is null)
            {
                Add(a, a.Element + "/title", IatiSeverity.Warning, $"the activity has no title: the programme is named '{name}'.", IatiRuleIds.Missing);
            }
            var note = a.Identifier is null ? null : $"Imported from IATI activity {a.Identifier}.";
            try
            {
                return new Programme(id, name)
                {
                    Partners = [.. partners], Countries = [.. countries], Parent = parent, Phase = a.Hints?.Phase, Period = PeriodOf(a),
                    Citations = [.. citations], Note = note, IatiIdentifier = a.Identifier,
                };
            }
            catch (ArgumentException e)
            {
                // What the file says contradicts itself (a partner twice, a phase 0...): the programme keeps its id and
                // name, and the finding says what was refused; the activity still has it all.
                Add(a, a.Element, IatiSeverity.Error, $"the programme could not take the activity as written ({e.Message}): it has only its id and name.", IatiRuleIds.NotImported);
                return new Programme(id, name) { Note = note, IatiIdentifier = a.Identifier };
            }
        }

        private List<Participant> Partners(IatiActivity a)
        {
            var partners = new List<Participant>();
            foreach (var org in a.ParticipatingOrgs)
            {
                if (Resolve(a, org) is not { } agency)
                {
                    continue;
                }
                OrganisationRole role;
                if (org.RoleHint is { } hint && Enum.TryParse(hint, ignoreCase: false, out OrganisationRole hinted) && Enum.IsDefined(hinted))
                {
                    role = hinted;
                }
                else if (org.Role is >= 1 and <= 4)
                {
                    role = IatiCodes.OrganisationRoleOf(org.Role.Value);
                }
                else
                {
                    Add(a, org.Element + "/@role", IatiSeverity.Error, $"'{org.Role?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no role"}' is not an IATI organisation role (1 to 4): {org.Name ?? org.Ref} is not a partner of the programme.", IatiRuleIds.NotImported);
                    continue;
                }
                if (partners.Any(p => p.Agency == agency && p.Role == role))
                {
                    Add(a, org.Element, IatiSeverity.Warning, $"{org.Name ?? org.Ref} is agency '{agency}' in role {role} already: kept once.", IatiRuleIds.NotImported);
                    continue;
                }
                partners.Add(new Participant(agency, role));
            }
            return partners;
        }

        private List<ProgrammeCountry> Countries(IatiActivity a)
        {
            var countries = new List<ProgrammeCountry>();
            foreach (var c in a.RecipientCountries)
            {
                var relation = c.RelationHint is { } r && Enum.TryParse(r, ignoreCase: false, out CountryRelation hinted) && Enum.IsDefined(hinted) ? hinted : CountryRelation.ProgrammeCountry;
                if (countries.Any(x => x.Country == c.Country && x.Relation == relation))
                {
                    Add(a, c.Element, IatiSeverity.Warning, $"{c.Country} is a recipient country twice: kept once.", IatiRuleIds.NotImported);
                    continue;
                }
                countries.Add(new ProgrammeCountry(c.Country, relation));
            }
            return countries;
        }

        private static Timeframe? PeriodOf(IatiActivity a)
        {
            if (a.Hints?.Period is { } stated && Timeframe.TryParse(stated, out var t))
            {
                return t;
            }
            if (a.Dates.Any(d => d.IsProxy))
            {
                return null;
            }
            return (a.Start, a.End) switch
            {
                ({ } s, { } e) when e >= s => Timeframe.Between(PartialDate.FromDate(s), PartialDate.FromDate(e)),
                ({ } s, _) => Timeframe.Since(PartialDate.FromDate(s)),
                (null, { } e) => new Timeframe(null, PartialDate.FromDate(e)),
                _ => null,
            };
        }

        public void AddCommitments(IatiActivity a, List<FundingCommitment> commitments)
        {
            var programme = ByActivity[a];
            // The reporting organisation stands for a missing funder or recipient only when it reports its own activity,
            // and becomes an agency only then.
            AgencyId? reporterId = null;
            AgencyId? Reporter() => reporterId ??= a.ReportingOrg is { } r && !a.IsSecondaryReporter ? Resolve(a, r) : null;
            var funders = a.ParticipatingOrgs.Where(o => o.Role == 1).Select(o => Resolve(a, o)).OfType<AgencyId>().Distinct().ToList();
            var revisions = a.Budgets.Where(r => r.Type == 2 && r.Value is not null && r.Start is not null && r.End is not null).ToList();
            foreach (var b in a.Budgets)
            {
                CheckCodes(a, b);
                if (b.Value is not { } value)
                {
                    Add(a, b.Element, IatiSeverity.Error, "the budget has no amount with a currency: no commitment is made of it.", IatiRuleIds.NotImported);
                    continue;
                }
                var budgetFunders = funders.Count > 0 ? funders : Reporter() is { } rep ? [rep] : [];
                if (budgetFunders.Count == 0)
                {
                    Add(a, b.Element, IatiSeverity.Error, $"the budget has no funding organisation (participating-org role 1), and the reporting organisation cannot stand for one (none, or a secondary reporter): no commitment is made of its {value}.", IatiRuleIds.NotImported);
                    continue;
                }
                Timeframe? period = b.Start is { } s && b.End is { } e && e >= s ? Timeframe.Between(PartialDate.FromDate(s), PartialDate.FromDate(e)) : null;
                AddChecked(a, b.Element, commitments, () => new FundingCommitment(budgetFunders.Select(f => new FundingContribution(f)), FundingStage.Budget, value)
                {
                    Programme = programme, ValueDate = b.ValueDate is { } vd ? PartialDate.FromDate(vd) : null, Period = period,
                    IsIndicative = b.Status != 2, BudgetKind = b.Type == 2 ? BudgetKind.Revised : BudgetKind.Original,
                    IsSuperseded = IsSuperseded(b, revisions), ReportedBy = Reporter(), Note = $"IATI {a.Identifier} {b.Element}.",
                });
            }
            AddTransactions(a, programme, funders, Reporter, commitments);
        }

        // A revised budget replaces the originals of the same activity whose whole period lies within its own (the same
        // period, or a part of it); an original that only overlaps it is not replaced (docs/iati.md, "Budgets").
        private static bool IsSuperseded(IatiBudget b, List<IatiBudget> revisions) =>
            b.Type != 2 && b.Start is { } start && b.End is { } end && revisions.Any(r => r.Start <= start && end <= r.End);

        // The BudgetType and BudgetStatus codelists have two codes each; another is read as the standard's default.
        private void CheckCodes(IatiActivity a, IatiBudget b)
        {
            if (b.Type is not (1 or 2))
            {
                Add(a, b.Element + "/@type", IatiSeverity.Warning, $"'{b.Type.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not an IATI BudgetType (1 Original, 2 Revised): the budget is read as an original.", IatiRuleIds.Unreadable);
            }
            if (b.Status is not (1 or 2))
            {
                Add(a, b.Element + "/@status", IatiSeverity.Warning, $"'{b.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}' is not an IATI BudgetStatus (1 Indicative, 2 Committed): the budget is read as indicative.", IatiRuleIds.Unreadable);
            }
        }

        private void AddTransactions(IatiActivity a, ProgrammeId programme, List<AgencyId> funders, Func<AgencyId?> reporter, List<FundingCommitment> commitments)
        {
            foreach (var t in a.Transactions)
            {
                if (t.Type is not { } code || !IatiCodes.TryGetFlow(code, out var stage, out var direction))
                {
                    Add(a, t.Element, IatiSeverity.Error, $"transaction type {t.Type?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} is not in the IATI TransactionType codelist (1 to 13): no commitment is made of it{Carried(t)}.", IatiRuleIds.NotImported);
                    continue;
                }
                if (t.Value is not { } value)
                {
                    Add(a, t.Element, IatiSeverity.Error, "the transaction has no amount with a currency: no commitment is made of it.", IatiRuleIds.NotImported);
                    continue;
                }
                var incoming = direction == FlowDirection.Incoming;
                var from = Providers(a, t, incoming, funders, reporter);
                if (from.Count == 0)
                {
                    Add(a, t.Element, IatiSeverity.Error, $"the transaction names no provider, and the activity no funding organisation to stand for it: no commitment is made of its {value}.", IatiRuleIds.NotImported);
                    continue;
                }
                AgencyId? recipient = t.Receiver is { } receiver ? Resolve(a, receiver) : incoming && t.Hints is null ? reporter() : null;
                var valueDate = t.Hints?.StatedValueDate ?? (t.ValueDate is { } vd ? PartialDate.FromDate(vd) : null);
                Timeframe? period = t.Hints?.Period is { } ps && Timeframe.TryParse(ps, out var tp) ? tp : null;
                AddChecked(a, t.Element, commitments, () => new FundingCommitment(from.Select(f => new FundingContribution(f)), stage, value)
                {
                    Recipient = recipient, Programme = programme, ValueDate = valueDate, Period = period, IsIndicative = t.Hints?.Indicative ?? false,
                    Direction = direction, ReportedBy = reporter(), ProviderActivity = t.Provider?.ActivityId, ReceiverActivity = t.Receiver?.ActivityId,
                    Note = $"IATI {a.Identifier} {t.Element}.",
                });
            }
        }

        private static string Carried(IatiTransaction t) => t.Value is { } v ? $" (it carried {v})" : "";

        // Who the money comes from: this library's own funders hint, the provider-org, else the activity's funders for
        // money coming in and the reporter for money going out.
        private List<AgencyId> Providers(IatiActivity a, IatiTransaction t, bool incoming, List<AgencyId> funders, Func<AgencyId?> reporter)
        {
            if (t.Hints?.Funders is { } hinted)
            {
                return [.. hinted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => AgencyId.TryParse(x, out var f) && Directory.TryGet(f, out _) ? f : default).Where(f => !f.IsDefault)];
            }
            if (t.Provider is { } provider && Resolve(a, provider) is { } p)
            {
                return [p];
            }
            return incoming ? funders : reporter() is { } rep ? [rep] : [];
        }

        // A commitment's own checks can refuse what a file says (a currency used after its withdrawal, such as CYP
        // dated 2009): a finding names the element and the reason, and the import goes on.
        private void AddChecked(IatiActivity a, string element, List<FundingCommitment> commitments, Func<FundingCommitment> make)
        {
            try
            {
                commitments.Add(make());
            }
            catch (ArgumentException e)
            {
                Add(a, element, IatiSeverity.Error, $"no commitment is made of it: {e.Message}", IatiRuleIds.NotImported);
            }
        }

        // Every organisation element (a secondary reporter's reporting-org only when its agency exists anyway) is resolved
        // before the programmes are made, in the order of the files: new agencies are made in that order.
        public void ResolveAll(List<IatiActivity> activities)
        {
            foreach (var a in activities)
            {
                if (a.ReportingOrg is { } r && !a.IsSecondaryReporter)
                {
                    Resolve(a, r);
                }
                foreach (var org in OrganisationsOf(a).Skip(a.ReportingOrg is null ? 0 : 1))
                {
                    Resolve(a, org);
                }
            }
            foreach (var a in activities.Where(a => a.IsSecondaryReporter && a.ReportingOrg is not null))
            {
                if (_resolver.Get(a.ReportingOrg!) is { } s && (s.New is null || _made.ContainsKey(s.New)))
                {
                    Resolve(a, a.ReportingOrg!);
                }
            }
        }

        internal static IEnumerable<IatiOrganisation> OrganisationsOf(IatiActivity a)
        {
            if (a.ReportingOrg is { } r)
            {
                yield return r;
            }
            foreach (var o in a.ParticipatingOrgs)
            {
                yield return o;
            }
            foreach (var t in a.Transactions)
            {
                if (t.Provider is { } p)
                {
                    yield return p;
                }
                if (t.Receiver is { } rec)
                {
                    yield return rec;
                }
            }
        }

        public ImmutableArray<IatiOrganisationMatch> Matches() =>
            [.. _matched.Select(s => new IatiOrganisationMatch(s.RefAsWritten, s.Name, s.Agency!.Value, s.Kind) { Elements = _elements[s], Candidates = s.Candidates })];

        public ImmutableDictionary<IatiOrganisation, AgencyId> ByElement => _byElement.ToImmutableDictionary(ReferenceEqualityComparer.Instance);

        private AgencyId? Resolve(IatiActivity a, IatiOrganisation org)
        {
            if (_byElement.TryGetValue(org, out var done))
            {
                return done;
            }
            if (org.AgencyHint is { } hint && AgencyId.TryParse(hint, out var hinted) && Directory.TryGet(hinted, out _))
            {
                _byElement[org] = hinted;
                return hinted;
            }
            if (_resolver.Get(org) is not { } s)
            {
                Add(a, org.Element, IatiSeverity.Error, "the organisation has neither an identifier (@ref) nor a name: it is not imported.", IatiRuleIds.NotImported);
                return null;
            }
            if (_elements.TryAdd(s, 0))
            {
                _matched.Add(s);
                if (!s.Candidates.IsEmpty)
                {
                    Add(a, org.Element, IatiSeverity.Warning,
                        $"'{s.Name ?? s.RefAsWritten}' could be any of {string.Join(", ", s.Candidates)}: none is chosen, and it is the new agency '{s.Agency}'.", IatiRuleIds.NotImported);
                }
            }
            _elements[s]++;
            if (s.New is { } n && !_made.ContainsKey(n))
            {
                _made[n] = NewAgency(n, org.Type, a);
            }
            _byElement[org] = s.Agency!.Value;
            return s.Agency.Value;
        }

        private Agency NewAgency(IatiOrganisationResolver.NewOrganisation n, int? type, IatiActivity a)
        {
            var names = new List<string>();
            foreach (var name in n.Spellings.Select(s => s.Name).OfType<string>())
            {
                if (!names.Any(x => NameKey.Normalize(x) == NameKey.Normalize(name)))
                {
                    names.Add(name);
                }
            }
            var refs = new List<string>();
            foreach (var r in n.Spellings.Select(s => s.RefAsWritten).OfType<string>())
            {
                if (!refs.Contains(r, StringComparer.OrdinalIgnoreCase))
                {
                    refs.Add(r);
                }
            }
            var agency = new Agency(n.Id, names.FirstOrDefault() ?? refs[0], KindOf(type))
            {
                IatiIdentifier = refs.FirstOrDefault(), IatiAliases = [.. refs.Skip(1)], Aliases = [.. names.Skip(1)],
                Note = $"New from IATI activity {a.Identifier}{(type is { } t ? $" (organisation type {t})" : "")}.",
            };
            NewAgencies.Add(agency);
            return agency;
        }

        // IATI OrganisationType → the closest kind; multilateral (40) and the rest are Other: IATI does not say which kind of
        // UN entity an organisation is.
        private static AgencyKind KindOf(int? type) => type switch
        {
            10 or 11 => AgencyKind.Government,
            21 or 22 or 23 or 24 => AgencyKind.Ngo,
            60 => AgencyKind.Foundation,
            80 => AgencyKind.ResearchInstitute,
            _ => AgencyKind.Other,
        };

        private void Add(IatiActivity a, string element, IatiSeverity severity, string message, string rule) =>
            Findings.Add(new IatiFinding(rule, severity, a.Identifier, element, a.LineNumber, message).InFile(fileOf(a)));
    }
}
