using ContactsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>The fakes send <c>Date</c> by the vendor's clock on every answer, errors included, and a test can move that clock.</summary>
public sealed class VendorClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task EveryAnswer_CarriesDate_ByTheVendorsMovedClock_AndResetPutsItBack()
    {
        var clock = new FakeTimeProvider(Start);
        using var fake = WixFake.Start(new WixFakeOptions { TimeProvider = clock });
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        fake.VendorClockOffset = TimeSpan.FromSeconds(-90);

        using var refused = await http.GetAsync(new Uri("contacts/v4/contacts/x", UriKind.Relative));
        var id = fake.SeedContact("Skewed");
        fake.Reset();
        using var afterReset = await http.GetAsync(new Uri("contacts/v4/contacts/x", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That((int)refused.StatusCode, Is.GreaterThanOrEqualTo(400), "an error answer");
            Assert.That(refused.Headers.Date, Is.EqualTo(Start.AddSeconds(-90)));
            Assert.That(id, Is.Not.Empty);
            Assert.That(fake.VendorClockOffset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(afterReset.Headers.Date, Is.EqualTo(Start));
        });
    }

    [Test]
    public async Task VendorClockOffset_StampsTheVendorsRecords()
    {
        var clock = new FakeTimeProvider(Start);
        using var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = clock });
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AgentClaraFake.DefaultCredential);
        fake.VendorClockOffset = TimeSpan.FromSeconds(90);
        var id = fake.SeedContact("Ahead");

        var body = await http.GetStringAsync(new Uri("contacts/" + id, UriKind.Relative));

        Assert.That(body, Does.Contain("2026-03-01T09:01:30"));
    }
}
