using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Testing;

/// <summary>The fakes' fixed <c>Port</c> option, shared by the three (the contacts-fakes tool's <c>--…-port</c> uses it).</summary>
public sealed class FakeOptionsPortTests
{
    public static IEnumerable<TestCaseData> Starts()
    {
        yield return new TestCaseData((Func<int, VendorFake>)(port => AgentClaraFake.Start(new AgentClaraFakeOptions { Port = port }))).SetArgDisplayNames("AgentClara");
        yield return new TestCaseData((Func<int, VendorFake>)(port => WixFake.Start(new WixFakeOptions { Port = port }))).SetArgDisplayNames("Wix");
        yield return new TestCaseData((Func<int, VendorFake>)(port => EcwidFake.Start(new EcwidFakeOptions { Port = port }))).SetArgDisplayNames("Ecwid");
    }

    [TestCaseSource(nameof(Starts))]
    public void Start_FixedPort_ListensThereOnLoopback(Func<int, VendorFake> start)
    {
        var port = FreeLoopbackPort.Pick();

        using var fake = start(port);

        Assert.That(fake.BaseAddress.Port, Is.EqualTo(port));
        Assert.That(fake.BaseAddress.IsLoopback, Is.True);
    }

    [TestCaseSource(nameof(Starts))]
    public void Start_PortOutOfRange_ThrowsArgumentExceptionNamingTheOptions(Func<int, VendorFake> start)
    {
        Assert.That(() => start(-1), Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("options"));
        Assert.That(() => start(65_536), Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("options"));
    }
}
