using System.Diagnostics;
using System.Text;

namespace MigDev.Core.Iati;

/// <summary>One element of an <c>iati-activity</c> as <see cref="IatiActivityXmlReader"/> keeps it for
/// <see cref="IatiActivityParser"/>: its local name, line, attributes, the children the parser asks for, and its text
/// (every descendant text, as <c>XElement.Value</c> gives it) when the parser reads it. Only what the parser reads is
/// kept, and nodes are pooled: a node holds one activity's element until the next activity is read.</summary>
internal sealed class IatiXmlNode
{
    private (string LocalName, string Namespace, string Value)[] _attributes = new (string, string, string)[4];
    private int _attributeCount;
    private string? _text;
    private StringBuilder? _builder;

    /// <summary>Gets the local name (atomized by the reader's name table).</summary>
    public string Name { get; private set; } = "";

    /// <summary>Gets the line of the element in the file.</summary>
    public int? Line { get; private set; }

    /// <summary>Gets the depth below the <c>iati-activity</c> (0 for the activity itself).</summary>
    public int Depth { get; private set; }

    /// <summary>Gets whether the node keeps its text.</summary>
    public bool KeepsText { get; private set; }

    /// <summary>Gets the first child kept, in document order.</summary>
    public IatiXmlNode? FirstChild { get; private set; }

    /// <summary>Gets the next sibling kept, in document order.</summary>
    public IatiXmlNode? NextSibling { get; private set; }

    private IatiXmlNode? LastChild { get; set; }

    /// <summary>Gets the text of the element and its descendants, concatenated; empty when it has none (or keeps none).</summary>
    public string Value
    {
        get
        {
            if (_builder is not null)
            {
                _text = _builder.ToString();
                _builder = null;
            }
            return _text ?? "";
        }
    }

    /// <summary>Gets the number of characters of text kept.</summary>
    public int TextLength { get; private set; }

    // Makes the pooled node the element now read, the last child of its parent.
    public void Reset(IatiXmlNode? parent, string name, int? line, int depth, bool keepsText)
    {
        Name = name;
        Line = line;
        Depth = depth;
        KeepsText = keepsText;
        Release();
        if (parent is not null)
        {
            if (parent.LastChild is null)
            {
                parent.FirstChild = this;
            }
            else
            {
                parent.LastChild.NextSibling = this;
            }
            parent.LastChild = this;
        }
    }

    // Lets go of the values and nodes it points to, so that a pooled node holds nothing of an activity already read.
    public void Release()
    {
        FirstChild = null;
        LastChild = null;
        NextSibling = null;
        Array.Clear(_attributes, 0, _attributeCount);
        _attributeCount = 0;
        _text = null;
        _builder = null;
        TextLength = 0;
    }

    public void AddAttribute(string localName, string ns, string value)
    {
        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, _attributes.Length * 2);
        }
        _attributes[_attributeCount++] = (localName, ns, value);
    }

    // Text comes in chunks: the first is kept as a string (most elements have one), later ones go to a builder, so that
    // an element of many text nodes costs linear time, not a copy of all before at each.
    public void AddText(ReadOnlySpan<char> text, IatiStringPool strings)
    {
        if (_text is null && _builder is null)
        {
            _text = strings.Get(text);
        }
        else
        {
            _builder ??= new StringBuilder(_text);
            _text = null;
            _builder.Append(text);
        }
        TextLength += text.Length;
    }

    /// <summary>The value of an attribute, as written, or <see langword="null"/> when absent.</summary>
    /// <param name="localName">The attribute's local name.</param>
    /// <param name="ns">Its namespace; empty for none.</param>
    public string? Attribute(string localName, string ns = "")
    {
        Debug.Assert(IatiActivityXmlReader.IsReadAttribute(localName, ns, Depth), $"The reader does not keep the attribute {ns}:{localName}: add it to IatiActivityXmlReader.IsReadAttribute.");
        for (var i = 0; i < _attributeCount; i++)
        {
            ref readonly var a = ref _attributes[i];
            if (string.Equals(a.LocalName, localName, StringComparison.Ordinal) && string.Equals(a.Namespace, ns, StringComparison.Ordinal))
            {
                return a.Value;
            }
        }
        return null;
    }

    /// <summary>The first child of that name (in no namespace), or <see langword="null"/>.</summary>
    /// <param name="name">The local name.</param>
    public IatiXmlNode? Element(string name)
    {
        for (var c = FirstChild; c is not null; c = c.NextSibling)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }
        return null;
    }
}
