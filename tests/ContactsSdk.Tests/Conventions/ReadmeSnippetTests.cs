using System.Text.RegularExpressions;

namespace ContactsSdk.Tests.Conventions;

/// <summary>
/// The C# shown in README.md and docs/*.md is cut from compiled samples: each <c>&lt;!-- snippet: name --&gt;</c> marker is
/// followed by a <c>```csharp</c> block that must equal the body of <c>#region name</c> in
/// <c>samples/ContactsSdk.Samples/*.cs</c>, or of <c>tests/ContactsSdk.Tests/Docs/*.cs</c> for snippets that are whole tests
/// (indentation normalised). When a sample changes, paste its region again.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private const string SamplesFolder = "samples/ContactsSdk.Samples";

    // Snippets that are whole NUnit tests live beside the suite, so they run as tests too.
    private const string DocTestsFolder = "tests/ContactsSdk.Tests/Docs";

    public static IEnumerable<TestCaseData> Snippets()
        => from document in Documents()
           from snippet in SnippetsIn(document)
           select new TestCaseData(document, snippet.Name).SetArgDisplayNames(document, snippet.Name);

    [Test]
    public void Readme_HasSnippets()
        => Assert.That(SnippetsIn("README.md"), Is.Not.Empty, "README.md shows no code cut from the samples");

    [TestCaseSource(nameof(Snippets))]
    public void Snippet_InDocument_MatchesItsSampleRegion(string document, string name)
    {
        var snippet = SnippetsIn(document).First(candidate => candidate.Name == name);
        var regions = Regions();

        Assert.That(regions.ContainsKey(name), Is.True, $"{document}: snippet '{name}' has no '#region {name}' in {SamplesFolder}/*.cs or {DocTestsFolder}/*.cs");
        Assert.That(snippet.Code, Is.Not.Null, $"{document}: snippet '{name}' is not followed by a ```csharp block");

        var expected = regions[name].Lines;
        var (usings, actual) = SplitUsings(snippet.Code!);
        var available = UsingsOf(regions[name].File);
        Assert.That(usings.Where(line => !available.Contains(line)), Is.Empty, $"{document}: snippet '{name}' shows usings that {regions[name].File} does not have");
        var firstDifference = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .FirstOrDefault(i => i >= expected.Count || i >= actual.Count || expected[i] != actual[i], -1);
        Assert.That(
            firstDifference, Is.EqualTo(-1),
            () => $"{document}: snippet '{name}' differs from '#region {name}' in {regions[name].File} at line {firstDifference + 1}:\n"
                + $"  region:   {Line(expected, firstDifference)}\n  document: {Line(actual, firstDifference)}\n"
                + $"Paste the region again:\n```csharp\n{string.Join('\n', expected)}\n```");
    }

    [Test]
    public void Readme_EveryCsharpBlock_IsCutFromASample()
    {
        var lines = File.ReadAllLines(PathOf("README.md"));
        var unmarked = Enumerable.Range(0, lines.Length)
            .Where(i => IsCsharpFence(lines[i]) && MarkerBefore(lines, i) is null)
            .Select(i => $"README.md:{i + 1}")
            .ToList();

        Assert.That(unmarked, Is.Empty, "each ```csharp block in README.md needs a <!-- snippet: name --> marker above it");
    }

    // A reader pastes a README snippet into a file of their own: it shows the usings it needs above the code.
    [Test]
    public void Readme_EveryCsharpSnippet_ShowsItsUsings()
    {
        var bare = SnippetsIn("README.md").Where(snippet => snippet.Code is { } code && SplitUsings(code).Usings.Count == 0).Select(snippet => snippet.Name);

        Assert.That(bare, Is.Empty, "README.md snippets that do not start with their using directives");
    }

    /// <summary>Splits the <c>using X;</c> lines (and one blank line after them) from the code that follows.</summary>
    private static (List<string> Usings, List<string> Code) SplitUsings(List<string> code)
    {
        var usings = code.TakeWhile(line => UsingDirective().IsMatch(line)).ToList();
        var rest = code.Skip(usings.Count).ToList();
        if (usings.Count > 0 && rest.Count > 0 && string.IsNullOrWhiteSpace(rest[0]))
        {
            rest.RemoveAt(0);
        }

        return (usings, rest);
    }

    // The sample's own usings, plus its enclosing namespace (ContactsSdk.Samples sees ContactsSdk without one).
    private static HashSet<string> UsingsOf(string file)
        => [.. File.ReadAllLines(Path.IsPathRooted(file) ? file : PathOf(file)).Select(line => line.Trim()).Where(line => UsingDirective().IsMatch(line)), "using ContactsSdk;"];

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [Test]
    public void SampleRegions_HaveUniqueNames_AndAreClosed()
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in SampleFiles())
        {
            var open = 0;
            foreach (var line in File.ReadAllLines(file))
            {
                if (RegionStart().Match(line) is { Success: true } start)
                {
                    open++;
                    if (!seen.TryAdd(start.Groups["name"].Value, file))
                    {
                        problems.Add($"'{start.Groups["name"].Value}' is defined in {seen[start.Groups["name"].Value]} and {file}");
                    }
                }
                else if (RegionEnd().IsMatch(line))
                {
                    open--;
                }
            }

            if (open != 0)
            {
                problems.Add($"{file} has {open} unclosed #region(s)");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    private static string Line(List<string> lines, int index)
        => index < lines.Count ? lines[index] : "(no more lines)";

    private static IEnumerable<string> Documents()
    {
        yield return "README.md";
        var docs = PathOf("docs");
        if (Directory.Exists(docs))
        {
            foreach (var page in Directory.GetFiles(docs, "*.md").Order(StringComparer.Ordinal))
            {
                yield return "docs/" + Path.GetFileName(page);
            }
        }
    }

    /// <summary>Each marker with the normalised code of the ```csharp block right after it (null when there is none).</summary>
    private static List<(string Name, List<string>? Code)> SnippetsIn(string document)
    {
        var lines = File.ReadAllLines(PathOf(document));
        var snippets = new List<(string, List<string>?)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Marker().Match(lines[i]) is not { Success: true } marker)
            {
                continue;
            }

            var fence = i + 1;
            while (fence < lines.Length && string.IsNullOrWhiteSpace(lines[fence]))
            {
                fence++;
            }

            List<string>? code = null;
            if (fence < lines.Length && IsCsharpFence(lines[fence]))
            {
                var end = Array.FindIndex(lines, fence + 1, line => line.Trim() == "```");
                code = Normalise(lines[(fence + 1)..(end < 0 ? lines.Length : end)]);
            }

            snippets.Add((marker.Groups["name"].Value, code));
        }

        return snippets;
    }

    private static string? MarkerBefore(string[] lines, int fence)
    {
        var i = fence - 1;
        while (i >= 0 && string.IsNullOrWhiteSpace(lines[i]))
        {
            i--;
        }

        return i >= 0 && Marker().Match(lines[i]) is { Success: true } marker ? marker.Groups["name"].Value : null;
    }

    private static bool IsCsharpFence(string line) => line.Trim() is "```csharp" or "```cs" or "```c#";

    /// <summary>Every region of the samples: its file and its normalised body (nested region lines left out).</summary>
    private static Dictionary<string, (string File, List<string> Lines)> Regions()
    {
        var regions = new Dictionary<string, (string, List<string>)>(StringComparer.Ordinal);
        foreach (var file in SampleFiles())
        {
            var open = new List<(string Name, List<string> Lines)>();
            foreach (var line in File.ReadAllLines(file))
            {
                if (RegionStart().Match(line) is { Success: true } start)
                {
                    open.Add((start.Groups["name"].Value, []));
                }
                else if (RegionEnd().IsMatch(line))
                {
                    if (open.Count > 0)
                    {
                        var (name, body) = open[^1];
                        open.RemoveAt(open.Count - 1);
                        regions.TryAdd(name, (Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/'), Normalise(body)));
                    }
                }
                else
                {
                    open.ForEach(region => region.Lines.Add(line));
                }
            }
        }

        return regions;
    }

    private static IEnumerable<string> SampleFiles()
        => new[] { SamplesFolder, DocTestsFolder }
            .Select(PathOf)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));

    /// <summary>Trims trailing whitespace and blank edge lines, and strips the indentation all lines share.</summary>
    private static List<string> Normalise(IEnumerable<string> lines)
    {
        var trimmed = lines.Select(line => line.TrimEnd()).ToList();
        while (trimmed.Count > 0 && trimmed[0].Length == 0)
        {
            trimmed.RemoveAt(0);
        }

        while (trimmed.Count > 0 && trimmed[^1].Length == 0)
        {
            trimmed.RemoveAt(trimmed.Count - 1);
        }

        var indent = trimmed.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return [.. trimmed.Select(line => line.Length == 0 ? line : line[indent..])];
    }

    private static string PathOf(string relative) => Path.Combine(RepositoryRoot, relative);

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContactsSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ContactsSdk.sln above {TestContext.CurrentContext.TestDirectory}.");
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<name>[\w.\-]+)\s*-->\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*#region\s+(?<name>\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^\s*#endregion\b", RegexOptions.CultureInvariant)]
    private static partial Regex RegionEnd();
}
