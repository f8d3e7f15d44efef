using System.Globalization;
using MigDev.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using MigDev.Core.Catalog;

namespace MigDev.Core.Samples.Hosting;

/// <summary>The host and the one service the sample runs.</summary>
public static class HostingSample
{
    /// <summary>Builds the host: <c>AddMigDevCore</c>, configured from the <c>MigDev</c> section (command line,
    /// environment, appsettings), and the report service.</summary>
    public static IHost CreateHost(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var section = builder.Configuration.GetSection("MigDev");
        builder.Services.AddMigDevCore(o =>
        {
            o.CatalogPath = section["CatalogPath"];
            if (bool.TryParse(section["ExtendEmbeddedCatalog"], out var extend))
            {
                o.ExtendEmbeddedCatalog = extend;
            }
        });
        builder.Services.AddSingleton<FundingReport>();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>Resolves the report from the container and writes it.</summary>
    public static Task<int> RunAsync(IHost host, TextWriter output)
    {
        host.Services.GetRequiredService<FundingReport>().Write(output);
        return Task.FromResult(0);
    }
}

/// <summary>An application service that takes the library's services by constructor injection.</summary>
public sealed class FundingReport(MigDevCatalog catalog, AgencyDirectory agencies, CurrencyConverter converter, IClock clock)
{
    /// <summary>Writes the catalog's commitments in USD at their value dates, and today's date by the injected clock.</summary>
    public void Write(TextWriter output)
    {
        output.WriteLine($"Catalog '{catalog.SourceName}': {catalog.Model.Programmes.Length} programmes, {agencies.Count} agencies.");
        var sources = converter.Provider is CompositeExchangeRateProvider composite ? string.Join(", then ", composite.Providers.Select(p => p.Source.Name)) : converter.Provider.Source.Name;
        output.WriteLine($"Rates from {sources}; today is {clock.GetCurrentInstant().InUtc().Date:uuuu-MM-dd} by the injected clock.");
        foreach (var c in catalog.Model.Commitments.Where(c => c.Amount is not null && c.ValueDate is not null && c.Stage == FundingStage.Commitment))
        {
            var usd = converter.Convert(c.Amount!.Value, CurrencyCode.USD, c.ValueDate!.Value.FirstDay, RatePolicy.LatestOnOrBefore(), MidpointRounding.ToEven);
            output.WriteLine($"{c.Programme}: {c.Amount.Value.ToString("N", CultureInfo.InvariantCulture)} = {usd.Converted.ToString("N", CultureInfo.InvariantCulture)} at {usd.Rate}");
        }
    }
}
