using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MigDev.Core;

/// <summary>The path of a whole-model fault (<c>programmes[3].partners[1].agency</c>), formatted only when the value
/// it names is a fault: an agency id no agency has, or citations of which one cites a document the model does not
/// have. A valid model formats no path (issue 21).</summary>
[InterpolatedStringHandler]
internal ref struct FaultPath
{
    private DefaultInterpolatedStringHandler _text;

    public FaultPath(int literalLength, int formattedCount, ModelValidator.Check check, AgencyId id, out bool shouldAppend)
        : this(literalLength, formattedCount, !check.IsAgency(id), out shouldAppend)
    {
    }

    public FaultPath(int literalLength, int formattedCount, ModelValidator.Check check, ImmutableArray<Citation> citations, out bool shouldAppend)
        : this(literalLength, formattedCount, !check.AllCited(citations), out shouldAppend)
    {
    }

    private FaultPath(int literalLength, int formattedCount, bool isFault, out bool shouldAppend)
    {
        shouldAppend = IsFault = isFault;
        _text = isFault ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public bool IsFault { get; }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
