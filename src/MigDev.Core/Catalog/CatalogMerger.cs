using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MigDev.Core.Catalog;

/// <summary>
/// Unites two models: the documents and agencies of both (a record in both must be the same record), and every other
/// record of each. Conflicting ids are faults that name both sources; whole-model faults of the union are reported
/// with the path in the source that holds the record.
/// </summary>
internal static partial class CatalogMerger
{
    internal static MigDevModel Merge(MigDevModel first, string firstName, MigDevModel second, string secondName)
    {
        var faults = new List<ValidationFault>();
        var documents = Documents(first, firstName, second, faults);
        var agencies = Agencies(first, firstName, second, faults);
        Programmes(first, firstName, second, faults);
        Keys(first.Themes, second.Themes, t => t.Number.ToString(CultureInfo.InvariantCulture), "themes", "number", firstName, faults);
        Keys(first.Roundtables, second.Roundtables, r => r.Number.ToString(CultureInfo.InvariantCulture), "roundtables", "number", firstName, faults);
        Keys(first.Sessions, second.Sessions, s => s.Key, "sessions", "key", firstName, faults);
        if (faults.Count > 0)
        {
            throw new MigDevDataException(secondName, faults, null);
        }
        return Union(first, firstName, second, secondName, documents, agencies);
    }

    // The documents of both; one of the second with the id of another of the first is a fault.
    private static List<SourceDocument> Documents(MigDevModel first, string firstName, MigDevModel second, List<ValidationFault> faults)
    {
        var documents = first.Documents.ToList();
        for (var i = 0; i < second.Documents.Length; i++)
        {
            var d = second.Documents[i];
            var existing = documents.FirstOrDefault(x => x.Id == d.Id);
            if (existing is null)
            {
                documents.Add(d);
            }
            else if (!SameDocument(existing, d))
            {
                faults.Add(new($"$.documents[{i}].id", d.Id, $"'{firstName}' has another document with this id"));
            }
        }
        return documents;
    }

    // The agencies of both; one of the second with the id of another of the first is a fault.
    private static Dictionary<AgencyId, Agency> Agencies(MigDevModel first, string firstName, MigDevModel second, List<ValidationFault> faults)
    {
        var agencies = first.Agencies.ToDictionary(a => a.Id);
        var secondAgencies = second.Agencies.ToList();
        for (var i = 0; i < secondAgencies.Count; i++)
        {
            var a = secondAgencies[i];
            if (!agencies.TryGetValue(a.Id, out var existing))
            {
                agencies.Add(a.Id, a);
            }
            else if (!existing.ContentEquals(a))
            {
                faults.Add(new($"$.agencies[{i}].id", a.Id.Value, $"'{firstName}' has another agency with this id ({existing.Name})"));
            }
        }
        return agencies;
    }

    // A programme of the second with the id of one of the first is a fault, even the same programme.
    private static void Programmes(MigDevModel first, string firstName, MigDevModel second, List<ValidationFault> faults)
    {
        var programmeIds = first.Programmes.Select(p => p.Id).ToHashSet();
        for (var i = 0; i < second.Programmes.Length; i++)
        {
            if (programmeIds.Contains(second.Programmes[i].Id))
            {
                faults.Add(new($"$.programmes[{i}].id", second.Programmes[i].Id.Value, $"'{firstName}' has a programme with this id"));
            }
        }
    }

    // An entry of the second list with the key of an entry of the first is a fault.
    private static void Keys<T>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, string> key, string list, string field, string firstName, List<ValidationFault> faults)
    {
        var keys = a.Select(key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < b.Length; i++)
        {
            if (keys.Contains(key(b[i])))
            {
                faults.Add(new($"$.{list}[{i}].{field}", key(b[i]), $"'{firstName}' has an entry of {list} with this {field}"));
            }
        }
    }

    // The union, validated as a whole; its faults at their paths in the source holding the record.
    private static MigDevModel Union(MigDevModel first, string firstName, MigDevModel second, string secondName, List<SourceDocument> documents, Dictionary<AgencyId, Agency> agencies)
    {
        AgencyDirectory directory;
        try
        {
            directory = AgencyDirectory.Create(agencies.Values);
        }
        catch (ArgumentException ex)
        {
            throw new MigDevDataException(secondName, [new ValidationFault("$.agencies", null, ex.Message)], ex);
        }
        var union = new MigDevModel(directory, documents)
        {
            Programmes = [.. first.Programmes, .. second.Programmes],
            Commitments = [.. first.Commitments, .. second.Commitments],
            Themes = [.. first.Themes, .. second.Themes],
            Roundtables = [.. first.Roundtables, .. second.Roundtables],
            Sessions = [.. first.Sessions, .. second.Sessions],
            Activities = [.. first.Activities, .. second.Activities],
            Meetings = [.. first.Meetings, .. second.Meetings],
            Memberships = [.. first.Memberships, .. second.Memberships],
        };
        var unionFaults = ModelValidator.Validate(union);
        if (!unionFaults.IsEmpty)
        {
            var sorted = directory.Select(a => a.Id).ToList();
            throw new MigDevDataException(secondName, [.. unionFaults.Select(f => Locate(f, first, firstName, second, sorted))], new ModelValidationException(unionFaults));
        }
        return union;
    }

    private static bool SameDocument(SourceDocument a, SourceDocument b) =>
        a.Id == b.Id && a.Title == b.Title && a.Author == b.Author && a.Date == b.Date && a.FileName == b.FileName;

    // A fault of the union, at its path in the source holding the record ("first.json: $.programmes[2]..." for the first).
    private static ValidationFault Locate(ValidationFault fault, MigDevModel first, string firstName, MigDevModel second, List<AgencyId> sortedAgencies)
    {
        var match = ListIndex().Match(fault.Path);
        if (!match.Success)
        {
            return new($"$.{fault.Path}", fault.Value, fault.Rule);
        }
        var list = match.Groups[1].Value;
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var rest = match.Groups[3].Value;
        if (list == "agencies")
        {
            var id = sortedAgencies[index];
            var inSecond = second.Agencies.Select((a, i) => (a.Id, i)).FirstOrDefault(x => x.Id == id);
            return inSecond.Id == id
                ? new($"$.agencies[{inSecond.i}]{rest}", fault.Value, fault.Rule)
                : new($"{firstName}: $.agencies[{first.Agencies.Select(a => a.Id).ToList().IndexOf(id)}]{rest}", fault.Value, fault.Rule);
        }
        var firstCount = list switch
        {
            "documents" => first.Documents.Length,
            "programmes" => first.Programmes.Length,
            "commitments" => first.Commitments.Length,
            "themes" => first.Themes.Length,
            "roundtables" => first.Roundtables.Length,
            "sessions" => first.Sessions.Length,
            "activities" => first.Activities.Length,
            "meetings" => first.Meetings.Length,
            "memberships" => first.Memberships.Length,
            _ => 0,
        };
        return index < firstCount
            ? new($"{firstName}: $.{fault.Path}", fault.Value, fault.Rule)
            : new($"$.{list}[{index - firstCount}]{rest}", fault.Value, fault.Rule);
    }

    [GeneratedRegex(@"^(\w+)\[(\d+)\](.*)$")]
    private static partial Regex ListIndex();
}
