using Spectre.Console;

namespace MigDev.Core.Tests.Samples;

/// <summary>A Spectre console writing plain text to a string, wide enough that tables do not wrap.</summary>
internal sealed class SampleConsole
{
    private readonly System.Text.StringBuilder _text = new();

    public SampleConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new StringWriter(_text, System.Globalization.CultureInfo.InvariantCulture)),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 240;
    }

    public IAnsiConsole Console { get; }

    public string Text => _text.ToString();

    public IEnumerable<string> Lines => Text.Split('\n').Select(l => l.TrimEnd());
}
