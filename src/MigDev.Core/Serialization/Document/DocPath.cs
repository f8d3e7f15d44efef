using System.Globalization;
using System.Text;

namespace MigDev.Core.Serialization.Document;

/// <summary>A JSON path kept as links (parent, member or index) and written out only when an error needs it: reading a
/// document formats no path unless something is refused.</summary>
internal sealed class DocPath
{
    private readonly DocPath? _parent;
    private readonly string? _member;
    private readonly int _index;

    private DocPath(DocPath? parent, string? member, int index)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    /// <summary>Gets the root, <c>$</c>.</summary>
    internal static DocPath Root { get; } = new(null, null, -1);

    internal DocPath Member(string name) => new(this, name, -1);

    internal DocPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        if (_parent is null)
        {
            builder.Append('$');
            return;
        }
        _parent.Append(builder);
        if (_member is not null)
        {
            builder.Append('.').Append(_member);
        }
        else
        {
            builder.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }
}
