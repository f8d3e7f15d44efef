using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiImportResultTest
{
    private static readonly Lazy<IatiImportResult> Hundred =
        new(() => new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).ImportFile(IatiFiles.Hundred));

    [Fact]
    public void TryGetProgrammeId_EveryIdentifierOfIomsFile_IsAProgrammeOfTheModel_InOrder()
    {
        var identifiers = IatiFiles.Activities(IatiFiles.Hundred).Select(a => a.Element("iati-identifier")!.Value).ToList();
        var result = Hundred.Value;

        var ids = identifiers.Select(i => result.TryGetProgrammeId(i, out var id) ? id : default).ToList();

        Assert.Equal(result.Model.Programmes.Select(p => p.Id), ids);
        Assert.False(result.TryGetProgrammeId("XM-DAC-47066-NOT-IN-THE-FILE", out var none));
        Assert.True(none.IsDefault);
        Assert.False(result.TryGetProgrammeId(null, out _));
    }

    [Fact]
    public void ActivitiesFindingsAndNewAgencies_KeepWhatWasRead()
    {
        var xml = IatiFiles.Activities(IatiFiles.Hundred);
        var result = Hundred.Value;

        Assert.Equal(xml.Select(a => a.Element("iati-identifier")!.Value), result.Activities.Select(a => a.Identifier));
        Assert.All(result.Activities.SelectMany(a => a.Findings), f => Assert.Contains(f, result.Findings));
        Assert.NotEmpty(result.NewAgencies);
        Assert.All(result.NewAgencies, a => Assert.True(result.Model.Agencies.TryGet(a.Id, out _), a.Id.ToString()));
        // Each new agency is an organisation the file names by an identifier the catalog does not know.
        var refs = xml.SelectMany(a => a.Descendants()).Select(e => (string?)e.Attribute("ref")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.All(result.NewAgencies, a => Assert.Contains(a.IatiIdentifier!, refs));
        Assert.All(result.NewAgencies, a => Assert.False(MigDevCatalog.Default.Agencies.TryGetByIatiIdentifier(a.IatiIdentifier!, out _)));
    }
}
