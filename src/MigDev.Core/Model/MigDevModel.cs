using System.Collections.Immutable;
using System.Globalization;

namespace MigDev.Core;

/// <summary>
/// A whole model: agencies, programmes, funding commitments, the GFMD matrix, meetings and memberships, and the
/// documents they cite.
/// Its parts validate their own fields when built; <see cref="Validate"/> checks the model as a whole and reports every
/// fault at once, each with a path such as <c>programmes[3].partners[1].agency</c>.
/// </summary>
/// <remarks>
/// <para>Whole-model rules: ids and keys are unique (programmes, themes, roundtables, sessions); every reference resolves
/// (agencies, programmes, parents, themes, roundtables, sessions, members and bodies, cited documents); a phase does not start before its
/// parent programme; and, per programme and currency, disbursed never exceeds committed. The rules a part can check
/// alone (shares add up to the whole, a currency is in use on its value date, a period's end is not before its start)
/// are checked by its constructor.</para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class MigDevModel
{
    /// <summary>Initializes a model; nothing is checked until <see cref="Validate"/>.</summary>
    /// <param name="agencies">The agencies; <see cref="AgencyDirectory.Empty"/> when <see langword="null"/> (the model loads nothing by itself: for the embedded catalog's, pass <c>MigDevCatalog.Default.Agencies</c>).</param>
    /// <param name="programmes">The programmes.</param>
    /// <param name="commitments">The funding commitments.</param>
    /// <param name="themes">The GFMD themes.</param>
    /// <param name="roundtables">The roundtables.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="activities">The matrix activities.</param>
    /// <param name="meetings">The meetings.</param>
    /// <param name="documents">The documents citations may cite; none when <see langword="null"/> (for the five seed documents, pass <c>MigDevCatalog.Default.Documents</c>).</param>
    /// <param name="memberships">The dated memberships (chairs, co-chairs, members of bodies).</param>
    public MigDevModel(
        AgencyDirectory? agencies = null,
        IEnumerable<Programme>? programmes = null,
        IEnumerable<FundingCommitment>? commitments = null,
        IEnumerable<Theme>? themes = null,
        IEnumerable<Roundtable>? roundtables = null,
        IEnumerable<Session>? sessions = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<Meeting>? meetings = null,
        IEnumerable<SourceDocument>? documents = null,
        IEnumerable<AgencyMembership>? memberships = null)
    {
        Agencies = agencies ?? AgencyDirectory.Empty;
        Programmes = programmes is null ? [] : [.. programmes];
        Commitments = commitments is null ? [] : [.. commitments];
        Themes = themes is null ? [] : [.. themes];
        Roundtables = roundtables is null ? [] : [.. roundtables];
        Sessions = sessions is null ? [] : [.. sessions];
        Activities = activities is null ? [] : [.. activities];
        Meetings = meetings is null ? [] : [.. meetings];
        Documents = documents is null ? [] : [.. documents];
        Memberships = memberships is null ? [] : [.. memberships];
    }

    /// <summary>Gets the agencies.</summary>
    public AgencyDirectory Agencies { get; }

    /// <summary>Gets the programmes.</summary>
    public ImmutableArray<Programme> Programmes { get; }

    /// <summary>Gets the funding commitments.</summary>
    public ImmutableArray<FundingCommitment> Commitments { get; }

    /// <summary>Gets the GFMD themes.</summary>
    public ImmutableArray<Theme> Themes { get; }

    /// <summary>Gets the roundtables.</summary>
    public ImmutableArray<Roundtable> Roundtables { get; }

    /// <summary>Gets the sessions.</summary>
    public ImmutableArray<Session> Sessions { get; }

    /// <summary>Gets the matrix activities.</summary>
    public ImmutableArray<Activity> Activities { get; }

    /// <summary>Gets the meetings.</summary>
    public ImmutableArray<Meeting> Meetings { get; }

    /// <summary>Gets the documents citations may cite.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>Gets the dated memberships (chairs, co-chairs, members of bodies).</summary>
    public ImmutableArray<AgencyMembership> Memberships { get; }

    /// <summary>Checks the model as a whole and returns every fault found; empty when it is valid.</summary>
    /// <returns>The faults, each with its path, value and rule: list by list (documents, agencies, programmes,
    /// commitments, themes, roundtables, sessions, activities, meetings, memberships), reference faults of commitments
    /// before their amount faults. An agency's index is its place in <see cref="Agencies"/> (ordered by id).</returns>
    public ImmutableArray<ValidationFault> Validate()
    {
        var faults = ImmutableArray.CreateBuilder<ValidationFault>();
        var programmeIds = new HashSet<ProgrammeId>();
        var documentIds = Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Unique(Documents, d => d.Id, "documents", "id");
        var agencyIndex = 0;
        foreach (var agency in Agencies)
        {
            Cited($"agencies[{agencyIndex++}]", agency.Citations);
        }

        for (var i = 0; i < Programmes.Length; i++)
        {
            var p = Programmes[i];
            if (!programmeIds.Add(p.Id))
            {
                faults.Add(new($"programmes[{i}].id", p.Id.Value, "another programme has this id"));
            }
            for (var j = 0; j < p.Partners.Length; j++)
            {
                Agency($"programmes[{i}].partners[{j}].agency", p.Partners[j].Agency);
                Cited($"programmes[{i}].partners[{j}]", p.Partners[j].Citations);
            }
            for (var j = 0; j < p.Countries.Length; j++)
            {
                Cited($"programmes[{i}].countries[{j}]", p.Countries[j].Citations);
            }
            Cited($"programmes[{i}]", p.Citations);
        }
        var byId = Programmes.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < Programmes.Length; i++)
        {
            var p = Programmes[i];
            if (p.Parent is { } parent)
            {
                if (!byId.TryGetValue(parent, out var parentProgramme))
                {
                    faults.Add(new($"programmes[{i}].parent", parent.Value, "no programme has this id"));
                }
                else if (p.Period?.Start is { } start && parentProgramme.Period?.Start is { } parentStart && start.LastDay < parentStart.FirstDay)
                {
                    faults.Add(new($"programmes[{i}].period", p.Period.ToString(), $"a phase cannot start before its programme '{parent}' ({parentProgramme.Period})"));
                }
            }
        }

        for (var i = 0; i < Commitments.Length; i++)
        {
            var c = Commitments[i];
            for (var j = 0; j < c.Funders.Length; j++)
            {
                Agency($"commitments[{i}].funders[{j}].funder", c.Funders[j].Funder);
            }
            if (c.Recipient is { } recipient)
            {
                Agency($"commitments[{i}].recipient", recipient);
            }
            if (c.Programme is { } programme && !byId.ContainsKey(programme))
            {
                faults.Add(new($"commitments[{i}].programme", programme.Value, "no programme has this id"));
            }
            Cited($"commitments[{i}]", c.Citations);
        }
        foreach (var group in Commitments.Select((c, i) => (c, i)).Where(x => x.c.Programme is not null && x.c.Amount is not null)
            .GroupBy(x => (x.c.Programme!.Value, x.c.Amount!.Value.Currency)))
        {
            var committed = group.Where(x => x.c.Stage == FundingStage.Commitment).Sum(x => x.c.Amount!.Value.Amount);
            var disbursed = group.Where(x => x.c.Stage == FundingStage.Disbursement).Sum(x => x.c.Amount!.Value.Amount);
            // Only disbursements can exceed: a negative commitment (a cancellation, as IATI allows) with nothing
            // disbursed is not a fault.
            if (disbursed > committed && group.LastOrDefault(x => x.c.Stage == FundingStage.Disbursement) is { c: not null } lastDisbursement)
            {
                var last = lastDisbursement.i;
                faults.Add(new($"commitments[{last}].amount", new Money(disbursed, group.Key.Currency).ToString(),
                    $"disbursed to '{group.Key.Value}' exceeds the {new Money(committed, group.Key.Currency)} committed in {group.Key.Currency}"));
            }
        }

        Unique(Themes, t => t.Number, "themes", "number");
        Headings(Themes, t => t.Citations, "themes");
        Headings(Roundtables, r => r.Citations, "roundtables");
        Headings(Sessions, s => s.Citations, "sessions");
        Unique(Roundtables, r => r.Number, "roundtables", "number");
        Unique(Sessions, s => s.Key, "sessions", "key");
        var themeNumbers = Themes.Select(t => t.Number).ToHashSet();
        for (var i = 0; i < Roundtables.Length; i++)
        {
            if (!themeNumbers.Contains(Roundtables[i].Theme))
            {
                faults.Add(new($"roundtables[{i}].theme", Roundtables[i].Theme.ToString(CultureInfo.InvariantCulture), "no theme has this number"));
            }
        }
        var roundtableNumbers = Roundtables.Select(r => r.Number).ToHashSet();
        for (var i = 0; i < Sessions.Length; i++)
        {
            if (!roundtableNumbers.Contains(Sessions[i].Roundtable))
            {
                faults.Add(new($"sessions[{i}].roundtable", Sessions[i].Roundtable.ToString(CultureInfo.InvariantCulture), "no roundtable has this number"));
            }
        }
        var sessionKeys = Sessions.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Activities.Length; i++)
        {
            var a = Activities[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"{a.Roundtable}{a.Session}");
            if (!sessionKeys.Contains(key))
            {
                faults.Add(new($"activities[{i}].session", key, "no session has this roundtable and letter"));
            }
            for (var j = 0; j < a.GmgMembersWithExpertise.Length; j++)
            {
                Agency($"activities[{i}].gmgMembersWithExpertise[{j}]", a.GmgMembersWithExpertise[j]);
            }
            Cited($"activities[{i}]", a.Citations);
        }
        for (var i = 0; i < Meetings.Length; i++)
        {
            Cited($"meetings[{i}]", Meetings[i].Citations);
            for (var j = 0; j < Meetings[i].Participants.Length; j++)
            {
                Agency($"meetings[{i}].participants[{j}].agency", Meetings[i].Participants[j].Agency);
                Cited($"meetings[{i}].participants[{j}]", Meetings[i].Participants[j].Citations);
            }
        }
        for (var i = 0; i < Memberships.Length; i++)
        {
            Agency($"memberships[{i}].member", Memberships[i].Member);
            Agency($"memberships[{i}].body", Memberships[i].Body);
            Cited($"memberships[{i}]", Memberships[i].Citations);
        }
        return faults.ToImmutable();

        void Headings<T>(ImmutableArray<T> items, Func<T, ImmutableArray<Citation>> citations, string list)
        {
            for (var k = 0; k < items.Length; k++)
            {
                Cited($"{list}[{k}]", citations(items[k]));
            }
        }

        void Agency(string path, AgencyId id)
        {
            if (!Agencies.TryGet(id, out _))
            {
                faults.Add(new(path, id.Value, "no agency has this id"));
            }
        }

        void Cited(string path, ImmutableArray<Citation> citations)
        {
            for (var k = 0; k < citations.Length; k++)
            {
                if (!documentIds.Contains(citations[k].DocumentId))
                {
                    faults.Add(new($"{path}.citations[{k}].document", citations[k].DocumentId, "no source document has this id"));
                }
            }
        }

        void Unique<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key, string list, string field)
            where TKey : notnull
        {
            var seen = new HashSet<TKey>();
            for (var k = 0; k < items.Length; k++)
            {
                if (!seen.Add(key(items[k])))
                {
                    faults.Add(new($"{list}[{k}].{field}", Convert.ToString(key(items[k]), CultureInfo.InvariantCulture), $"another entry of {list} has this {field}"));
                }
            }
        }
    }

    /// <summary>Totals the amounts of one stage (relative figures have no amount and are left out).</summary>
    /// <param name="stage">The stage: commitments, disbursements...</param>
    /// <returns>The totals by funder, recipient and programme, per currency.</returns>
    /// <exception cref="InvalidOperationException">A co-financed amount is not a whole number of minor units and cannot
    /// be split by its shares.</exception>
    public FundingSummary Summarize(FundingStage stage)
    {
        var byFunder = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
        var byRecipient = ImmutableSortedDictionary.CreateBuilder<AgencyId, MoneyBag>();
        var byProgramme = ImmutableSortedDictionary.CreateBuilder<ProgrammeId, MoneyBag>();
        var joint = MoneyBag.Empty;
        var total = MoneyBag.Empty;
        foreach (var c in Commitments.Where(c => c.Stage == stage && c.Amount is not null))
        {
            var amount = c.Amount!.Value;
            total += amount;
            if (c.Funders.Length > 1 && c.Funders[0].Share is null)
            {
                joint += amount;
            }
            else
            {
                foreach (var (funder, part) in c.SplitByFunder())
                {
                    byFunder[funder] = byFunder.GetValueOrDefault(funder, MoneyBag.Empty) + part;
                }
            }
            if (c.Recipient is { } recipient)
            {
                byRecipient[recipient] = byRecipient.GetValueOrDefault(recipient, MoneyBag.Empty) + amount;
            }
            if (c.Programme is { } programme)
            {
                byProgramme[programme] = byProgramme.GetValueOrDefault(programme, MoneyBag.Empty) + amount;
            }
        }
        return new FundingSummary(stage, byFunder.ToImmutable(), joint, byRecipient.ToImmutable(), byProgramme.ToImmutable(), total);
    }

    /// <summary>Returns what is committed to a programme and not yet disbursed, per currency: committed − disbursed.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The outstanding amounts; a currency with nothing committed but something disbursed shows a negative
    /// amount (which <see cref="Validate"/> reports as a fault).</returns>
    public MoneyBag Outstanding(ProgrammeId programme)
    {
        var outstanding = MoneyBag.Empty;
        foreach (var c in Commitments.Where(c => c.Programme == programme && c.Amount is not null))
        {
            if (c.Stage == FundingStage.Commitment)
            {
                outstanding += c.Amount!.Value;
            }
            else if (c.Stage == FundingStage.Disbursement)
            {
                outstanding += -c.Amount!.Value;
            }
        }
        return outstanding;
    }

    /// <summary>Converts every amount of one stage into a reporting currency at the rate of its own value date, each
    /// line keeping its rate, date, source and policy (<see cref="CurrencyConversion"/>).</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="converter">The converter (<see cref="CurrencyConverter.Ecb"/> for the ECB's rates).</param>
    /// <param name="target">The reporting currency.</param>
    /// <param name="policy">How to choose each rate.</param>
    /// <param name="dayOf">Which day stands for a value date of year or month precision (its first day, its last,
    /// the first business day...): a choice the caller states, because the source does not.</param>
    /// <returns>Each commitment with its conversion, rounded to the target's minor unit, in the model's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A commitment with an amount has no value date.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate for a line under the policy.</exception>
    public ImmutableArray<(FundingCommitment Commitment, CurrencyConversion Conversion)> ConvertAll(
        FundingStage stage, CurrencyConverter converter, CurrencyCode target, RatePolicy policy, Func<PartialDate, NodaTime.LocalDate> dayOf)
    {
        ArgumentNullException.ThrowIfNull(converter);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(dayOf);
        var lines = ImmutableArray.CreateBuilder<(FundingCommitment, CurrencyConversion)>();
        foreach (var c in Commitments.Where(c => c.Stage == stage && c.Amount is not null))
        {
            var valueDate = c.ValueDate ?? throw new InvalidOperationException($"The commitment '{c}' has no value date to convert it at.");
            lines.Add((c, converter.Convert(c.Amount!.Value, target, dayOf(valueDate), policy, Money.DefaultMidpointRounding)));
        }
        return lines.ToImmutable();
    }

    /// <summary>Validates the model as a whole and throws when it has any fault.</summary>
    /// <exception cref="ModelValidationException">The model has faults: all of them, in
    /// <see cref="ModelValidationException.Faults"/> and in the message.</exception>
    public void EnsureValid()
    {
        var faults = Validate();
        if (!faults.IsEmpty)
        {
            throw new ModelValidationException(faults);
        }
    }
}
