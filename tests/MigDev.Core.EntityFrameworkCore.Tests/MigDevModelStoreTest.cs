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

    [Fact]
    public async Task SaveAsync_WithChangesPending_Throws()
    {
        using var db = TestDatabase.Open(TestDatabase.Sqlite);
        await using var context = db.CreateContext();
        context.Grants.Add(MigDevCoreConventionsExtensionsTest.Sample());

        await Assert.ThrowsAsync<InvalidOperationException>(() => MigDevModelStore.SaveAsync(context, MigDevCatalog.Default.Model, TestContext.Current.CancellationToken));
    }
}
