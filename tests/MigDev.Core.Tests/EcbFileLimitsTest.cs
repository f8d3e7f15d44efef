namespace MigDev.Core.Tests;

public class EcbFileLimitsTest
{
    [Fact]
    public void Default_FitsTheRealFileWithRoom()
    {
        var limits = EcbFileLimits.Default;
        Assert.Equal(64L * 1024 * 1024, limits.MaxFileBytes);
        Assert.Equal(20_000, limits.MaxPublications);
        Assert.Equal(64, limits.MaxCurrencies);
        Assert.True(new FileInfo(EcbFiles.CsvPath).Length * 20 < limits.MaxFileBytes);
        Assert.True(EcbCsv.Dates.Count * 2 < limits.MaxPublications);
    }

    [Fact]
    public void OutOfRange_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EcbFileLimits { MaxFileBytes = 1023 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EcbFileLimits { MaxFileBytes = (1024L * 1024 * 1024) + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EcbFileLimits { MaxPublications = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EcbFileLimits { MaxPublications = 65_536 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EcbFileLimits { MaxCurrencies = 128 });
        Assert.Equal(1024, new EcbFileLimits { MaxFileBytes = 1024 }.MaxFileBytes);
    }

    [Fact]
    public void FileBeyondMaxFileBytes_IsRefused_CsvZipAndXml()
    {
        var limits = new EcbFileLimits { MaxFileBytes = 1_000_000 };
        var csv = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(EcbFiles.CsvPath, limits));
        Assert.Contains("MaxFileBytes (1000000 bytes)", csv.Message, StringComparison.Ordinal);
        // The zip is about 0.4 MB; the CSV inside it 1.9 MB: the inflated size is what counts.
        var zip = EcbFiles.Zip(EcbFiles.Csv);
        Assert.True(zip.Length < 1_000_000);
        var inZip = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(zip), "eurofxref-hist.zip", limits));
        Assert.Equal("eurofxref-hist.zip!eurofxref-hist.csv", inZip.SourceName);
        var xml = System.Text.Encoding.UTF8.GetBytes(EcbFiles.HistXml(EcbFiles.Csv));
        Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(xml), "eurofxref-hist.xml", limits));
    }

    [Fact]
    public void MorePublicationsThanMax_IsRefusedAtTheFirstLineBeyond()
    {
        var limits = new EcbFileLimits { MaxPublications = 100 };
        var csv = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(EcbFiles.CsvPath, limits));
        Assert.Equal("line 102, field 1", csv.Path);
        Assert.Contains("more than 100 publication dates", csv.Message, StringComparison.Ordinal);
        var xml = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(EcbFiles.HistXml(EcbFiles.Csv))), "h.xml", limits));
        Assert.Contains("more than 100 publication dates", xml.Message, StringComparison.Ordinal);
        Assert.Equal(100, EcbRateFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', EcbFiles.Lines(EcbFiles.Csv).Take(101)))), "100.csv", limits).PublicationCount);
    }

    [Fact]
    public void MoreCurrenciesThanMax_IsRefused()
    {
        var limits = new EcbFileLimits { MaxCurrencies = 40 };
        var csv = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(EcbFiles.CsvPath, limits));
        Assert.Equal("line 1, field 42", csv.Path);
        var xml = Assert.Throws<MigDevDataException>(() => EcbRateFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(EcbFiles.HistXml(EcbFiles.Csv))), "h.xml", limits));
        Assert.Contains("more than 40 currencies", xml.Message, StringComparison.Ordinal);
    }
}
