namespace MigDev.Core.EntityFrameworkCore;

/// <summary>
/// The exception thrown when a value cannot go into its column (<c>default(CurrencyCode)</c>, an amount with more decimal
/// places than a narrowed column holds) or a value read from a column is not one of the library's values (an unknown
/// currency code, a malformed partial date): it names the table, the column and the value.
/// </summary>
/// <remarks>
/// <para>When reading, a query throws it as it is (EF Core 10 does not wrap what a converter throws there). When saving,
/// <c>SaveChanges</c> throws EF Core's <c>DbUpdateException</c> with this exception as its
/// <see cref="Exception.InnerException"/>; <see cref="Find"/> digs it out of any chain.</para>
/// <para>The table and column are the ones EF Core's model maps the property to when the converter was configured by
/// <see cref="MigDevCoreConventionsExtensions.AddMigDevCoreConventions"/>; a converter created by hand names what its
/// creator passed, or nothing.</para>
/// </remarks>
public sealed class MigDevDatabaseValueException : Exception
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public MigDevDatabaseValueException()
        : base("A database value is not valid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public MigDevDatabaseValueException(string? message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MigDevDatabaseValueException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for a value of a column.</summary>
    /// <param name="table">The table, or <see langword="null"/> when not known.</param>
    /// <param name="column">The column, or <see langword="null"/> when not known.</param>
    /// <param name="value">The offending value as text (as read, or as it would be written), or <see langword="null"/>
    /// for a value that has no text, such as <c>default(CurrencyCode)</c>.</param>
    /// <param name="reason">What is wrong, such as <c>is not an ISO 4217 currency code</c>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public MigDevDatabaseValueException(string? table, string? column, string? value, string reason, Exception? innerException)
        : base(Describe(table, column, value, reason), innerException)
    {
        Table = table;
        Column = column;
        Value = value;
    }

    /// <summary>Gets the table, or <see langword="null"/> when not known.</summary>
    public string? Table { get; }

    /// <summary>Gets the column, or <see langword="null"/> when not known.</summary>
    public string? Column { get; }

    /// <summary>Gets the offending value as text, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Returns the <see cref="MigDevDatabaseValueException"/> in an exception's chain of inner exceptions (EF
    /// Core's <c>DbUpdateException</c> wraps the one a converter throws while saving), or <see langword="null"/>.</summary>
    /// <param name="exception">The exception a query or <c>SaveChanges</c> threw.</param>
    /// <returns>The exception, or <see langword="null"/> when the chain holds none.</returns>
    public static MigDevDatabaseValueException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is MigDevDatabaseValueException found)
            {
                return found;
            }
        }
        return null;
    }

    private static string Describe(string? table, string? column, string? value, string reason)
    {
        var where = (table, column) switch
        {
            (null, null) => "A database value",
            (null, { } c) => $"Column '{c}'",
            ({ } t, null) => $"Table '{t}'",
            ({ } t, { } c) => $"Table '{t}', column '{c}'",
        };
        return value is null ? $"{where}: {reason}." : $"{where}: '{value}' {reason}.";
    }
}
