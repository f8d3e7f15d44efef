using System.Xml;

namespace MigDev.Core.Iati;

/// <summary>The XML parser's table of names, which it keeps for the whole read, bounded by
/// <see cref="IatiReaderLimits.MaxNames"/>: a file of endless distinct element names would otherwise grow it without
/// end, whatever the other limits. A name already there costs one look-up more than a plain <see cref="NameTable"/>.</summary>
internal sealed class IatiNameTable : XmlNameTable
{
    private readonly NameTable _names = new();
    private readonly int _max;
    private int _count;

    public IatiNameTable(int max) => _max = max;

    public override string Add(char[] array, int offset, int length)
    {
        if (_names.Get(array, offset, length) is { } name)
        {
            return name;
        }
        CountNew(array.AsSpan(offset, length));
        return _names.Add(array, offset, length);
    }

    public override string Add(string array)
    {
        if (_names.Get(array) is { } name)
        {
            return name;
        }
        CountNew(array);
        return _names.Add(array);
    }

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private void CountNew(ReadOnlySpan<char> name)
    {
        if (++_count > _max)
        {
            var excerpt = name.Length > 40 ? $"{name[..40]}…" : name.ToString();
            throw new IatiLimitException($"a new name, '{excerpt}',",
                nameof(IatiReaderLimits.MaxNames), _max, "names", null, excerpt);
        }
    }
}
