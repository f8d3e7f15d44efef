namespace MigDev.Core.Iati;

/// <summary>A limit of <see cref="IatiReaderLimits"/> broken, as the input meter or the activity reader finds it; the
/// reader turns it into the <see cref="MigDevDataException"/> the caller sees, adding the source and the activity.
/// Internal: it never leaves the reader.</summary>
internal sealed class IatiLimitException : Exception
{
    public IatiLimitException()
    {
    }

    public IatiLimitException(string message)
        : base(message)
    {
    }

    public IatiLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a limit.</summary>
    /// <param name="what">What is too long or too deep, with where it is, such as "the tag '&lt;value cur…' at line 3,
    /// position 7".</param>
    /// <param name="limit">The property of <see cref="IatiReaderLimits"/>, such as <c>MaxTagBytes</c>.</param>
    /// <param name="value">Its value.</param>
    /// <param name="unit">What it counts, such as "bytes".</param>
    /// <param name="element">The element it is in or is, or <see langword="null"/>.</param>
    /// <param name="excerpt">The start of the offending text, or <see langword="null"/>.</param>
    public IatiLimitException(string what, string limit, long value, string unit, string? element, string? excerpt)
        : base(FormattableString.Invariant($"{what} goes beyond IatiReaderLimits.{limit} ({value:N0} {unit}): the read stops here. Raise the limit (IatiReaderLimits) if the file is trusted."))
    {
        Limit = limit;
        Element = element;
        Excerpt = excerpt;
    }

    /// <summary>Gets the name of the limit, such as <c>MaxTagBytes</c>.</summary>
    public string? Limit { get; }

    /// <summary>Gets the element the limit was broken in, or <see langword="null"/>.</summary>
    public string? Element { get; }

    /// <summary>Gets the start of the offending text, or <see langword="null"/>.</summary>
    public string? Excerpt { get; }
}
