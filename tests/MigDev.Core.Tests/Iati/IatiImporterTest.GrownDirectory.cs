using MigDev.Core.Catalog;
using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>A directory grown by an earlier import (its new agencies added, as a database import does batch by batch,
/// issue 20): importing again makes no new agency with an id the directory has (it threw "Two agencies have the id"
/// when a hashed id of the first import came again).</summary>
public partial class IatiImporterTest
{
    [Fact]
    public void Import_WithADirectoryGrownByAnEarlierImport_MakesNoIdTheDirectoryHas()
    {
        var files = CorpusFileNames.Select(f => Path.Combine(IatiFiles.Directory, "corpus", f)).ToList();
        var first = new IatiImporter(MigDevCatalog.Default.Agencies, MigDevCatalog.Default.Documents).ImportFiles(files);
        var grown = MigDevCatalog.Default.Agencies.With(first.NewAgencies);

        var again = new IatiImporter(grown, MigDevCatalog.Default.Documents).ImportFiles(files);

        Assert.All(again.NewAgencies, a => Assert.False(grown.TryGet(a.Id, out _), $"{a.Id} is in the directory already"));
        Assert.Equal(grown.Count + again.NewAgencies.Length, again.Model.Agencies.Count);
    }
}
