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
    }

    /// <summary>Gets the resource, file or stream the data came from.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string? Path { get; }

    /// <summary>Gets the offending value, as text.</summary>
    public string? Value { get; }
}
