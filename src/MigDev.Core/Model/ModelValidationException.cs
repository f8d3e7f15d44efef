using System.Collections.Immutable;
using System.Text;

namespace MigDev.Core;

/// <summary>The exception thrown when a model has faults: all of them, each with its path, value and rule.</summary>
public sealed class ModelValidationException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public ModelValidationException()
        : base("The model is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public ModelValidationException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelValidationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with the faults found, all listed in the message.</summary>
    /// <param name="faults">The faults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="faults"/> is <see langword="null"/>.</exception>
    public ModelValidationException(IEnumerable<ValidationFault> faults)
        : this(Describe(faults, out var list))
    {
        Faults = list;
    }

    /// <summary>Gets the faults, in the order found.</summary>
    public ImmutableArray<ValidationFault> Faults { get; } = [];

    private static string Describe(IEnumerable<ValidationFault> faults, out ImmutableArray<ValidationFault> list)
    {
        ArgumentNullException.ThrowIfNull(faults);
        list = [.. faults];
        var sb = new StringBuilder($"The model has {list.Length} fault{(list.Length == 1 ? "" : "s")}:");
        foreach (var fault in list)
        {
            sb.AppendLine().Append("- ").Append(fault);
        }
        return sb.ToString();
    }
}
