using Spectre.Console;

namespace ContactsSdk.Cli;

/// <summary>Builds the Spectre console over the writer the tool was given, so tests capture exactly what a user sees.</summary>
internal static class CliConsole
{
    /// <summary>The width tables get when the output is not a terminal (a file, a pipe, a test): wide enough that reasons do not wrap.</summary>
    public const int RedirectedWidth = 200;

    public static IAnsiConsole Create(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal(output))
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Whether the writer is the real, interactive terminal (progress bars only make sense there).</summary>
    public static bool IsTerminal(TextWriter output)
        => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
