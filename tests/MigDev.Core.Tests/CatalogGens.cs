using System.Globalization;

namespace MigDev.Core.Tests;

/// <summary>Random valid catalogs, built from a seed (CsCheck draws the seeds; a failure reports the seed).</summary>
internal static class CatalogGens
{
    private static readonly string[] Words =
        ["migration", "fund", "pilot", "diaspora", "remittances", "labour", "Réseau", "Chișinău", "“quoted”", "a\"b", "tab\there", "line\nbreak", "émigré", "日本", "<b>&amp;", "100%", "\\slash",
         " padded ", "\uD83D\uDE00", "zero\u200Bwidth", "no\u00A0break", "\uFFFE", "\uFEFF", "a\u0001b"];

    private static readonly CurrencyCode[] Currencies = [CurrencyCode.EUR, CurrencyCode.USD, CurrencyCode.Parse("CHF"), CurrencyCode.Parse("JPY"), CurrencyCode.Parse("KWD"), CurrencyCode.Parse("GBP")];

    private static readonly string[] Countries = ["MD", "BD", "JM", "TN", "ML", "PH", "EC", "XK", "SN", "GE"];

    internal static MigDevModel Model(int seed)
    {
        var r = new Random(seed);
        var documents = Enumerable.Range(0, r.Next(1, 4))
            .Select(i => new SourceDocument($"doc-{i}", Text(r), Text(r), Maybe(r, () => Timeframe.Parse(string.Create(CultureInfo.InvariantCulture, $"{r.Next(1999, 2014)}"))), Maybe(r, () => $"file-{i}.txt")))
            .ToList();
        var agencyIds = Enumerable.Range(0, r.Next(2, 9)).Select(i => AgencyId.Parse($"agency-{i}")).ToList();
        var agencies = agencyIds.Select((id, i) => new Agency(id, Text(r), Pick(r, Enum.GetValues<AgencyKind>()))
        {
            Acronym = Maybe(r, () => Text(r).ToUpperInvariant()), Aliases = [.. Many(r, 2, () => Text(r)) ?? []],
            Parent = i > 0 && r.Next(3) == 0 ? agencyIds[r.Next(i)] : null, IatiIdentifier = Maybe(r, () => $"XM-TEST-{i}"), IatiAliases = r.Next(4) == 0 ? [$"9{i}"] : [],
            Citations = [.. Citations(r, documents)], DisplayName = Maybe(r, () => Text(r)), Note = Maybe(r, () => Text(r)),
        }).ToList();
        var programmeIds = Enumerable.Range(0, r.Next(0, 7)).Select(i => ProgrammeId.Parse($"prog-{i}")).ToList();
        var programmes = programmeIds.Select((id, i) =>
        {
            var parent = i > 0 && r.Next(3) == 0 ? programmeIds[r.Next(i)] : (ProgrammeId?)null;
            var countries = Countries.OrderBy(_ => r.Next()).Take(r.Next(0, 4))
                .Select(c => new ProgrammeCountry(CountryCode.Parse(c), Pick(r, Enum.GetValues<CountryRelation>()), Citations(r, documents), Maybe(r, () => Text(r))));
            var partners = Enumerable.Range(0, r.Next(0, 4)).Select(_ => new Participant(
                Pick(r, agencyIds), Pick(r, Enum.GetValues<OrganisationRole>()), Maybe(r, () => Timeframe.Parse("2011/..")), Citations(r, documents), Maybe(r, () => Text(r))));
            return new Programme(id, Text(r))
            {
                Acronym = Maybe(r, () => "ACR"), Aliases = [.. Many(r, 2, () => Text(r)) ?? []], Partners = [.. partners], Countries = [.. countries], Parent = parent,
                Phase = parent is null ? null : r.Next(1, 4), Period = parent is null ? Maybe(r, () => Timeframe.Parse("2009/2011")) : null,
                Citations = [.. Citations(r, documents)], DisplayName = Maybe(r, () => Text(r)), Note = Maybe(r, () => Text(r)),
                IatiIdentifier = Maybe(r, () => $"XM-TEST-{i}-PROG"),
            };
        }).ToList();
        var commitments = Enumerable.Range(0, r.Next(0, 5)).Select(_ => Commitment(r, agencyIds, programmeIds, documents)).ToList();
        var themes = Enumerable.Range(1, r.Next(0, 3)).Select(n => new Theme(n, Text(r), Citations(r, documents))).ToList();
        var roundtables = themes.Count == 0 ? [] : Enumerable.Range(1, r.Next(1, 3)).Select(n => new Roundtable(n, r.Next(1, themes.Count + 1), Text(r), Citations(r, documents))).ToList();
        var sessions = roundtables.SelectMany(rt => Enumerable.Range(0, r.Next(1, 3)).Select(k => new Session(rt.Number, (char)('a' + k), Text(r), Citations(r, documents)))).ToList();
        var activities = sessions.SelectMany(s => Enumerable.Range(0, r.Next(0, 3)).Select(_ => new Activity(
            s.Roundtable, s.Letter, Text(r), [Text(r)], agencyIds.Take(r.Next(0, 3)), Many(r, 2, () => Text(r)), Maybe(r, () => Text(r)), Citations(r, documents)))).ToList();
        var meetings = Enumerable.Range(0, r.Next(0, 3)).Select(_ => new Meeting(Text(r))
        {
            Place = Maybe(r, () => Text(r)), Date = Maybe(r, () => Timeframe.Parse("2007-03-07")), Chair = Maybe(r, () => (CountryCode?)CountryCode.Parse(Pick(r, Countries))),
            Ordinal = Maybe(r, () => (int?)r.Next(1, 9)), Citations = [.. Citations(r, documents)], DisplayName = Maybe(r, () => Text(r)), Note = Maybe(r, () => Text(r)),
            Aliases = [.. Many(r, 2, () => Text(r)) ?? []], Participants = [new Participant(Pick(r, agencyIds), OrganisationRole.Host)],
        }).ToList();
        var memberships = Enumerable.Range(0, r.Next(0, 3)).Select(_ => new AgencyMembership(
            agencyIds[0], agencyIds[1], Pick(r, [OrganisationRole.Member, OrganisationRole.Chair]), Maybe(r, () => Timeframe.Parse("2010-01/2010-06")), Citations(r, documents), Maybe(r, () => Text(r)))).ToList();
        return new MigDevModel(AgencyDirectory.Create(agencies), documents)
        {
            Programmes = [.. programmes], Commitments = [.. commitments], Themes = [.. themes], Roundtables = [.. roundtables],
            Sessions = [.. sessions], Activities = [.. activities], Meetings = [.. meetings], Memberships = [.. memberships],
        };
    }

    // Any stage, with the flow fields where the rules allow them: only a budget is revised or superseded (a revision never
    // is), a budget has no direction, and a disbursement funds no programme here (so that none exceeds what is committed).
    private static FundingCommitment Commitment(Random r, List<AgencyId> agencyIds, List<ProgrammeId> programmeIds, List<SourceDocument> documents)
    {
        var funders = agencyIds.OrderBy(_ => r.Next()).Take(r.Next(1, 3)).ToList();
        var shares = funders.Count == 2 && r.Next(2) == 0 ? new[] { Share.Parse("1/3"), Share.Parse("2/3") } : null;
        var relative = r.Next(5) == 0;
        var contributions = funders.Select((f, k) => new FundingContribution(f, shares?[k])).ToList();
        var stage = Pick(r, Enum.GetValues<FundingStage>());
        Money? amount = relative ? null : new Money(new decimal(r.NextInt64(-1, 1_000_000_000_000)) / (decimal)Math.Pow(10, r.Next(0, 5)), Pick(r, Currencies));
        var relativeTo = relative ? Text(r) : null;
        var recipient = Maybe(r, () => (AgencyId?)Pick(r, agencyIds));
        var programme = stage != FundingStage.Disbursement && programmeIds.Count > 0 && r.Next(2) == 0 ? Pick(r, programmeIds) : (ProgrammeId?)null;
        var valueDate = Maybe(r, () => (PartialDate?)PartialDate.Parse(string.Create(CultureInfo.InvariantCulture, $"{r.Next(2010, 2014)}-{r.Next(1, 13):00}")));
        var period = Maybe(r, () => Timeframe.Parse("2012-12/P3Y"));
        var indicative = r.Next(2) == 0;
        var budgetKind = stage == FundingStage.Budget && r.Next(3) == 0 ? BudgetKind.Revised : BudgetKind.Original;
        var superseded = stage == FundingStage.Budget && budgetKind == BudgetKind.Original && r.Next(3) == 0;
        var direction = stage == FundingStage.Budget ? FlowDirection.Unstated : Pick(r, Enum.GetValues<FlowDirection>());
        var reportedBy = Maybe(r, () => (AgencyId?)Pick(r, agencyIds));
        var providerActivity = Maybe(r, () => r.Next(2) == 0 ? $"XM-TEST-{r.Next(9)}-{r.Next(1000)}" : Text(r));
        var receiverActivity = Maybe(r, () => r.Next(2) == 0 ? $"XM-TEST-{r.Next(9)}-{r.Next(1000)}" : Text(r));
        var citations = Citations(r, documents);
        var note = Maybe(r, () => Text(r));
        return amount is { } a
            ? new FundingCommitment(contributions, stage, a)
            {
                Recipient = recipient, Programme = programme, ValueDate = valueDate, Period = period, IsIndicative = indicative, Citations = [.. citations], Note = note,
                BudgetKind = budgetKind, IsSuperseded = superseded, Direction = direction, ReportedBy = reportedBy, ProviderActivity = providerActivity, ReceiverActivity = receiverActivity,
            }
            : new FundingCommitment(contributions, stage, Share.Parse("1/4"), relativeTo!)
            {
                Recipient = recipient, Programme = programme, ValueDate = valueDate, Period = period, IsIndicative = indicative, Citations = [.. citations], Note = note,
                BudgetKind = budgetKind, IsSuperseded = superseded, Direction = direction, ReportedBy = reportedBy, ProviderActivity = providerActivity, ReceiverActivity = receiverActivity,
            };
    }

    private static string Text(Random r) => string.Join(' ', Enumerable.Range(0, r.Next(1, 4)).Select(_ => Words[r.Next(Words.Length)]));

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static T? Maybe<T>(Random r, Func<T> value) => r.Next(2) == 0 ? value() : default;

    private static List<string>? Many(Random r, int max, Func<string> value) => r.Next(2) == 0 ? null : [.. Enumerable.Range(0, r.Next(1, max + 1)).Select(_ => value()).Distinct()];

    private static List<Citation> Citations(Random r, List<SourceDocument> documents) =>
        [.. Enumerable.Range(0, r.Next(0, 3)).Select(_ => { var first = r.Next(1, 500); return new Citation(Pick(r, documents).Id, first, first + r.Next(0, 3), Text(r)); })];
}
