namespace MigDev.Core.Samples.Web.Load.Tests;

public sealed class LoopbackTest
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://127.3.2.1:41000/", "http://127.3.2.1:41000/")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/")]
    [InlineData("http://localhost:5080/funding?currency=CHF", "http://localhost:5080/")]
    public void Require_LoopbackHttp_IsTheAuthorityAlone(string address, string expected) =>
        Assert.Equal(new Uri(expected), Loopback.Require(address));

    [Theory]
    [InlineData("http://10.0.0.1:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://172.16.0.1:5080")]
    [InlineData("http://example.org:5080")]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("/funding")]
    [InlineData("")]
    public void Require_AnythingElse_Throws_NamingTheAddress(string address)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Loopback.Require(address));
        Assert.Contains($"'{address}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_NonLoopbackBase_Throws_BeforeAnyRequest() =>
        Assert.Throws<InvalidOperationException>(() => Loopback.Client(new Uri("http://192.168.1.10:5080")));
}
