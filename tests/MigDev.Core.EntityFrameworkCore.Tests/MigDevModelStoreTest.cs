using MigDev.Core.Catalog;

namespace MigDev.Core.EntityFrameworkCore.Tests;

/// <summary>The whole embedded catalog model saved and loaded back equal, on each database: compared record by record
/// with the domain's own content equality, and as the catalog document the library writes of each.</summary>
public class MigDevModelStoreTest
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveAsync_TheEmbeddedCatalog_LoadsBackEqual(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var saved = MigDevCatalog.Default.Model;
        await using (var context = db.CreateContext())
        {
            Assert.True(await MigDevModelStore.SaveAsync(context, saved, TestContext.Current.CancellationToken) > 1000);
        }

        await using var reader = db.CreateContext();
        var loaded = await MigDevModelStore.LoadAsync(reader, TestContext.Current.CancellationToken);

        ModelAssert.Equal(saved, loaded);
        // The catalog document of each, written by the library's JSON writer: every field, lists in order.
        Assert.Equal(CatalogDocument.ToJson(MigDevCatalog.Default), CatalogDocument.ToJson(MigDevCatalog.FromModel(loaded)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ClearAsync_AfterASave_LeavesNothing(string provider)
    {
        using var db = TestDatabase.Open(provider);
        await using var context = db.CreateContext();
        var written = await MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model, TestContext.Current.CancellationToken);

        Assert.Equal(written, await MigDevModelStore.ClearAsync(context, TestContext.Current.CancellationToken));

        var empty = await MigDevModelStore.LoadAsync(context, TestContext.Current.CancellationToken);
        Assert.Empty(empty.Agencies);
        Assert.Empty(empty.Programmes);
        Assert.Empty(empty.Commitments);
    }

    // Rows written by hand may share a position: they load by key then, in the database's order of keys.
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_CommitmentsSharingAPosition_LoadInTheOrderOfTheirKeys(string provider)
    {
        using var db = TestDatabase.Open(provider);
        var saved = MigDevCatalog.Default.Model;
        await using (var context = db.CreateContext())
        {
            await MigDevModelStore.SaveAsync(context, saved, TestContext.Current.CancellationToken);
        }
        List<(Guid Id, long Position)> rows;
        List<Guid> keysInDatabaseOrder;
        await using (var context = db.CreateContext())
        {
            rows = [.. context.Set<CommitmentRow>().Select(r => new { r.Id, r.Position }).AsEnumerable().Select(r => (r.Id, r.Position))];
            keysInDatabaseOrder = [.. context.Set<CommitmentRow>().OrderBy(r => r.Id).Select(r => r.Id)];
        }
        Assert.True(rows.Count >= 4, "the catalog has commitments to tie");
        db.Execute("UPDATE \"MigDevCommitments\" SET \"Position\" = \"Position\" % 2");   // two positions, each shared
        if (!db.IsPostgres)
        {
            // SQLite reads tied rows of an index in the order of their row ids, which follow the keys here (version 7
            // Guids, saved in order): reverse them, so that only an order by key gives the keys' order.
            db.Execute("UPDATE \"MigDevCommitments\" SET rowid = -rowid");
        }

        // Each saved commitment by its row: new position first, then the database's rank of its key.
        var rank = keysInDatabaseOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var expected = rows.OrderBy(r => r.Position % 2).ThenBy(r => rank[r.Id]).Select(r => saved.Commitments[(int)r.Position]).ToList();
        await using var reader = db.CreateContext();
        var loaded = await MigDevModelStore.LoadAsync(reader, TestContext.Current.CancellationToken);

        Assert.Equal(expected, loaded.Commitments);
        Assert.NotEqual(saved.Commitments, loaded.Commitments);
    }

    [Fact]
    public async Task SaveAsync_WithChangesPending_Throws()
    {
        using var db = TestDatabase.Open(TestDatabase.Sqlite);
        await using var context = db.CreateContext();
        context.Grants.Add(MigDevCoreConventionsExtensionsTest.Sample());

        await Assert.ThrowsAsync<InvalidOperationException>(() => MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model, TestContext.Current.CancellationToken));
    }
}
