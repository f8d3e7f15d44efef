using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiImportProgressTest
{
    [Fact]
    public void ImportFiles_ReportsEachFileDone_WithTheActivitiesSoFar_AndReadsAsALine()
    {
        var reports = new List<IatiImportProgress>();
        var importer = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents);
        var result = importer.ImportFiles([IatiFiles.Single, IatiFiles.Hundred], new Recorder(reports));
        Assert.Equal([(1, 1, true), (2, 101, true)], reports.Select(p => (p.FileNumber, p.Activities, p.IsFileDone)));
        Assert.Equal(101, result.Model.Programmes.Length);
        Assert.Equal("file 2 of 2 (iom-XM-DAC-47066-dportal_118.xml) read: 101 activities read", reports[1].ToString());
    }

    private sealed class Recorder(List<IatiImportProgress> reports) : IProgress<IatiImportProgress>
    {
        public void Report(IatiImportProgress value) => reports.Add(value);
    }
}
