using System.Diagnostics.CodeAnalysis;

namespace MigDev.Core;

/// <summary>One fault of a model: where (a path such as <c>programmes[3].partners[1].agency</c>), the offending value,
/// and the rule it breaks.</summary>
/// <remarks>Value equality. Immutable.</remarks>
public sealed class ValidationFault : IEquatable<ValidationFault>
{
    /// <summary>Initializes a fault.</summary>
    /// <param name="path">Where, such as <c>commitments[0].programme</c>.</param>
    /// <param name="value">The offending value, as text, or <see langword="null"/>.</param>
    /// <param name="rule">The rule broken, in words.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="rule"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="rule"/> is <see langword="null"/>.</exception>
    public ValidationFault(string path, string? value, string rule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        Path = path;
        Value = value;
        Rule = rule;
    }

    /// <summary>Gets where the fault is.</summary>
    public string Path { get; }

    /// <summary>Gets the offending value, as text.</summary>
    public string? Value { get; }

    /// <summary>Gets the rule broken.</summary>
    public string Rule { get; }

    /// <summary>Compares two faults.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ValidationFault? left, ValidationFault? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two faults.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ValidationFault? left, ValidationFault? right) => !(left == right);

    /// <summary>Returns whether path, value and rule are equal.</summary>
    /// <param name="other">The other fault.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public bool Equals([NotNullWhen(true)] ValidationFault? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Value, other.Value, StringComparison.Ordinal) && string.Equals(Rule, other.Rule, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ValidationFault other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Value, Rule);

    /// <summary>Returns <c>path: 'value': rule</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is null ? $"{Path}: {Rule}" : $"{Path}: '{Value}': {Rule}";
}
