using System.Text;
using System.Xml;

namespace MigDev.Core.Iati;

/// <summary>Reads one <c>iati-activity</c> straight from the <see cref="XmlReader"/> into pooled
/// <see cref="IatiXmlNode"/>s, keeping only what <see cref="IatiActivityParser"/> reads: the children of the activity it
/// parses, their <c>narrative</c>, <c>value</c>, period, type, date and organisation children, and the
/// <c>narrative</c> of those, each with its line and the attributes the parser reads (<see cref="IsReadAttribute"/>).
/// Everything else is skipped as the reader passes, and no tree is built: one reader's nodes are reused from one activity
/// to the next.</summary>
/// <remarks>Only the first child of a name is kept under a child of the activity (the parser asks for the first, as
/// <c>XElement.Element</c> gives it); every child of the activity of a name the parser reads is kept, and the first
/// <c>iati-identifier</c>. Text is kept for <c>iati-identifier</c>, <c>narrative</c> and <c>value</c>: all descendant
/// text, whatever the namespace of the elements it is in.</remarks>
internal sealed class IatiActivityXmlReader
{
    internal const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly IatiReaderLimits _limits;
    private readonly char[] _chunk = new char[4096];
    private readonly IatiStringPool _strings = new();
    private readonly List<IatiXmlNode> _pool = [];
    private readonly List<IatiXmlNode> _open = [];
    private int _used;
    private int _openKeepingText;
    private int _baseDepth;
    private bool _hasIdentifier;
    private int _elements;
    private readonly List<int> _nestedActivityLines = [];

    public IatiActivityXmlReader(XmlReader reader, IatiReaderLimits limits)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _limits = limits;
    }

    /// <summary>Reads the activity the reader is on, to its end tag (or on its empty element): where
    /// <c>XmlReader.ReadSubtree</c> leaves it.</summary>
    /// <returns>The activity's node, valid until the next call.</returns>
    /// <exception cref="XmlException">The XML is not well formed.</exception>
    /// <exception cref="IatiLimitException">The activity goes beyond a limit.</exception>
    public IatiXmlNode Read()
    {
        Release();
        _open.Clear();
        _nestedActivityLines.Clear();
        _openKeepingText = 0;
        _hasIdentifier = false;
        _elements = 1;
        _baseDepth = _reader.Depth;
        var activity = Keep(null, 0, keepsText: false);
        if (_reader.IsEmptyElement)
        {
            return activity;
        }
        _open.Add(activity);
        _reader.Read();
        while (_reader.Depth > _baseDepth)
        {
            if (!Step())
            {
                _reader.Read();
            }
        }
        return activity;
    }

    /// <summary>Gets the lines of the <c>iati-activity</c> elements (in no namespace) found inside the activity read last,
    /// wherever they stand: the schema has none there, and none is read, so the parser reports each.</summary>
    public IReadOnlyList<int> NestedActivityLines => _nestedActivityLines;

    /// <summary>Lets go of the activity read last: its nodes go back to the pool holding none of its values.</summary>
    public void Release()
    {
        for (var i = 0; i < _used; i++)
        {
            _pool[i].Release();
        }
        _used = 0;
    }

    // One node of the activity's content; true when it moved the reader past it already (skipped it).
    private bool Step()
    {
        switch (_reader.NodeType)
        {
            case XmlNodeType.Element:
                return Element();
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                if (_openKeepingText > 0)
                {
                    ReadText();
                }
                return false;
            case XmlNodeType.EndElement:
                if (_open[^1].Depth == _reader.Depth - _baseDepth)
                {
                    Close();
                }
                return false;
            default:
                return false;
        }
    }

    private bool Element()
    {
        CheckElement();
        NoteNestedActivity();
        var depth = _reader.Depth - _baseDepth;
        var parent = _open[^1];
        if (parent.Depth == depth - 1 && _reader.NamespaceURI.Length == 0 && IsKept(parent, depth, _reader.LocalName))
        {
            var node = Keep(parent, depth, keepsText: _reader.LocalName is "narrative" or "value" or "iati-identifier");
            if (!_reader.IsEmptyElement)
            {
                _open.Add(node);
                _openKeepingText += node.KeepsText ? 1 : 0;
            }
            return false;
        }
        if (_openKeepingText == 0)
        {
            Skip(topLevel: false);
            return true;
        }
        return false;
    }

    /// <summary>Skips the element the reader is on, with all it holds, counting its elements against the limits, to the
    /// node after its end (where <see cref="XmlReader.Skip"/> leaves it).</summary>
    /// <param name="topLevel">Whether it is a child of the root, not of an activity: its elements are not an activity's,
    /// and an <c>iati-activity</c> inside it is reported.</param>
    /// <returns>For a child of the root, the line and position of the first <c>iati-activity</c> (in no namespace)
    /// inside it; else <see langword="null"/>.</returns>
    /// <exception cref="XmlException">The XML is not well formed.</exception>
    /// <exception cref="IatiLimitException">An element inside is too deep, or the activity has too many.</exception>
    public (int Line, int Column)? Skip(bool topLevel)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return null;
        }
        var depth = _reader.Depth;
        _reader.Read();
        while (_reader.Depth > depth)
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                if (topLevel)
                {
                    CheckDepth();
                    if (_reader.LocalName == "iati-activity" && _reader.NamespaceURI.Length == 0)
                    {
                        return Position();
                    }
                }
                else
                {
                    CheckElement();
                    NoteNestedActivity();
                }
            }
            _reader.Read();
        }
        _reader.Read();
        return null;
    }

    private void NoteNestedActivity()
    {
        if (_reader.LocalName == "iati-activity" && _reader.NamespaceURI.Length == 0)
        {
            _nestedActivityLines.Add(Position().Line);
        }
    }

    // Every element of an activity is counted, and its depth checked: no per-node allocation, two comparisons.
    private void CheckElement()
    {
        CheckDepth();
        if (++_elements > _limits.MaxActivityElements)
        {
            throw Limit("the elements of the activity, at", nameof(IatiReaderLimits.MaxActivityElements), _limits.MaxActivityElements, "elements");
        }
    }

    private void CheckDepth()
    {
        if (_reader.Depth >= _limits.MaxDepth)
        {
            throw Limit("the depth of", nameof(IatiReaderLimits.MaxDepth), _limits.MaxDepth, "levels");
        }
    }

    private IatiLimitException Limit(string what, string limit, long value, string unit)
    {
        var (line, column) = Position();
        return new IatiLimitException(FormattableString.Invariant($"{what} '{_reader.Name}' at line {line}, position {column}"), limit, value, unit, PathHere(), null);
    }

    private (int Line, int Column) Position() =>
        _lineInfo is { } info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    // The path of the node the reader is on within the activity, as far as the nodes kept tell it ("…" for levels
    // skipped): for an error only.
    private string PathHere()
    {
        var names = _open.Skip(1).Select(n => n.Name).ToList();
        if (_reader.NodeType == XmlNodeType.Element)
        {
            if (_reader.Depth - _baseDepth > names.Count + 1)
            {
                names.Add("…");
            }
            names.Add(_reader.Name);
        }
        return string.Join("/", names);
    }

    // The text node the reader is on, in chunks, to every open node that keeps text; refused at the first chunk past
    // the limit, so that a huge text is never held whole.
    private void ReadText()
    {
        int n;
        while ((n = _reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            foreach (var node in _open)
            {
                if (node.KeepsText)
                {
                    if (node.TextLength + n > _limits.MaxTextLength)
                    {
                        var (line, column) = Position();
                        throw new IatiLimitException(FormattableString.Invariant($"the text of '{node.Name}' at line {line}, position {column}"),
                            nameof(IatiReaderLimits.MaxTextLength), _limits.MaxTextLength, "characters", PathHere(), new string(_chunk, 0, Math.Min(n, 40)) + "…");
                    }
                    node.AddText(_chunk.AsSpan(0, n), _strings);
                }
            }
        }
    }

    private bool IsKept(IatiXmlNode parent, int depth, string name)
    {
        switch (depth)
        {
            case 1 when name == "iati-identifier":
                var first = !_hasIdentifier;
                _hasIdentifier = true;
                return first;
            case 1:
                return name is "reporting-org" or "title" or "description" or "participating-org" or "other-identifier" or "activity-status"
                    or "activity-date" or "recipient-country" or "recipient-region" or "sector" or "budget" or "transaction" or "related-activity";
            case 2 when name is "value" or "period-start" or "period-end" or "transaction-type" or "transaction-date" or "provider-org" or "receiver-org"
                or "description":
                // A budget's or a transaction's: every one is kept, so that the parser reports a second (the schema allows
                // one) instead of losing it; elsewhere the first, which is all the parser reads.
                return parent.Name is "budget" or "transaction" || parent.Element(name) is null;
            case 2:
                return name == "narrative" && parent.Element(name) is null;
            case 3:
                return name == "narrative" && parent.Element(name) is null;
            default:
                return false;
        }
    }

    private IatiXmlNode Keep(IatiXmlNode? parent, int depth, bool keepsText)
    {
        if (_used == _pool.Count)
        {
            _pool.Add(new IatiXmlNode());
        }
        var node = _pool[_used++];
        node.Reset(parent, _reader.LocalName, _lineInfo is { } info && info.HasLineInfo() ? info.LineNumber : null, depth, keepsText);
        // A narrative's attributes (xml:lang) are never read.
        if (node.Name != "narrative" && _reader.MoveToFirstAttribute())
        {
            do
            {
                var ns = _reader.NamespaceURI;
                var name = _reader.LocalName;
                if (IsReadAttribute(name, ns, depth))
                {
                    node.AddAttribute(name, ns, AttributeValue());
                }
            }
            while (_reader.MoveToNextAttribute());
            _reader.MoveToElement();
        }
        return node;
    }

    // The value of the attribute the reader is on, as XmlReader.Value gives it, read in chunks without a string of its
    // own and taken from the pool (a code or a date is read many times in a file).
    private string AttributeValue()
    {
        var length = 0;
        int n;
        while ((n = _reader.ReadValueChunk(_chunk, length, _chunk.Length - length)) > 0)
        {
            length += n;
            if (length == _chunk.Length)
            {
                return LongAttributeValue();
            }
        }
        return _strings.Get(_chunk.AsSpan(0, length));
    }

    // A value that fills the chunk (a tag is at most MaxTagBytes long): the chunk and the rest, unpooled.
    private string LongAttributeValue()
    {
        var value = new StringBuilder().Append(_chunk);
        int n;
        while ((n = _reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            value.Append(_chunk, 0, n);
        }
        return value.ToString();
    }

    /// <summary>Whether <see cref="IatiActivityParser"/> reads an attribute: one of its names in no namespace, any of this
    /// library's, and <c>xml:lang</c> of the activity. Other attributes' values are never materialized.</summary>
    /// <param name="localName">The attribute's local name.</param>
    /// <param name="ns">Its namespace.</param>
    /// <param name="depth">The depth of its element below the activity.</param>
    internal static bool IsReadAttribute(string localName, string ns, int depth) => ns.Length == 0
        ? localName is "ref" or "type" or "code" or "iso-date" or "currency" or "value-date" or "percentage" or "vocabulary" or "role"
            or "activity-id" or "provider-activity-id" or "receiver-activity-id" or "status" or "secondary-reporter" or "default-currency" or "humanitarian"
        : ns == IatiReader.ExtensionNamespace || (depth == 0 && ns == XmlNamespace && localName == "lang");

    private void Close()
    {
        _openKeepingText -= _open[^1].KeepsText ? 1 : 0;
        _open.RemoveAt(_open.Count - 1);
    }
}
