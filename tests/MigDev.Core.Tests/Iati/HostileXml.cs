using System.Text;

namespace MigDev.Core.Tests.Iati;

/// <summary>A hostile XML document made lazily, never held: parts, each a text repeated a number of times (a gigabyte
/// of one letter costs nothing until read), and a count of the bytes the reader took from it.</summary>
internal sealed class HostileXml : Stream
{
    private readonly (byte[] Bytes, long Repeat)[] _parts;
    private int _part;
    private long _done;

    public HostileXml(params (string Text, long Repeat)[] parts) =>
        _parts = [.. parts.Select(p => (Encoding.UTF8.GetBytes(p.Text), p.Repeat))];

    /// <summary>The head, a gigabyte (or <paramref name="repeat"/>) of <paramref name="fill"/>, and the tail.</summary>
    public static HostileXml Around(string head, string fill, string tail, long repeat = 1L << 30) => new((head, 1), (fill, repeat), (tail, 1));

    /// <summary>Gets the bytes the reader has taken.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = 0;
        while (n < buffer.Length && _part < _parts.Length)
        {
            var (bytes, repeat) = _parts[_part];
            var left = bytes.LongLength * repeat - _done;
            if (left == 0)
            {
                _part++;
                _done = 0;
                continue;
            }
            var k = (int)Math.Min(buffer.Length - n, left);
            if (bytes.Length == 1)
            {
                buffer.Slice(n, k).Fill(bytes[0]);
            }
            else
            {
                k = Math.Min(k, bytes.Length - (int)(_done % bytes.Length));
                bytes.AsSpan((int)(_done % bytes.Length), k).CopyTo(buffer[n..]);
            }
            n += k;
            _done += k;
        }
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
