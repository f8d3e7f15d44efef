using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using MigDev.Core.Internal;

namespace MigDev.Core;

/// <summary>
/// A document that records cite: the five source documents of the embedded data (the seeds), or a user's own.
/// </summary>
/// <remarks>
/// <para>The five seeds are the embedded catalog's documents (<c>MigDevCatalog.Default.Documents</c>), with the titles, authors and dates their README gives (data/seeds).
/// Their dates are as precise as the README and no more: 000 was "written early 2008", so its date is 2008.</para>
/// <para>Equality is by <see cref="Id"/>. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class SourceDocument : IEquatable<SourceDocument>
{
    /// <summary>Initializes a source document.</summary>
    /// <param name="id">A short identifier, unique among the documents cited (<c>000</c> to <c>004</c> for the seeds).</param>
    /// <param name="title">The title, as the document or its catalogue gives it.</param>
    /// <param name="author">The author or issuing organisation, as written.</param>
    /// <param name="date">When it was written or issued, as precisely as known; <see langword="null"/> if unknown.</param>
    /// <param name="fileName">The file its line numbers refer to, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="author"/>
    /// is empty or white space, <paramref name="fileName"/> is empty or white space (<see langword="null"/> is none), or
    /// one of them holds an unpaired surrogate.</exception>
    /// <exception cref="ArgumentNullException">One of them is <see langword="null"/>.</exception>
    public SourceDocument(string id, string title, string author, Timeframe? date, string? fileName = null)
    {
        Id = Provenance.Text(Guard.Against.Blank(id, $"A source document needs an id, was '{id}'."), $"A source document", nameof(id));
        Title = Provenance.Text(Guard.Against.Blank(title, $"Source document '{id}' needs a title, was '{title}'."), $"Source document '{id}'", nameof(title));
        Author = Provenance.Text(Guard.Against.Blank(author, $"Source document '{id}' needs an author, was '{author}'."), $"Source document '{id}'", nameof(author));
        Date = date;
        FileName = Provenance.Optional(fileName, $"Source document '{id}'", nameof(fileName));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the author or issuing organisation.</summary>
    public string Author { get; }

    /// <summary>Gets when it was written or issued, as precisely as known.</summary>
    public Timeframe? Date { get; }

    /// <summary>Gets the file its line numbers refer to, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>Compares two documents by id.</summary>
    /// <param name="left">The first document.</param>
    /// <param name="right">The second document.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or have the same id.</returns>
    public static bool operator ==(SourceDocument? left, SourceDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two documents by id.</summary>
    /// <param name="left">The first document.</param>
    /// <param name="right">The second document.</param>
    /// <returns><see langword="true"/> if the ids differ.</returns>
    public static bool operator !=(SourceDocument? left, SourceDocument? right) => !(left == right);

    /// <summary>Returns whether another document has the same id.</summary>
    /// <param name="other">The other document.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] SourceDocument? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SourceDocument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the id and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}
