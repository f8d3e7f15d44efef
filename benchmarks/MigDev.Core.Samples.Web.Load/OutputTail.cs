using System.Text;

namespace MigDev.Core.Samples.Web.Load;

/// <summary>The last 40 lines a process printed, kept as they come from several threads.</summary>
internal sealed class OutputTail
{
    private const int Lines = 40;
    private readonly Queue<string> lines = new();
    private readonly Lock gate = new();

    /// <summary>Keeps <paramref name="line"/>, dropping the oldest beyond 40; a <see langword="null"/> (the end of the
    /// stream) is ignored.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (gate)
        {
            lines.Enqueue(line);
            if (lines.Count > Lines)
            {
                lines.Dequeue();
            }
        }
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (gate)
        {
            var text = new StringBuilder();
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
            return text.ToString();
        }
    }
}
