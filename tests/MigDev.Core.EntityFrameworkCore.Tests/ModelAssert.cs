namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>Two models compared record by record: each list in order, each record by every field (the domain's content
/// equality where its <c>Equals</c> is identity, field by field where a record has no content equality).</summary>
internal static class ModelAssert
{
    public static void Equal(MigDevModel expected, MigDevModel actual)
    {
        Assert.Equal(expected.Documents.Select(d => (d.Id, d.Title, d.Author, d.Date, d.FileName)), actual.Documents.Select(d => (d.Id, d.Title, d.Author, d.Date, d.FileName)));
        Assert.Equal(expected.Agencies.Count, actual.Agencies.Count);
        foreach (var agency in expected.Agencies)
        {
            Assert.True(actual.Agencies.TryGet(agency.Id, out var loaded), $"agency {agency.Id} missing");
            Assert.True(agency.ContentEquals(loaded), $"agency {agency.Id} differs");
        }
        Assert.Equal(expected.Agencies.Select(a => a.Id), actual.Agencies.Select(a => a.Id));
        Assert.Equal(expected.Programmes.Length, actual.Programmes.Length);
        for (var i = 0; i < expected.Programmes.Length; i++)
        {
            Assert.True(expected.Programmes[i].ContentEquals(actual.Programmes[i]), $"programme {expected.Programmes[i].Id} differs");
        }
        Assert.Equal(expected.Commitments, actual.Commitments);
        Assert.Equal(expected.Themes.Select(t => (t.Number, t.Title, Cited(t.Citations))), actual.Themes.Select(t => (t.Number, t.Title, Cited(t.Citations))));
        Assert.Equal(expected.Roundtables.Select(t => (t.Number, t.Theme, t.Title, Cited(t.Citations))), actual.Roundtables.Select(t => (t.Number, t.Theme, t.Title, Cited(t.Citations))));
        Assert.Equal(expected.Sessions.Select(t => (t.Key, t.Title, Cited(t.Citations))), actual.Sessions.Select(t => (t.Key, t.Title, Cited(t.Citations))));
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.Meetings, actual.Meetings);
        Assert.Equal(expected.Memberships, actual.Memberships);
    }

    private static string Cited(IEnumerable<Citation> citations) => string.Join(" | ", citations);
}
