using System.Text;

namespace MigDev.Core.Samples.Web.Load.Tests;

public sealed class ExpectedAnswerTest
{
    private static readonly ExpectedAnswer Answer = new("/convert?amount=1", Encoding.UTF8.GetBytes("{\n  \"amount\": 1227.71,\n  \"currency\": \"USD\"\n}"));

    [Fact]
    public void Difference_SameStatusAndBytes_IsNull() =>
        Assert.Null(Answer.Difference(200, Encoding.UTF8.GetBytes("{\n  \"amount\": 1227.71,\n  \"currency\": \"USD\"\n}")));

    [Fact]
    public void Difference_OneDigitChanged_NamesTheQueryAndTheFirstByteThatDiffers()
    {
        var body = (byte[])Answer.Body.Clone();
        var at = Encoding.UTF8.GetString(body).IndexOf("71", StringComparison.Ordinal) + 1;
        body[at] = (byte)'2';
        var difference = Answer.Difference(200, body);
        Assert.NotNull(difference);
        Assert.StartsWith("/convert?amount=1: ", difference, StringComparison.Ordinal);
        Assert.Contains($"first difference at byte {at}", difference, StringComparison.Ordinal);
        Assert.Contains("1227.71", difference, StringComparison.Ordinal);
        Assert.Contains("1227.72", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_ShorterBody_SaysBothLengths()
    {
        var difference = Answer.Difference(200, Answer.Body.AsSpan(0, 10));
        Assert.Contains($"10 bytes, expected {Answer.Body.Length}", difference, StringComparison.Ordinal);
        Assert.Contains("first difference at byte 10", difference, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_Status500_NamesTheStatusAndTheBody()
    {
        var difference = Answer.Difference(500, Encoding.UTF8.GetBytes("{\"title\":\"boom\"}"));
        Assert.Contains("status 500, expected 200", difference, StringComparison.Ordinal);
        Assert.Contains("boom", difference, StringComparison.Ordinal);
    }
}
