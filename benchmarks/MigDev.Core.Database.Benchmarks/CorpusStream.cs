using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MigDev.Core.Database.Benchmarks;

/// <summary>An IATI file of n activities made on the fly from the real corpus (data/iati/corpus, 1,800 activities of 47
/// publishers), each repetition with new identifiers (<c>iati-identifier</c> and <c>other-identifier</c> refs with
/// <c>-r1</c>, <c>-r2</c>... appended): what a reader sees of a large file, without the file.</summary>
public sealed partial class CorpusStream(int activities) : Stream
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "data", "iati", "corpus");

    private static readonly Lazy<string[]> Templates = new(() =>
        [.. Directory.GetFiles(Folder, "*.xml").Order(StringComparer.Ordinal)
            .SelectMany(f => XDocument.Load(f).Root!.Elements("iati-activity"))
            .Select(a => a.ToString(SaveOptions.DisableFormatting))]);

    private static readonly byte[] Header = Encoding.UTF8.GetBytes("<iati-activities version=\"2.03\" xmlns:dstore=\"http://d-portal.org/xmlns/dstore\" xmlns:iati-activities=\"http://d-portal.org/xmlns/iati-activities\">\n");
    private static readonly byte[] Footer = Encoding.UTF8.GetBytes("</iati-activities>\n");
    private byte[] _chunk = Header;
    private int _offset;
    private int _next;

    public static int CorpusActivities => Templates.Value.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _chunk.Length)
        {
            if (_next > activities)
            {
                return 0;
            }
            _chunk = _next == activities ? Footer : Encoding.UTF8.GetBytes(Activity(_next));
            _next++;
            _offset = 0;
        }
        var k = Math.Min(count, _chunk.Length - _offset);
        Array.Copy(_chunk, _offset, buffer, offset, k);
        _offset += k;
        return k;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static string Activity(int n)
    {
        var template = Templates.Value[n % Templates.Value.Length];
        var round = n / Templates.Value.Length;
        if (round == 0)
        {
            return template;
        }
        var suffix = $"-r{round}";
        var renamed = template.Replace("</iati-identifier>", suffix + "</iati-identifier>", StringComparison.Ordinal);
        return OtherIdentifierRef().Replace(renamed, m => m.Groups[1].Value + m.Groups[2].Value + suffix + "\"");
    }

    [GeneratedRegex("(<other-identifier\\b[^>]*?\\bref=\")([^\"]*)\"")]
    private static partial Regex OtherIdentifierRef();
}
