using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using MigDev.Core.Catalog;

namespace MigDev.Core.Tests;

/// <summary>AddMigDevCore, in the real Microsoft.Extensions.DependencyInjection container.</summary>
public class MigDevCoreServiceCollectionExtensionsTest
{
    [Fact]
    public void Defaults_RegisterTheEmbeddedCatalogTheEcbAndTheSystemClock()
    {
        using var provider = new ServiceCollection().AddMigDevCore().BuildServiceProvider(validateScopes: true);
        Assert.Same(MigDevCatalog.Default, provider.GetRequiredService<MigDevCatalog>());
        Assert.Same(MigDevCatalog.Default.Agencies, provider.GetRequiredService<AgencyDirectory>());
        // The official fixed euro rates, then the ECB's history, as one provider.
        var rates = Assert.IsType<CompositeExchangeRateProvider>(provider.GetRequiredService<IExchangeRateProvider>());
        Assert.Equal<IExchangeRateProvider>([OfficialFixedRateProvider.Default, EcbExchangeRateProvider.Default], rates.Providers);
        Assert.Null(provider.GetService<EcbRateRefresher>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var converter = provider.GetRequiredService<CurrencyConverter>();
        Assert.Same(converter, provider.GetRequiredService<CurrencyConverter>());
        // EUR→USD 1.4688 on 2008-01-02 (data/ecb/eurofxref-hist.csv).
        Assert.Equal(new Money(1.4688m, CurrencyCode.USD), converter.Convert(new Money(1m, CurrencyCode.EUR), CurrencyCode.USD, new LocalDate(2008, 1, 2), RatePolicy.ExactDate).Converted);
    }

    [Fact]
    public void TheHostsOwnRegistrations_Win()
    {
        var clock = new FakeClock(Instant.FromUtc(2013, 1, 1, 0, 0));
        var rates = SuppliedExchangeRateProvider.Empty.Add(new ExchangeRate(CurrencyCode.EUR, CurrencyCode.USD, 2m, new LocalDate(2013, 1, 1), new ExchangeRateSource("test")));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddSingleton<IExchangeRateProvider>(rates);
        using var provider = services.AddMigDevCore().BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(rates, provider.GetRequiredService<IExchangeRateProvider>());
        Assert.Equal(2m, provider.GetRequiredService<CurrencyConverter>()
            .Convert(new Money(1m, CurrencyCode.EUR), CurrencyCode.USD, new LocalDate(2013, 1, 1), RatePolicy.ExactDate).Converted.Amount);
    }

    [Fact]
    public void ACatalogFromAFileOrAStream_ExtendsTheEmbeddedOne()
    {
        const string Json = """{"formatVersion":1,"programmes":[{"id":"my-pilot","name":"My pilot","partners":[{"agency":"undp","role":"Implementing"}]}]}""";
        var path = Path.Combine(Path.GetTempPath(), $"migdev-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json);
        try
        {
            using var fromFile = new ServiceCollection().AddMigDevCore(o => o.CatalogPath = path).BuildServiceProvider();
            var catalog = fromFile.GetRequiredService<MigDevCatalog>();
            Assert.Equal("my-pilot", catalog.GetProgramme(ProgrammeId.Parse("my-pilot")).Id.Value);
            Assert.Equal(MigDevCatalog.Default.Model.Programmes.Length + 1, catalog.Model.Programmes.Length);
        }
        finally
        {
            File.Delete(path);
        }
        var opened = 0;
        using var fromStream = new ServiceCollection().AddMigDevCore(o =>
        {
            o.CatalogStream = () => { opened++; return new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Json)); };
            o.CatalogStreamName = "tenant.json";
        }).BuildServiceProvider();
        Assert.Equal(0, opened);
        Assert.Equal("MigDev.Core.Catalog.catalog.json + tenant.json", fromStream.GetRequiredService<MigDevCatalog>().SourceName);
        Assert.Same(fromStream.GetRequiredService<MigDevCatalog>(), fromStream.GetRequiredService<MigDevCatalog>());
        Assert.Equal(1, opened);

        using var alone = new ServiceCollection().AddMigDevCore(o => { o.CatalogStream = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Json)); o.ExtendEmbeddedCatalog = false; }).BuildServiceProvider();
        var ex = Assert.Throws<MigDevDataException>(() => alone.GetRequiredService<MigDevCatalog>());
        Assert.Equal("$.programmes[0].partners[0].agency", Assert.Single(ex.Faults).Path);
    }

    [Fact]
    public void InvalidOptions_FailAtRegistration_NamingTheOptionAndValue()
    {
        var missing = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMigDevCore(o => o.CatalogPath = "/no/such/catalog.json"));
        Assert.Contains("CatalogPath", missing.Message, StringComparison.Ordinal);
        Assert.Contains("/no/such/catalog.json", missing.Message, StringComparison.Ordinal);
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddMigDevCore(o => o.MaxDocumentBytes = 0));
        Assert.Contains("MaxDocumentBytes", size.Message, StringComparison.Ordinal);
        Assert.Equal(0L, size.ActualValue);
        var both = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMigDevCore(o => { o.CatalogPath = "a.json"; o.CatalogStream = () => Stream.Null; }));
        Assert.Contains("CatalogStream", both.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddMigDevCore());
    }

    [Fact]
    public void ASecondCall_WithTheSameOptionsAddsNothing_WithOthersThrows()
    {
        var services = new ServiceCollection().AddMigDevCore();
        var count = services.Count;
        services.AddMigDevCore();
        Assert.Equal(count, services.Count);
        var ex = Assert.Throws<InvalidOperationException>(() => services.AddMigDevCore(o => o.CatalogStream = () => Stream.Null));
        Assert.Contains("other options", ex.Message, StringComparison.Ordinal);
    }
}
