using System.Text;

namespace MigDev.Core.Iati;

/// <summary>A text given to the XML parser a chunk at a time, each counted as its UTF-8 bytes by an
/// <see cref="IatiInputMeter"/>, so that a string and a file in UTF-16 or UTF-32 meet the limits as the same text in
/// UTF-8 would. It never closes the reader it reads.</summary>
internal sealed class IatiMeteredTextReader : TextReader
{
    private readonly TextReader _inner;
    private readonly IatiInputMeter _meter;
    private readonly int _chunkChars;
    private readonly byte[] _bytes;

    public IatiMeteredTextReader(TextReader inner, IatiInputMeter meter)
    {
        _inner = inner;
        _meter = meter;
        // A character is at most 3 bytes in UTF-8 (a surrogate pair 4 for 2): a chunk's bytes stay within the meter's.
        _chunkChars = meter.ChunkBytes / 3;
        _bytes = new byte[_chunkChars * 3];
    }

    public override int Peek() => _inner.Peek();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.Length > _chunkChars)
        {
            buffer = buffer[.._chunkChars];
        }
        var n = _inner.Read(buffer);
        _meter.Take(_bytes.AsSpan(0, Encoding.UTF8.GetBytes(buffer[..n], _bytes)));
        return n;
    }
}
