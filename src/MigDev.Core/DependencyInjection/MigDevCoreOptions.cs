using Ardalis.GuardClauses;
using MigDev.Core.Catalog;
using MigDev.Core.Internal;

namespace MigDev.Core.DependencyInjection;

/// <summary>
/// What <c>services.AddMigDevCore(...)</c> registers: the embedded catalog (the default), or your own catalog
/// document from a file or a stream, extending the embedded one or standing alone; and the exchange rates its
/// <see cref="CurrencyConverter"/> uses: your own tables, the official fixed euro rates, the ECB's history (embedded, a
/// file of the ECB's layered over it, a refreshed cache) and your fallback tables, in that order
/// (<see cref="CompositeExchangeRateProvider"/>).
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

    /// <summary>Gets the paths of your own rate tables consulted before every other source (contract rates), in order:
    /// each a CSV or exchangerate.host JSON file as <see cref="ExchangeRateFile.Load"/> reads it. Each must exist when
    /// the services are registered; they are read when the converter is first resolved.</summary>
    public IList<string> RateTables { get; } = [];

    /// <summary>Gets the paths of your own rate tables consulted after the ECB (operational rates; a USD table for the
    /// currencies the ECB never published), in order, read as <see cref="RateTables"/>.</summary>
    public IList<string> FallbackRateTables { get; } = [];

    /// <summary>Gets the codes that are not ISO 4217 (BTC, CNH...) which <see cref="RateTables"/> and
    /// <see cref="FallbackRateTables"/> may hold and which are then skipped; any other such code in a table is an error
    /// when the converter is first resolved. Empty by default: nothing is skipped unless you name it.</summary>
    public ISet<string> SkippedCurrencyCodes { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Gets or sets whether the official fixed euro rates (<see cref="OfficialFixedRateProvider.Default"/>: the
    /// currencies the euro replaced, and the pegs of the CFA francs and others) are consulted before the ECB;
    /// <see langword="true"/> by default.</summary>
    public bool UseOfficialFixedRates { get; set; } = true;

    /// <summary>Gets or sets the path of an ECB file (<c>eurofxref-hist.csv</c>, its zip, or an XML feed) to layer over
    /// the embedded history (<see cref="EcbExchangeRateProvider.Layer"/>), or <see langword="null"/>. A rate that
    /// disagrees with the embedded history makes the first resolution of the converter throw, listing them all.</summary>
    public string? EcbFile { get; set; }

    /// <summary>Gets or sets the cache file of an <see cref="EcbRateRefresher"/>, or <see langword="null"/>. With
    /// <see cref="EcbHttpClient"/> set, <c>AddMigDevCore</c> registers the refresher (nothing downloads until you call
    /// <see cref="EcbRateRefresher.RefreshAsync"/>); when the converter is first resolved, the cache, if it exists, is
    /// layered over the embedded history (after <see cref="EcbFile"/>). Refresh before the first conversion.</summary>
    public string? EcbCachePath { get; set; }

    /// <summary>Gets or sets how the refresher gets its <see cref="HttpClient"/>, such as
    /// <c>sp =&gt; sp.GetRequiredService&lt;IHttpClientFactory&gt;().CreateClient("ecb")</c>; required with
    /// <see cref="EcbCachePath"/>.</summary>
    public Func<IServiceProvider, HttpClient>? EcbHttpClient { get; set; }

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
        foreach (var (name, paths) in new[] { (nameof(RateTables), RateTables), (nameof(FallbackRateTables), FallbackRateTables) })
        {
            var missing = paths.Where(path => string.IsNullOrWhiteSpace(path) || !File.Exists(path)).ToList();
            Guard.Against.Invalid(missing.Count > 0, $"MigDevCoreOptions.{name} has '{missing.FirstOrDefault()}': no such file.", name);
        }
        Guard.Against.Invalid(EcbFile is not null && (string.IsNullOrWhiteSpace(EcbFile) || !File.Exists(EcbFile)), $"MigDevCoreOptions.EcbFile is '{EcbFile}': no such file.", nameof(EcbFile));
        Guard.Against.Invalid(EcbCachePath is not null != EcbHttpClient is not null,
            $"MigDevCoreOptions.EcbCachePath ('{EcbCachePath}') and EcbHttpClient go together: the refresher needs both.", nameof(EcbCachePath));
        Guard.Against.Invalid(EcbCachePath is not null && string.IsNullOrWhiteSpace(EcbCachePath), $"MigDevCoreOptions.EcbCachePath is '{EcbCachePath}': give a file's path.", nameof(EcbCachePath));
    }

    // The providers in order: your tables, the fixed euro rates, the ECB (embedded, your file and the cache layered), your
    // fallback tables. The ECB alone is the provider itself, not a composite of one.
    internal IExchangeRateProvider BuildRates()
    {
        var ecb = EcbExchangeRateProvider.Default;
        foreach (var path in new[] { EcbFile, EcbCachePath is { } cache && File.Exists(cache) ? cache : null }.OfType<string>())
        {
            var layered = ecb.Layer(EcbRateFile.Load(path));
            layered.ThrowIfDisagreements();
            ecb = layered.Provider;
        }
        List<IExchangeRateProvider> providers = [.. RateTables.Select(Table)];
        if (UseOfficialFixedRates)
        {
            providers.Add(OfficialFixedRateProvider.Default);
        }
        providers.Add(ecb);
        providers.AddRange(FallbackRateTables.Select(Table));
        return providers.Count == 1 ? ecb : new CompositeExchangeRateProvider(providers);
    }

    // A table, skipping only the codes named in SkippedCurrencyCodes: another code that is not ISO 4217 is refused.
    private SuppliedExchangeRateProvider Table(string path)
    {
        var skipped = new List<string>();
        var table = ExchangeRateFile.Load(path, skipped);
        var unnamed = skipped.Where(code => !SkippedCurrencyCodes.Contains(code)).Distinct(StringComparer.Ordinal).ToList();
        return unnamed.Count == 0 ? table : throw new MigDevDataException(path, "$", string.Join(", ", unnamed),
            new FormatException($"{string.Join(", ", unnamed)} are not ISO 4217 currency codes: name them in MigDevCoreOptions.SkippedCurrencyCodes to skip them."));
    }

    internal bool SameAs(MigDevCoreOptions other) =>
        CatalogPath == other.CatalogPath && CatalogStream == other.CatalogStream && CatalogStreamName == other.CatalogStreamName
        && ExtendEmbeddedCatalog == other.ExtendEmbeddedCatalog && MaxDocumentBytes == other.MaxDocumentBytes
        && RateTables.SequenceEqual(other.RateTables) && FallbackRateTables.SequenceEqual(other.FallbackRateTables)
        && UseOfficialFixedRates == other.UseOfficialFixedRates && EcbFile == other.EcbFile && EcbCachePath == other.EcbCachePath
        && EcbHttpClient == other.EcbHttpClient && SkippedCurrencyCodes.SetEquals(other.SkippedCurrencyCodes);

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

    internal MigDevCoreOptions Copy()
    {
        var copy = CopyScalars();
        foreach (var path in RateTables)
        {
            copy.RateTables.Add(path);
        }
        foreach (var path in FallbackRateTables)
        {
            copy.FallbackRateTables.Add(path);
        }
        copy.SkippedCurrencyCodes.UnionWith(SkippedCurrencyCodes);
        return copy;
    }

    private MigDevCoreOptions CopyScalars() => new()
    {
        UseOfficialFixedRates = UseOfficialFixedRates,
        EcbFile = EcbFile,
        EcbCachePath = EcbCachePath,
        EcbHttpClient = EcbHttpClient,
        CatalogPath = CatalogPath,
        CatalogStream = CatalogStream,
        CatalogStreamName = CatalogStreamName,
        ExtendEmbeddedCatalog = ExtendEmbeddedCatalog,
        MaxDocumentBytes = MaxDocumentBytes,
    };
}
