using Ardalis.GuardClauses;
using MigDev.Core.Internal;
using System.Collections.Immutable;

namespace MigDev.Core;

/// <summary>
/// The exception thrown when data read by the library (the embedded catalog, a user's catalog) is not valid: it names
/// the source, the JSON path, and the offending value, with the reason as its inner exception.
/// </summary>
public sealed class MigDevDataException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public MigDevDataException()
        : base("The data is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public MigDevDataException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MigDevDataException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for a value at a path of a source.</summary>
    /// <param name="sourceName">The resource, file or stream the data came from.</param>
    /// <param name="path">The JSON path of the value, such as <c>$.programmes[3].partners[1].agency</c>.</param>
    /// <param name="value">The offending value, as text, or <see langword="null"/>.</param>
    /// <param name="innerException">The reason.</param>
    public MigDevDataException(string sourceName, string path, string? value, Exception? innerException)
        : base($"{sourceName}: {path}{(value is null ? "" : $" = '{value}'")}: {innerException?.Message}", innerException)
    {
        SourceName = sourceName;
        Path = path;
        Value = value;
        // A fault needs a path and a rule: an empty path is the document's root, an empty reason "not valid".
        Faults = [new ValidationFault(string.IsNullOrWhiteSpace(path) ? "$" : path, value, string.IsNullOrWhiteSpace(innerException?.Message) ? "not valid" : innerException.Message)];
    }

    /// <summary>Initializes a new instance for the whole-model faults of a source: every one, each with its JSON path.</summary>
    /// <param name="sourceName">The resource, file or stream the data came from.</param>
    /// <param name="faults">The faults (at least one); the first gives <see cref="Path"/> and <see cref="Value"/>.</param>
    /// <param name="innerException">The reason, such as the <see cref="ModelValidationException"/> of the model.</param>
    /// <exception cref="ArgumentException"><paramref name="faults"/> is empty.</exception>
    public MigDevDataException(string sourceName, IEnumerable<ValidationFault> faults, Exception? innerException)
        : this(sourceName, [.. Guard.Against.Null(faults)], innerException)
    {
    }

    private MigDevDataException(string sourceName, ImmutableArray<ValidationFault> faults, Exception? innerException)
        : base(Describe(sourceName, faults), innerException)
    {
        SourceName = sourceName;
        Path = faults[0].Path;
        Value = faults[0].Value;
        Faults = faults;
    }

    /// <summary>Gets every fault found, each with its JSON path and value; one entry for an error that stopped the
    /// reading (malformed JSON, a value of the wrong type), several for whole-model faults.</summary>
    public ImmutableArray<ValidationFault> Faults { get; } = [];

    /// <summary>Gets the resource, file or stream the data came from.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string? Path { get; }

    /// <summary>Gets the offending value, as text.</summary>
    public string? Value { get; }

    private static string Describe(string sourceName, ImmutableArray<ValidationFault> faults)
    {
        Guard.Against.Invalid(faults.IsEmpty, "At least one fault is needed.", nameof(faults));
        return $"{sourceName}: {faults.Length} fault{(faults.Length == 1 ? "" : "s")}:{Environment.NewLine}{string.Join(Environment.NewLine, faults.Select(f => $"  {f}"))}";
    }
}
