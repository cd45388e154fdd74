using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// The life cycle every test fixture of a fake shares: one fake and one raw <see cref="HttpClient"/> per fixture (a server
/// costs more than a test), reset before each test, stopped after the last.
/// </summary>
public abstract class FakeFixture
{
    // Client first, then fake: disposed in this order.
    private readonly List<IDisposable> _owned = [];
    private VendorFake? _served;

    /// <summary>Takes ownership of <paramref name="fake"/> and opens a client on <paramref name="root"/> (the fake's base address when null).</summary>
    protected (TFake Fake, HttpClient Http) Serve<TFake>(TFake fake, Uri? root = null)
        where TFake : VendorFake
    {
        var http = new HttpClient { BaseAddress = root ?? fake.BaseAddress };
        _owned.Add(http);
        _owned.Add(fake);
        _served = fake;
        return (fake, http);
    }

    /// <summary>Stops the fake and its client.</summary>
    [OneTimeTearDown]
    public void StopFake()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
    }

    /// <summary>Returns the fake to its starting state before each test.</summary>
    [SetUp]
    public void ResetFake() => _served?.Reset();
}
