using System.Text.Json;

namespace MigDev.Core.Samples.Web.Tests;

/// <summary>Checks of an RFC 9457 problem details answer.</summary>
internal static class Problem
{
    /// <summary>The media type of a problem.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>Asserts the problem's status, a type and a title, and the extension <paramref name="member"/> equal to
    /// <paramref name="value"/>.</summary>
    public static void Assert(JsonElement problem, int status, string member, string? value)
    {
        Xunit.Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Xunit.Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Xunit.Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Xunit.Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Xunit.Assert.Equal(value, problem.GetProperty(member).GetString());
    }
}
