using Ardalis.GuardClauses;
using MigDev.Core.Catalog;
using MigDev.Core.Internal;

namespace MigDev.Core.DependencyInjection;

/// <summary>
/// What <c>services.AddMigDevCore(...)</c> registers: the embedded catalog (the default), or your own catalog
/// document from a file or a stream, extending the embedded one or standing alone.
/// </summary>
/// <remarks>Checked when the services are registered: a bad value throws there, naming the option and its value.</remarks>
public sealed class MigDevCoreOptions
{
    /// <summary>Gets or sets the path of a catalog document to register instead of the embedded catalog alone;
    /// <see langword="null"/> (the default) for the embedded catalog. The file must exist when the services are
    /// registered; it is read when the catalog is first resolved.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>Gets or sets a function opening a stream holding a catalog document (called once, when the catalog is
    /// first resolved; the stream is disposed after reading). Not together with <see cref="CatalogPath"/>.</summary>
    public Func<Stream>? CatalogStream { get; set; }

    /// <summary>Gets or sets the name of <see cref="CatalogStream"/>'s document in messages; "catalog stream" by
    /// default.</summary>
    public string CatalogStreamName { get; set; } = "catalog stream";

    /// <summary>Gets or sets whether your catalog document extends the embedded catalog (its records may refer to the
    /// embedded agencies, programmes and documents, and the registered catalog holds both); <see langword="true"/> by
    /// default. Ignored when no document is given.</summary>
    public bool ExtendEmbeddedCatalog { get; set; } = true;

    /// <summary>Gets or sets the largest catalog document accepted, in bytes: from 1 to <see cref="Array.MaxLength"/>
    /// (checked by <c>AddMigDevCore</c>); <see cref="CatalogDocument.DefaultMaxDocumentBytes"/> by default.</summary>
    public long MaxDocumentBytes { get; set; } = CatalogDocument.DefaultMaxDocumentBytes;

    internal void Validate()
    {
        Guard.Against.Invalid(CatalogPath is not null && CatalogStream is not null,
            $"MigDevCoreOptions.CatalogPath ('{CatalogPath}') and MigDevCoreOptions.CatalogStream are both set: give one catalog document.", nameof(CatalogPath));
        Guard.Against.Invalid(CatalogPath is not null && (string.IsNullOrWhiteSpace(CatalogPath) || !File.Exists(CatalogPath)),
            $"MigDevCoreOptions.CatalogPath is '{CatalogPath}': no such file.", nameof(CatalogPath));
        Guard.Against.Blank(CatalogStreamName, $"MigDevCoreOptions.CatalogStreamName is '{CatalogStreamName}': give a name for messages.");
        // The limit CatalogDocument.Load enforces, checked at registration rather than when the catalog is first resolved.
        Guard.Against.InvalidNumber(MaxDocumentBytes < 1 || MaxDocumentBytes > Array.MaxLength, MaxDocumentBytes,
            $"MigDevCoreOptions.MaxDocumentBytes is {MaxDocumentBytes}: it must be from 1 to {Array.MaxLength}.", nameof(MaxDocumentBytes));
    }

    internal bool SameAs(MigDevCoreOptions other) =>
        CatalogPath == other.CatalogPath && CatalogStream == other.CatalogStream && CatalogStreamName == other.CatalogStreamName
        && ExtendEmbeddedCatalog == other.ExtendEmbeddedCatalog && MaxDocumentBytes == other.MaxDocumentBytes;

    internal MigDevCatalog LoadCatalog()
    {
        var extending = ExtendEmbeddedCatalog ? MigDevCatalog.Default : null;
        if (CatalogPath is not null)
        {
            return CatalogDocument.LoadFile(CatalogPath, MaxDocumentBytes, extending);
        }
        if (CatalogStream is not null)
        {
            using var stream = CatalogStream() ?? throw new InvalidOperationException("MigDevCoreOptions.CatalogStream returned null.");
            return CatalogDocument.Load(stream, CatalogStreamName, MaxDocumentBytes, extending);
        }
        return MigDevCatalog.Default;
    }

    internal MigDevCoreOptions Copy() => new()
    {
        CatalogPath = CatalogPath,
        CatalogStream = CatalogStream,
        CatalogStreamName = CatalogStreamName,
        ExtendEmbeddedCatalog = ExtendEmbeddedCatalog,
        MaxDocumentBytes = MaxDocumentBytes,
    };
}
