using MigDev.Core.Iati;

namespace MigDev.Core.Tests.Iati;

/// <summary>The reader's pool of repeated short strings (issue 21): shared, equal to what was read, and bounded.</summary>
public class IatiStringPoolTest
{
    [Fact]
    public void Get_SameCharactersTwice_IsOneString()
    {
        var pool = new IatiStringPool();
        var first = pool.Get("XM-DAC-41114".AsSpan());
        var second = pool.Get("xXM-DAC-41114x".AsSpan(1, 12));

        Assert.Equal("XM-DAC-41114", first);
        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Get_LongerThanMaxLength_IsANewStringEachTime()
    {
        var pool = new IatiStringPool();
        var text = new string('a', IatiStringPool.MaxLength + 1);

        var first = pool.Get(text.AsSpan());
        var second = pool.Get(text.AsSpan());

        Assert.Equal(text, first);
        Assert.NotSame(first, second);
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Get_MoreDistinctStringsThanMaxEntries_HoldsNoMore_AndStillGivesEachRightly()
    {
        var pool = new IatiStringPool();
        for (var i = 0; i < IatiStringPool.MaxEntries + 500; i++)
        {
            var text = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text, pool.Get(text.AsSpan()));
        }

        Assert.Equal(IatiStringPool.MaxEntries, pool.Count);
        Assert.Same(pool.Get("7".AsSpan()), pool.Get("7".AsSpan()));
        Assert.Equal("999999", pool.Get("999999".AsSpan()));
    }

    [Fact]
    public void Get_Empty_IsTheEmptyString() => Assert.Same("", new IatiStringPool().Get([]));
}
