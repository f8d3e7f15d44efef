using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

public class IatiSectorTest
{
    [Fact]
    public void MigrationPurposeCode_IsTheDacCodeForMigration()
    {
        var name = IatiFiles.Codelist("Sector")[IatiSector.MigrationPurposeCode];

        Assert.Equal("Facilitation of orderly, safe, regular and responsible migration and mobility", name);
    }
}
