using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// The exception thrown when a lookup of reference data finds nothing: a country code, a country or region name, an
/// M49 code, an agency id, acronym or IATI identifier. It names the kind of thing and the key; for an ambiguous
/// name, the candidates; for a key that matched nothing, the nearest entries (at most three, see <see cref="NearestMatches"/>).
/// </summary>
public sealed class ReferenceNotFoundException : KeyNotFoundException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public ReferenceNotFoundException()
        : base("The reference data has no such entry.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ReferenceNotFoundException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ReferenceNotFoundException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for a key of a kind of thing that was not found, or that was ambiguous.</summary>
    /// <param name="kindOfThing">What was looked up: "country", "country code", "M49 area", "agency"...</param>
    /// <param name="key">The key as given.</param>
    /// <param name="candidates">For an ambiguous name, what it could mean; otherwise empty.</param>
    public ReferenceNotFoundException(string kindOfThing, string key, params IEnumerable<string> candidates)
        : this(kindOfThing, key, [.. candidates ?? []], [], null)
    {
    }

    /// <summary>Initializes a new instance for a key that was not found, with the entries nearest to it, or that was
    /// ambiguous.</summary>
    /// <param name="kindOfThing">What was looked up: "country", "country code", "M49 area", "agency"...</param>
    /// <param name="key">The key as given.</param>
    /// <param name="candidates">For an ambiguous name, what it could mean; otherwise empty.</param>
    /// <param name="nearestMatches">For a key that matched nothing, the entries nearest to it (the library's lookups
    /// give at most three); otherwise empty. The message names them when there are no candidates.</param>
    public ReferenceNotFoundException(string kindOfThing, string key, IEnumerable<string> candidates, IEnumerable<string> nearestMatches)
        : this(kindOfThing, key, [.. candidates ?? []], [.. nearestMatches ?? []], null)
    {
    }

    // The sequences read once: one that can be enumerated only once gives the message and the property alike.
    private ReferenceNotFoundException(string kindOfThing, string key, ImmutableArray<string> candidates, ImmutableArray<string> nearest, string? meant)
        : base(Describe(kindOfThing, key, candidates, nearest, meant))
    {
        KindOfThing = kindOfThing;
        Key = key;
        Candidates = candidates;
        NearestMatches = nearest;
    }

    /// <summary>Gets what was looked up, such as <c>country</c> or <c>agency</c>.</summary>
    public string? KindOfThing { get; }

    /// <summary>Gets the key as given.</summary>
    public string? Key { get; }

    /// <summary>Gets what an ambiguous key could mean; empty when the key matched nothing.</summary>
    public ImmutableArray<string> Candidates { get; } = [];

    /// <summary>Gets the entries nearest to a key that matched nothing, nearest first (by the measure
    /// docs/design-decisions.md states: same text, initials, a few edits, prefix, whole words), such as
    /// <c>european-commission European Commission</c> for the acronym <c>EC</c>; empty when the key was ambiguous or
    /// nothing is near.</summary>
    public ImmutableArray<string> NearestMatches { get; } = [];

    // A code written with white space around it, that names an entry once trimmed: the message says which code was meant.
    internal static ReferenceNotFoundException Spaced(string kindOfThing, string key, string meant, string entry) =>
        new(kindOfThing, key, [], [entry], meant);

    private static string Describe(string kindOfThing, string key, ImmutableArray<string> candidates, ImmutableArray<string> nearest, string? meant)
    {
        if (!candidates.IsEmpty)
        {
            return $"The {kindOfThing} '{key}' is ambiguous: it could be {string.Join(", ", candidates)}. Use a code instead.";
        }
        if (meant is not null)
        {
            return $"No {kindOfThing} '{key}' in the reference data: a code has no white space around it; did you mean '{meant}'?";
        }
        return nearest.IsEmpty
            ? $"No {kindOfThing} '{key}' in the reference data."
            : $"No {kindOfThing} '{key}' in the reference data. Nearest: {string.Join("; ", nearest)}.";
    }
}
