using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MigDev.Core.Catalog;
using MigDev.Core.DependencyInjection;

namespace MigDev.Core.Tests;

/// <summary>The registration's options: their defaults, the checks made when the services are registered (each naming
/// the option and its value), and the catalog they load when it is first resolved.</summary>
public class MigDevCoreOptionsTest
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "data", "catalog", "catalog.json");

    [Fact]
    public void Defaults_AreTheEmbeddedCatalog_AndA64MiBLimit()
    {
        var options = new MigDevCoreOptions();

        Assert.Null(options.CatalogPath);
        Assert.Null(options.CatalogStream);
        Assert.Equal("catalog stream", options.CatalogStreamName);
        Assert.True(options.ExtendEmbeddedCatalog);
        // docs/json-format.md, Limits: 64 MiB.
        Assert.Equal(64L * 1024 * 1024, options.MaxDocumentBytes);
        Assert.Same(MigDevCatalog.Default, options.LoadCatalog());
    }

    [Fact]
    public void Validate_PathAndStreamBothSet_ThrowsNamingBoth()
    {
        var options = new MigDevCoreOptions { CatalogPath = FilePath, CatalogStream = () => Stream.Null };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal("CatalogPath", ex.ParamName);
        Assert.Contains(FilePath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("CatalogStream", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no/such/catalog.json")]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_APathThatIsNoFile_ThrowsNamingIt(string path)
    {
        var ex = Assert.Throws<ArgumentException>(new MigDevCoreOptions { CatalogPath = path }.Validate);

        Assert.Equal("CatalogPath", ex.ParamName);
        Assert.Contains($"'{path}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoStreamName_ThrowsNamingIt()
    {
        var blank = Assert.Throws<ArgumentException>(new MigDevCoreOptions { CatalogStreamName = " " }.Validate);
        Assert.Equal("CatalogStreamName", blank.ParamName);
        Assert.Contains("' '", blank.Message, StringComparison.Ordinal);
        Assert.Equal("CatalogStreamName", Assert.Throws<ArgumentNullException>(new MigDevCoreOptions { CatalogStreamName = null! }.Validate).ParamName);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(2_147_483_592L)] // Array.MaxLength + 1: the largest buffer a document can be read into, checked at registration
    public void Validate_ALimitOutsideOneToArrayMaxLength_ThrowsWithTheValue(long limit)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new MigDevCoreOptions { MaxDocumentBytes = limit }.Validate);

        Assert.Equal("MaxDocumentBytes", ex.ParamName);
        Assert.Equal(limit, ex.ActualValue);
        Assert.Contains($"MaxDocumentBytes is {limit}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2_147_483_591, Array.MaxLength);
    }

    [Fact]
    public void Validate_AnExistingFile_Passes() => new MigDevCoreOptions { CatalogPath = FilePath, MaxDocumentBytes = 1 }.Validate();

    [Fact]
    public void LoadCatalog_TheCatalogFileStandingAlone_HoldsItsRecords()
    {
        using var file = JsonDocument.Parse(File.ReadAllBytes(FilePath));

        var catalog = new MigDevCoreOptions { CatalogPath = FilePath, ExtendEmbeddedCatalog = false }.LoadCatalog();

        Assert.Equal(FilePath, catalog.SourceName);
        Assert.Null(catalog.Extends);
        Assert.Equal(file.RootElement.GetProperty("programmes").GetArrayLength(), catalog.Model.Programmes.Length);
    }

    [Fact]
    public void LoadCatalog_TheLimitApplies_WhenTheCatalogIsRead()
    {
        var options = new MigDevCoreOptions { CatalogPath = FilePath, ExtendEmbeddedCatalog = false, MaxDocumentBytes = 1000 };
        options.Validate();

        var ex = Assert.Throws<MigDevDataException>(options.LoadCatalog);

        Assert.Equal(FilePath, ex.SourceName);
        Assert.IsType<InvalidDataException>(ex.InnerException);
    }

    [Fact]
    public void LoadCatalog_AStream_IsReadOnceUnderItsName_AndDisposed()
    {
        var stream = new TrackedStream(Encoding.UTF8.GetBytes("""{"formatVersion":1,"programmes":[{"id":"my-pilot","name":"My pilot","partners":[{"agency":"undp","role":"Implementing"}]}]}"""));
        var options = new MigDevCoreOptions { CatalogStream = () => stream, CatalogStreamName = "tenant.json" };

        var catalog = options.LoadCatalog();

        Assert.Equal("MigDev.Core.Catalog.catalog.json + tenant.json", catalog.SourceName);
        Assert.Same(MigDevCatalog.Default, catalog.Extends);
        Assert.True(stream.Disposed);
        Assert.Contains("returned null", Assert.Throws<InvalidOperationException>(new MigDevCoreOptions { CatalogStream = () => null! }.LoadCatalog).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMigDevCore_KeepsACopy_LaterChangesToTheOptionsDoNotCount()
    {
        MigDevCoreOptions? captured = null;
        var json = Encoding.UTF8.GetBytes("""{"formatVersion":1}""");
        using var provider = new ServiceCollection().AddMigDevCore(o =>
        {
            captured = o;
            o.CatalogStream = () => new MemoryStream(json);
            o.CatalogStreamName = "first.json";
        }).BuildServiceProvider();

        captured!.CatalogStreamName = "changed.json";
        captured.ExtendEmbeddedCatalog = false;

        Assert.Equal("MigDev.Core.Catalog.catalog.json + first.json", provider.GetRequiredService<MigDevCatalog>().SourceName);
    }

    private sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
