using System.Text.RegularExpressions;

namespace ContactsSdk.Tests.Docs;

/// <summary>
/// The package page (docs/package-readme.md, packed as every package's README.md) must read well on a package feed,
/// where relative links into the repository lead nowhere.
/// </summary>
public sealed partial class PackagePageTests
{
    private static readonly string Root = FindRepositoryRoot();

    [TestCase("docs/package-readme.md")]
    [TestCase("src/ContactsSdk.Redis/README.md")]
    [TestCase("src/ContactsSdk.Testing.Host/README.md")]
    [TestCase("src/ContactsSdk.Cli/README.md")]
    public void PackagePage_HasNoRelativeLinks(string path)
    {
        var page = File.ReadAllText(Path.Combine(Root, path));

        var relative = MarkdownLink().Matches(page).Select(match => match.Groups["target"].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal))
            .ToList();

        Assert.That(relative, Is.Empty, "links a package page cannot follow");
    }

    [Test]
    public void EveryPackableLibrary_PacksThePackagePage()
    {
        var targets = File.ReadAllText(Path.Combine(Root, "Directory.Build.targets"));
        var ownPages = Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => File.ReadAllText(project).Contains("<PackageReadmeFile>", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(targets, Does.Contain("docs/package-readme.md\" Pack=\"true\" PackagePath=\"README.md\""));
            // Only the two tools and ContactsSdk.Redis have pages of their own (without relative links; checked below).
            Assert.That(ownPages, Is.EquivalentTo(new[] { "ContactsSdk.Testing.Host", "ContactsSdk.Redis", "ContactsSdk.Cli" }));
        });
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContactsSdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (ContactsSdk.sln) was not found.");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
