using ContactsSdk.Internal;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// The write-safety choices that rest on unconfirmed vendor facts, each one constant: change it there and this test
/// names what was assumed.
/// </summary>
public sealed class WriteAssumptionTests
{
    [Test]
    public void Assumption_VendorClocksAreWithinTwoMinutesOfOurs_ForCreatedSinceLookups()
        => Assert.That(CreatedContactLookup.ClockSkew, Is.EqualTo(TimeSpan.FromMinutes(2)));

    [Test]
    public void Assumption_AGatewayForwardsALateRequestWithinTwoSeconds_BeforeTheCreateLookup()
        => Assert.That(SafeCreate.SettleDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));

    [Test]
    public void Assumption_EcwidAndWixKeepEmailsUnique_AgentClaraDoesNot()
    {
        Assert.That(CreateLookupProfile.For(ContactsVendor.Ecwid).UniqueEmail, Is.True, "Ecwid 409 on a duplicate email is DOC-old, UNCONFIRMED today");
        Assert.That(CreateLookupProfile.For(ContactsVendor.Wix).UniqueEmail, Is.True);
        Assert.That(CreateLookupProfile.For(ContactsVendor.AgentClara).UniqueEmail, Is.False);
    }

    [Test]
    public void Assumption_AnEcwidCreateStoresOnlyTheNameAndOneEmail()
    {
        var ecwid = CreateLookupProfile.For(ContactsVendor.Ecwid);
        Assert.That((ecwid.AllEmails, ecwid.Phones, ecwid.Tags), Is.EqualTo((false, false, false)));
    }

    [TestCase(400, "NotApplied")]
    [TestCase(409, "NotApplied")]
    [TestCase(429, "NotApplied")]
    [TestCase(500, "FailedAnswer")]
    [TestCase(503, "FailedAnswer")]
    [TestCase(502, "MayStillLand")]
    [TestCase(504, "MayStillLand")]
    [TestCase(200, "Unreadable")]
    public void Classify_ByStatus(int status, string expected)
        => Assert.That(SafeCreate.Classify(new ContactsSdk.Errors.ContactsException("x") { StatusCode = status }).ToString(), Is.EqualTo(expected));

    [Test]
    public async Task WriteLocks_AreReleasedWhenUnused_AndSerialiseOneKey()
    {
        var locks = new InProcessContactWriteLocks();
        var first = await locks.AcquireAsync("k", CancellationToken.None);
        var second = locks.AcquireAsync("k", CancellationToken.None).AsTask();
        using var cancel = new CancellationTokenSource();
        var cancelled = locks.AcquireAsync("k", cancel.Token).AsTask();

        Assert.That(second.IsCompleted, Is.False, "a second writer waits");
        await cancel.CancelAsync();
        await Assert.CatchAsync<OperationCanceledException>(() => cancelled);
        await first.DisposeAsync();
        await (await second).DisposeAsync();

        Assert.That(locks.ActiveKeys, Is.Zero, "no entry outlives its writers, cancelled ones included");
    }
}
