using System.Collections.Concurrent;
using System.Diagnostics;

namespace ContactsSdk.Redis.Tests.Support;

/// <summary>
/// A .NET app of this repository run as its own process (<c>dotnet app.dll …</c>): its output lines are collected, a test
/// can wait for one, write to its input, or kill it as a crash would. Disposing kills whatever still runs.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _lines.Enqueue(line);
                _lineArrived.Release();
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <paramref name="project"/>'s built app (tests/ or src/ of this repository, same configuration as the tests).</summary>
    public static ChildProcess Start(string project, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppPath(project));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"{project} did not start."));
    }

    /// <summary>Waits for a line starting with <paramref name="prefix"/> and returns it.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var exitedChecks = 0;
        while (true)
        {
            var found = _lines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            // After an exit, one more short wait lets the last lines arrive.
            if (deadline.Elapsed > timeout || (_process.HasExited && ++exitedChecks > 2))
            {
                throw new TimeoutException($"No line starting '{prefix}' within {timeout.TotalSeconds} s; got: {string.Join(" | ", _lines)}");
            }

            await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(100));
        }
    }

    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Kills the process at once (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }

    private static string AppPath(string project)
    {
        // The tests run from <repo>/tests/ContactsSdk.Redis.Tests/bin/<Configuration>/<tfm>/; apps build to the same shape.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ContactsSdk.sln")))
        {
            root = root.Parent;
        }

        var folder = root is null ? null : new[] { "tests", "src" }.Select(parent => Path.Combine(root.FullName, parent, project)).FirstOrDefault(Directory.Exists);
        var app = folder is null ? null : Path.Combine(folder, "bin", configuration, framework, project + ".dll");
        return app is not null && File.Exists(app) ? app : throw new FileNotFoundException($"{project} is not built next to the tests ({app ?? "no repository root found"}).");
    }
}
