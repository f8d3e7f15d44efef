using Spectre.Console;

namespace MigDev.Core.Samples;

/// <summary>The sample's consoles: a terminal's as it is, and one for a file or a pipe that neither wraps lines at a
/// guessed width nor draws progress bars (which a file would get as a frozen "0%").</summary>
public static class Consoles
{
    /// <summary>The width of a redirected console: wide enough that no table or line is wrapped.</summary>
    public const int RedirectedWidth = 4096;

    /// <summary>Creates the console writing to <paramref name="writer"/>.</summary>
    /// <param name="writer">Standard output or standard error.</param>
    /// <param name="redirected">Whether it goes to a file or a pipe rather than a terminal.</param>
    /// <returns>The console.</returns>
    public static IAnsiConsole For(TextWriter writer, bool redirected)
    {
        if (!redirected)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}
