using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// The exception thrown when a lookup of reference data finds nothing: a country code, a country or region name, an
/// M49 code, an agency id, acronym or IATI identifier. It names the kind of thing and the key, and for an ambiguous
/// name, the candidates.
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
        : this(kindOfThing, key, [.. candidates ?? []])
    {
    }

    // The candidates read once: a sequence that can be enumerated only once gives the message and the property alike.
    private ReferenceNotFoundException(string kindOfThing, string key, ImmutableArray<string> candidates)
        : base(Describe(kindOfThing, key, candidates))
    {
        KindOfThing = kindOfThing;
        Key = key;
        Candidates = candidates;
    }

    /// <summary>Gets what was looked up, such as <c>country</c> or <c>agency</c>.</summary>
    public string? KindOfThing { get; }

    /// <summary>Gets the key as given.</summary>
    public string? Key { get; }

    /// <summary>Gets what an ambiguous key could mean; empty when the key matched nothing.</summary>
    public ImmutableArray<string> Candidates { get; } = [];

    private static string Describe(string kindOfThing, string key, ImmutableArray<string> candidates) => candidates.IsEmpty
        ? $"No {kindOfThing} '{key}' in the reference data."
        : $"The {kindOfThing} '{key}' is ambiguous: it could be {string.Join(", ", candidates)}. Use a code instead.";
}
