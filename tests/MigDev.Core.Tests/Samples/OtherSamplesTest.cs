using MigDev.Core.Samples.Hosting;
using MigDev.Core.Samples.OwnProgramme;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace MigDev.Core.Tests.Samples;

public class OtherSamplesTest
{
    private static string N(decimal d) => d.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void OwnProgramme_BuildsValidates_ShowsTwoFaults_AndTotalsInUsd()
    {
        var output = new StringWriter();

        Assert.Equal(0, OwnProgrammeSample.Run(output));

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("International Organization for Migration (XM-DAC-47066)", lines[0], StringComparison.Ordinal);
        Assert.Contains("committed to the pilot [CHF 120000.00, EUR 250000.00], outstanding [CHF 120000.00, EUR 150000.00]", lines.Single(l => l.StartsWith("3.", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The misspelt programme and the disbursement above the commitment: two faults, each with its path.
        Assert.Contains("4. Not built: 2 faults.", lines);
        Assert.Contains(lines, l => l.Contains("commitments[", StringComparison.Ordinal) && l.Contains("diaspora-skils-pilot", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("disburse", StringComparison.OrdinalIgnoreCase));
        // USD at the ECB rates of 2024-12-31 (or the latest publication before it), from the test's CSV.
        var day = EcbCsv.Dates.Last(d => d <= new LocalDate(2024, 12, 31));
        var usdPerEur = EcbCsv.Rate(day, "USD");
        var usdPerChf = usdPerEur / EcbCsv.Rate(day, "CHF");
        var eur = Math.Round(250_000m * usdPerEur, 2, MidpointRounding.ToEven);
        var chf = Math.Round(120_000m * usdPerChf, 2, MidpointRounding.ToEven);
        var total = lines.Single(l => l.StartsWith("5.", StringComparison.Ordinal));
        Assert.EndsWith($"USD {eur + chf:0.00}", total, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains($"EUR 250000.00 = USD {eur:0.00}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hosting_ResolvesTheLibrarysServices_AndAHostsOwnClockWins()
    {
        using var host = HostingSample.CreateHost([], services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)))));
        var output = new StringWriter();

        Assert.Equal(0, await HostingSample.RunAsync(host, output));

        var text = output.ToString();
        Assert.Contains("93 programmes, 100 agencies", text, StringComparison.Ordinal);
        Assert.Contains("today is 2026-11-23 by the injected clock", text, StringComparison.Ordinal);
        Assert.Contains($"Rates from {OfficialFixedRateProvider.Default.Source.Name}, then {ExchangeRateSource.Ecb.Name};", text, StringComparison.Ordinal);
        // JMDI's EUR 15 million, value date 2008: its first day, the latest ECB rate on or before (the test's CSV).
        var day = EcbCsv.Dates.Last(d => d <= new LocalDate(2008, 1, 1));
        Assert.Contains($"jmdi: EUR 15,000,000.00 = USD {N(15_000_000m * EcbCsv.Rate(day, "USD"))}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hosting_ReadsAUsersCatalog_FromConfiguration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mine-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"formatVersion": 1, "programmes": [{"id": "my-pilot", "name": "My pilot", "partners": [{"agency": "undp", "role": "Implementing"}]}]}""");
        try
        {
            using var host = HostingSample.CreateHost([$"--MigDev:CatalogPath={path}"]);
            var output = new StringWriter();
            await HostingSample.RunAsync(host, output);
            Assert.Contains("94 programmes", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
