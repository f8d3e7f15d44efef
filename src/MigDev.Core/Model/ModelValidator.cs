using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MigDev.Core;

/// <summary>
/// Checks a <see cref="MigDevModel"/> as a whole and reports every fault at once, each with a path such as
/// <c>programmes[3].partners[1].agency</c>. The parts of a model validate their own fields when built; this checks how
/// they hold together.
/// </summary>
/// <remarks>
/// <para>Whole-model rules: ids and keys are unique (documents, programmes, themes, roundtables, sessions); every reference
/// resolves (agencies, programmes, parents, themes, roundtables, sessions, members and bodies, cited documents); a phase
/// does not start before its parent programme; and, per programme and currency, disbursed never exceeds committed. The
/// rules a part can check alone (shares add up to the whole, a currency is in use on its value date, a period's end is
/// not before its start) are checked by the part when it is built.</para>
/// <para>Stateless; safe to call from any thread.</para>
/// </remarks>
public static class ModelValidator
{
    /// <summary>Checks a model as a whole and returns every fault found; empty when it is valid.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The faults, each with its path, value and rule: list by list (documents, agencies, programmes,
    /// commitments, themes, roundtables, sessions, activities, meetings, memberships), reference faults of commitments
    /// before their amount faults. An agency's index is its place in <see cref="MigDevModel.Agencies"/> (ordered by
    /// id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<ValidationFault> Validate(MigDevModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var check = new Check(model);
        check.DocumentsAndAgencies();
        var byId = check.Programmes();
        check.Commitments(byId);
        check.Disbursements();
        check.Matrix();
        check.Activities();
        check.MeetingsAndMemberships();
        return check.Faults.ToImmutable();
    }

    /// <summary>Validates a model as a whole and throws when it has any fault.</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The model has faults: all of them, in
    /// <see cref="ModelValidationException.Faults"/> and in the message.</exception>
    public static void EnsureValid(MigDevModel model)
    {
        var faults = Validate(model);
        if (!faults.IsEmpty)
        {
            throw new ModelValidationException(faults);
        }
    }

    // One pass over a model: the faults found so far and the ids citations may cite.
    internal sealed class Check(MigDevModel model)
    {
        private readonly HashSet<string> _documentIds = model.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        // The agencies' ids, hashed once: a reference is checked in one hash lookup, not a walk down the directory's tree.
        private readonly HashSet<AgencyId> _agencyIds = [.. model.Agencies.Select(a => a.Id)];

        public ImmutableArray<ValidationFault>.Builder Faults { get; } = ImmutableArray.CreateBuilder<ValidationFault>();

        public void DocumentsAndAgencies()
        {
            Unique(model.Documents, d => d.Id, "documents", "id");
            var agencyIndex = 0;
            foreach (var agency in model.Agencies)
            {
                Cited(agency.Citations, $"agencies[{agencyIndex}]");
                agencyIndex++;
            }
        }

        public Dictionary<ProgrammeId, Programme> Programmes()
        {
            var programmes = model.Programmes;
            var programmeIds = new HashSet<ProgrammeId>();
            for (var i = 0; i < programmes.Length; i++)
            {
                var p = programmes[i];
                if (!programmeIds.Add(p.Id))
                {
                    Faults.Add(new($"programmes[{i}].id", p.Id.Value, "another programme has this id"));
                }
                for (var j = 0; j < p.Partners.Length; j++)
                {
                    Agency(p.Partners[j].Agency, $"programmes[{i}].partners[{j}].agency");
                    Cited(p.Partners[j].Citations, $"programmes[{i}].partners[{j}]");
                }
                for (var j = 0; j < p.Countries.Length; j++)
                {
                    Cited(p.Countries[j].Citations, $"programmes[{i}].countries[{j}]");
                }
                Cited(p.Citations, $"programmes[{i}]");
            }
            // The first programme of each id (a repeated id is a fault above).
            var byId = new Dictionary<ProgrammeId, Programme>(programmes.Length);
            foreach (var p in programmes)
            {
                byId.TryAdd(p.Id, p);
            }
            for (var i = 0; i < programmes.Length; i++)
            {
                var p = programmes[i];
                if (p.Parent is { } parent)
                {
                    if (!byId.TryGetValue(parent, out var parentProgramme))
                    {
                        Faults.Add(new($"programmes[{i}].parent", parent.Value, "no programme has this id"));
                    }
                    else if (p.Period?.Start is { } start && parentProgramme.Period?.Start is { } parentStart && start.LastDay < parentStart.FirstDay)
                    {
                        Faults.Add(new($"programmes[{i}].period", p.Period.ToString(), $"a phase cannot start before its programme '{parent}' ({parentProgramme.Period})"));
                    }
                }
            }
            return byId;
        }

        public void Commitments(Dictionary<ProgrammeId, Programme> programmesById)
        {
            for (var i = 0; i < model.Commitments.Length; i++)
            {
                var c = model.Commitments[i];
                for (var j = 0; j < c.Funders.Length; j++)
                {
                    Agency(c.Funders[j].Funder, $"commitments[{i}].funders[{j}].funder");
                }
                if (c.Recipient is { } recipient)
                {
                    Agency(recipient, $"commitments[{i}].recipient");
                }
                if (c.ReportedBy is { } reportedBy)
                {
                    Agency(reportedBy, $"commitments[{i}].reportedBy");
                }
                if (c.Programme is { } programme && !programmesById.ContainsKey(programme))
                {
                    Faults.Add(new($"commitments[{i}].programme", programme.Value, "no programme has this id"));
                }
                Cited(c.Citations, $"commitments[{i}]");
            }
        }

        public void Disbursements()
        {
            foreach (var group in model.Commitments.Select((c, i) => (c, i)).Where(x => x.c.Programme is not null && x.c.Amount is not null)
                .GroupBy(x => (x.c.Programme!.Value, x.c.Amount!.Value.Currency, x.c.Direction)))
            {
                var committed = group.Where(x => x.c.Stage == FundingStage.Commitment).Sum(x => x.c.Amount!.Value.Amount);
                var disbursed = group.Where(x => x.c.Stage == FundingStage.Disbursement).Sum(x => x.c.Amount!.Value.Amount);
                // Only disbursements can exceed: a negative commitment (a cancellation, as IATI allows) with nothing
                // disbursed is not a fault.
                if (disbursed > committed && group.LastOrDefault(x => x.c.Stage == FundingStage.Disbursement) is { c: not null } lastDisbursement)
                {
                    var last = lastDisbursement.i;
                    Faults.Add(new($"commitments[{last}].amount", new Money(disbursed, group.Key.Currency).ToString(),
                        $"disbursed to '{group.Key.Value}' exceeds the {new Money(committed, group.Key.Currency)} committed in {group.Key.Currency}{(group.Key.Direction == FlowDirection.Unstated ? "" : $" ({group.Key.Direction.ToString().ToLowerInvariant()})")}"));
                }
            }
        }

        public void Matrix()
        {
            Unique(model.Themes, t => t.Number, "themes", "number");
            Headings(model.Themes, t => t.Citations, "themes");
            Headings(model.Roundtables, r => r.Citations, "roundtables");
            Headings(model.Sessions, s => s.Citations, "sessions");
            Unique(model.Roundtables, r => r.Number, "roundtables", "number");
            Unique(model.Sessions, s => s.Key, "sessions", "key");
            var themeNumbers = model.Themes.Select(t => t.Number).ToHashSet();
            for (var i = 0; i < model.Roundtables.Length; i++)
            {
                if (!themeNumbers.Contains(model.Roundtables[i].Theme))
                {
                    Faults.Add(new($"roundtables[{i}].theme", model.Roundtables[i].Theme.ToString(CultureInfo.InvariantCulture), "no theme has this number"));
                }
            }
            var roundtableNumbers = model.Roundtables.Select(r => r.Number).ToHashSet();
            for (var i = 0; i < model.Sessions.Length; i++)
            {
                if (!roundtableNumbers.Contains(model.Sessions[i].Roundtable))
                {
                    Faults.Add(new($"sessions[{i}].roundtable", model.Sessions[i].Roundtable.ToString(CultureInfo.InvariantCulture), "no roundtable has this number"));
                }
            }
        }

        public void Activities()
        {
            var sessionKeys = model.Sessions.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < model.Activities.Length; i++)
            {
                var a = model.Activities[i];
                var key = string.Create(CultureInfo.InvariantCulture, $"{a.Roundtable}{a.Session}");
                if (!sessionKeys.Contains(key))
                {
                    Faults.Add(new($"activities[{i}].session", key, "no session has this roundtable and letter"));
                }
                for (var j = 0; j < a.GmgMembersWithExpertise.Length; j++)
                {
                    Agency(a.GmgMembersWithExpertise[j], $"activities[{i}].gmgMembersWithExpertise[{j}]");
                }
                Cited(a.Citations, $"activities[{i}]");
            }
        }

        public void MeetingsAndMemberships()
        {
            for (var i = 0; i < model.Meetings.Length; i++)
            {
                Cited(model.Meetings[i].Citations, $"meetings[{i}]");
                for (var j = 0; j < model.Meetings[i].Participants.Length; j++)
                {
                    Agency(model.Meetings[i].Participants[j].Agency, $"meetings[{i}].participants[{j}].agency");
                    Cited(model.Meetings[i].Participants[j].Citations, $"meetings[{i}].participants[{j}]");
                }
            }
            for (var i = 0; i < model.Memberships.Length; i++)
            {
                Agency(model.Memberships[i].Member, $"memberships[{i}].member");
                Agency(model.Memberships[i].Body, $"memberships[{i}].body");
                Cited(model.Memberships[i].Citations, $"memberships[{i}]");
            }
        }

        private void Headings<T>(ImmutableArray<T> items, Func<T, ImmutableArray<Citation>> citations, string list)
        {
            for (var k = 0; k < items.Length; k++)
            {
                Cited(citations(items[k]), $"{list}[{k}]");
            }
        }

        // The path of a fault is formatted only when there is one (FaultPath): a valid model formats none.
        private void Agency(AgencyId id, [InterpolatedStringHandlerArgument("", nameof(id))] ref FaultPath path)
        {
            if (path.IsFault)
            {
                Faults.Add(new(path.ToStringAndClear(), id.Value, "no agency has this id"));
            }
        }

        private void Cited(ImmutableArray<Citation> citations, [InterpolatedStringHandlerArgument("", nameof(citations))] ref FaultPath path)
        {
            if (!path.IsFault)
            {
                return;
            }
            var owner = path.ToStringAndClear();
            for (var k = 0; k < citations.Length; k++)
            {
                if (!_documentIds.Contains(citations[k].DocumentId))
                {
                    Faults.Add(new($"{owner}.citations[{k}].document", citations[k].DocumentId, "no source document has this id"));
                }
            }
        }

        internal bool IsAgency(AgencyId id) => _agencyIds.Contains(id);

        internal bool AllCited(ImmutableArray<Citation> citations)
        {
            foreach (var citation in citations)
            {
                if (!_documentIds.Contains(citation.DocumentId))
                {
                    return false;
                }
            }
            return true;
        }

        private void Unique<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key, string list, string field)
            where TKey : notnull
        {
            var seen = new HashSet<TKey>();
            for (var k = 0; k < items.Length; k++)
            {
                if (!seen.Add(key(items[k])))
                {
                    Faults.Add(new($"{list}[{k}].{field}", Convert.ToString(key(items[k]), CultureInfo.InvariantCulture), $"another entry of {list} has this {field}"));
                }
            }
        }
    }
}
