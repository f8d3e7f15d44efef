using System.Net;

namespace MigDev.Core.Tests;

public class EcbRefreshResultTest
{
    [Fact]
    public void ToString_SaysOutcomeFaultAndDetail()
    {
        var kept = new EcbRefreshResult(EcbRefreshOutcome.KeptCache, EcbRefreshFault.OlderThanCache, "older", HttpStatusCode.OK, "/tmp/c.zip", null);
        var downloaded = new EcbRefreshResult(EcbRefreshOutcome.Downloaded, EcbRefreshFault.None, "new", HttpStatusCode.OK, "/tmp/c.zip", null);

        Assert.Equal("KeptCache (OlderThanCache): older", kept.ToString());
        Assert.Equal("Downloaded: new", downloaded.ToString());
        Assert.Equal("/tmp/c.zip", kept.CachePath);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }
}
