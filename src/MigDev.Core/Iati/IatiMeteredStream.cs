namespace MigDev.Core.Iati;

/// <summary>A read-only view of a stream that gives the XML parser at most <see cref="IatiInputMeter.ChunkBytes"/> at
/// a time and counts them with an <see cref="IatiInputMeter"/> (or none); the bytes already taken from the stream to
/// tell its encoding come first. It never closes the stream.</summary>
internal sealed class IatiMeteredStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _head;
    private readonly IatiInputMeter? _meter;
    private readonly int _chunk;
    private int _headOffset;

    public IatiMeteredStream(Stream inner, byte[] head, IatiInputMeter? meter, int chunk)
    {
        _inner = inner;
        _head = head;
        _meter = meter;
        _chunk = chunk;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length > _chunk)
        {
            buffer = buffer[.._chunk];
        }
        int n;
        if (_headOffset < _head.Length)
        {
            n = Math.Min(buffer.Length, _head.Length - _headOffset);
            _head.AsSpan(_headOffset, n).CopyTo(buffer);
            _headOffset += n;
        }
        else
        {
            n = _inner.Read(buffer);
        }
        _meter?.Take(buffer[..n]);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
