using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Paging;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary>EcwidContactsClient over HTTP against EcwidFake, through the real DI registration.</summary>
public sealed partial class EcwidContactsClientTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 28, 11, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _time = null!;
    private EcwidHarness _harness = null!;

    private IEcwidContactsClient Client => _harness.Client;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake()
    {
        _time = new FakeTimeProvider(Start);
        _harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = _time });
    }

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task CreateAsync_EmailPhoneWhatsAppInstagram_CreatesCustomerThenAddsChannelsThroughContactEndpoints()
    {
        var contact = await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Company = "Analytical Engines",
            Channels =
            [
                new ContactChannel(ChannelKind.Email, "ada@example.com"),
                new ContactChannel(ChannelKind.Phone, "+15550001111"),
                new ContactChannel(ChannelKind.WhatsApp, "+15550001111"),
                new ContactChannel(ChannelKind.Instagram, "https://instagram.com/ada") { Handle = "ada" },
            ],
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Name, Is.EqualTo(new PersonName("Ada", "Lovelace", "Ada Lovelace")));
            Assert.That(contact.Company, Is.EqualTo("Analytical Engines"));
            Assert.That(contact.Channels.Select(c => c.Kind), Is.EquivalentTo(new[] { ChannelKind.Email, ChannelKind.Phone, ChannelKind.WhatsApp, ChannelKind.Instagram }));
            Assert.That(contact.Channels.Single(c => c.Kind == ChannelKind.Instagram).Handle, Is.EqualTo("ada"));
            Assert.That(contact.Channels.All(c => c.Id is not null), Is.True);
            var writes = Fake.Journal.Where(r => r.Method is "POST" or "PUT").ToList();
            Assert.That(writes.Select(r => r.Path), Is.EqualTo(new[]
            {
                "/api/v3/1003/customers",
                $"/api/v3/1003/customers/{contact.Id}/contacts", $"/api/v3/1003/customers/{contact.Id}/contacts", $"/api/v3/1003/customers/{contact.Id}/contacts",
            }));
            Assert.That(writes.Any(r => r.Body!.Contains("\"contacts\"", StringComparison.Ordinal)), Is.False, "no call may send a contacts array");
        }
    }

    [Test]
    public async Task CreateAsync_NoEmail_ThrowsArgumentExceptionNamingEcwidRequirementBeforeHttp()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("No Mail"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+15550001111")],
        }));

        Assert.That(error!.ParamName, Is.EqualTo("draft"));
        Assert.That(error.Message, Does.Contain("Ecwid requires an email"));
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task CreateAsync_DuplicateEmail_ThrowsContactConflict()
    {
        Fake.SeedContact("ada@example.com");
        var error = await Assert.ThrowsAsync<ContactConflictException>(() => Client.CreateAsync(new ContactDraft
        {
            Channels = [new ContactChannel(ChannelKind.Email, "ADA@example.com")],
        }));
        Assert.That(error!.VendorErrorCode, Is.EqualTo("EMAIL_ALREADY_EXISTS"));
        Assert.That(error.StatusCode, Is.EqualTo(409));
    }

    [Test]
    public async Task UpdateAsync_Name_LeavesEveryChannelAndItsIdIntact()
    {
        var id = Fake.SeedContact("ada@example.com", "Ada Lovelace");
        Fake.SeedCustomerChannel(id, "PHONE", "+15550001111");
        Fake.SeedCustomerChannel(id, "WHATSAPP", "+15550001111");
        Fake.SeedCustomerChannel(id, "INSTAGRAM", "https://instagram.com/ada");
        var before = await Client.GetAsync(Id(id));

        var updated = await Client.UpdateAsync(Id(id), new ContactPatch { Name = PersonName.FromFull("Ada Byron"), Company = "Engines" });

        Assert.That(updated.Name.Full, Is.EqualTo("Ada Byron"));
        Assert.That(updated.Company, Is.EqualTo("Engines"));
        Assert.That(updated.Channels, Is.EquivalentTo(before.Channels));
        var put = Fake.Journal.Single(r => r.Method == "PUT");
        Assert.That(put.Body, Does.Not.Contain("contacts"));
    }

    [Test]
    public async Task AddChannelAsync_TwoTasksAtOnce_BothChannelsSurvive()
    {
        var id = Id(Fake.SeedContact("ada@example.com"));

        var added = await Task.WhenAll(
            Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+15550001111")),
            Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Telegram, "https://t.me/ada")));

        var channels = (await Client.GetAsync(id)).Channels;
        Assert.That(added[0].Id, Is.Not.EqualTo(added[1].Id));
        Assert.That(channels.Select(c => c.Id), Is.SupersetOf(added.Select(c => c.Id)));
        Assert.That(channels.Select(c => c.Kind), Is.EquivalentTo(new[] { ChannelKind.Email, ChannelKind.Phone, ChannelKind.Telegram }));
    }

    [Test]
    public async Task AddChannelAsync_CreateAnswersOnlyCount_FindsNewIdByRelisting()
    {
        var id = Id(Fake.SeedContact("ada@example.com"));
        await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "second@example.com"));
        var added = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "third@example.com") { Note = "again" });

        var all = await Client.CustomerContacts.ListAsync(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        Assert.That(added.Id, Is.EqualTo(all.Max(c => c.Id).ToString(System.Globalization.CultureInfo.InvariantCulture)), "the newest contact is the one just created");
        Assert.That(added.Value, Is.EqualTo("third@example.com"));
        Assert.That(added.Note, Is.EqualTo("again"));
        Assert.That(Fake.Journal.Count(r => r.Method == "GET" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task UnknownContactType_RoundTripsThroughGetAndUpdate()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var signal = Fake.SeedCustomerChannel(customer, "SIGNAL", "+15550001111");
        Fake.AllowContactType("SIGNAL");

        var channel = (await Client.GetAsync(Id(customer))).Channels.Single(c => c.Id == Id(signal));
        var updated = await Client.UpdateChannelAsync(Id(customer), channel.Id!, channel with { Value = "+15550002222" });
        var added = await Client.AddChannelAsync(Id(customer), new ContactChannel(new ChannelKind("SIGNAL"), "+15550003333"));

        Assert.That(channel.Kind.Value, Is.EqualTo("SIGNAL"));
        Assert.That(channel.Kind.IsWellKnown, Is.False);
        Assert.That(updated.Kind, Is.EqualTo(new ChannelKind("SIGNAL")));
        Assert.That(updated.Value, Is.EqualTo("+15550002222"));
        Assert.That(added.Kind.Value, Is.EqualTo("SIGNAL"));
        Assert.That(Fake.Journal.Where(r => r.Method is "PUT" or "POST").Select(r => r.Body), Has.All.Contain("\"type\":\"SIGNAL\""));
    }

    [Test]
    public async Task UpdateChannelAsync_IsPrimary_MovesDefaultWithinType()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var first = Fake.SeedCustomerChannel(customer, "PHONE", "+15550001111");
        var second = Fake.SeedCustomerChannel(customer, "PHONE", "+15550002222");

        await Client.UpdateChannelAsync(Id(customer), Id(second), new ContactChannel(ChannelKind.Phone, "+15550002222") { IsPrimary = true });
        var contact = await Client.GetAsync(Id(customer));

        Assert.That(contact.Channels.Single(c => c.Id == Id(first)).IsPrimary, Is.False);
        Assert.That(contact.PrimaryPhone, Is.EqualTo("+15550002222"));
    }

    [Test]
    public async Task RemoveChannelAsync_Unknown_ThrowsNotFound()
    {
        var customer = Id(Fake.SeedContact("ada@example.com"));
        var error = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.RemoveChannelAsync(customer, "999"));
        Assert.That(error!.VendorErrorCode, Is.EqualTo("CUSTOMER_CONTACT_NOT_FOUND"));
    }

    [TestCase("abc")]
    [TestCase("-5")]
    [TestCase("0")]
    public async Task GetAsync_NonNumericId_ThrowsArgumentExceptionBeforeHttp(string id)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.GetAsync(id));
        Assert.That(error!.ParamName, Is.EqualTo("contactId"));
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task GetAsync_Unknown_ThrowsNotFound_TryGetReturnsNull()
    {
        var error = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.GetAsync("123"));
        Assert.That(error!.Message, Does.Contain("Customer #123 not found"));
        Assert.That(await Client.TryGetAsync("123"), Is.Null);
    }

    [Test]
    public async Task Requests_SendBearerSecretHeader_NeverAQueryToken()
    {
        Fake.SeedContact("ada@example.com");
        await foreach (var _ in Client.ListAsync())
        {
        }

        var request = Fake.Journal.Single();
        Assert.That(request.Authorization, Is.EqualTo($"Bearer {EcwidFake.DefaultCredential}"));
        Assert.That(request.Query, Does.Not.Contain("token"));
    }

    [Test]
    public async Task ListAsync_QueryMapsToKeywordEmailAndUnixSeconds_WithExplicitLimitAndSort()
    {
        var since = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var query = new ContactQuery { Search = "ada", Email = "ada@example.com", CreatedSince = since, UpdatedSince = since, PageSizeHint = 7 };
        await foreach (var _ in Client.ListAsync(query))
        {
        }

        var sent = Fake.Journal.Single().Query;
        Assert.That(sent, Does.Contain("keyword=ada"));
        Assert.That(sent, Does.Contain("email=ada%40example.com").Or.Contain("email=ada@example.com"));
        Assert.That(sent, Does.Contain("useExactEmailMatch=true"));
        Assert.That(sent, Does.Contain($"createdFrom={since.ToUnixTimeSeconds()}"));
        Assert.That(sent, Does.Contain($"updatedFrom={since.ToUnixTimeSeconds()}"));
        Assert.That(sent, Does.Contain("limit=7"));
        Assert.That(sent, Does.Contain("sortBy=REGISTERED_DATE_ASC"));
    }

    [Test]
    public async Task ListAsync_CreatedSince_AssumesCreatedFromIsInclusive_UnconfirmedSection10_5()
    {
        // UNCONFIRMED (spec §10.5): Ecwid's createdFrom is taken as inclusive; the keyed paging relies on it, re-reading
        // the boundary second. A customer registered exactly at the bound must be listed.
        var bound = Start.AddMinutes(-10);
        Fake.SeedContact("before@example.com", "Before", bound.AddSeconds(-1));
        Fake.SeedContact("at@example.com", "At", bound);
        Fake.SeedContact("after@example.com", "After", bound.AddSeconds(1));

        var listed = await Collect(Client.ListAsync(new ContactQuery { CreatedSince = bound }));

        Assert.That(listed.Select(c => c.Name.Full), Is.EquivalentTo(new[] { "At", "After" }));
    }

    [Test]
    public async Task ListAsync_FiltersAndOtherSorts_ReturnMatches()
    {
        Fake.SeedContact("bob@example.com", "Bob Stone", Start.AddDays(-2));
        Fake.SeedContact("ada@example.com", "Ada Lovelace", Start.AddDays(-1));
        Fake.SeedContact("cy@shop.org", "Cy Young", Start);

        var byName = await Collect(Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Name, PageSizeHint = 2 }));
        var newestFirst = await Collect(Client.ListAsync(new ContactQuery { Descending = true, PageSizeHint = 1 }));
        var exact = await Collect(Client.ListAsync(new ContactQuery { Email = "ADA@example.com" }));
        var recent = await Collect(Client.ListAsync(new ContactQuery { CreatedSince = Start.AddHours(-1) }));

        Assert.That(byName.Select(c => c.Name.Full), Is.EqualTo(new[] { "Ada Lovelace", "Bob Stone", "Cy Young" }));
        Assert.That(newestFirst.Select(c => c.PrimaryEmail), Is.EqualTo(new[] { "cy@shop.org", "ada@example.com", "bob@example.com" }));
        Assert.That(exact.Select(c => c.PrimaryEmail), Is.EqualTo(new[] { "ada@example.com" }));
        Assert.That(recent.Select(c => c.PrimaryEmail), Is.EqualTo(new[] { "cy@shop.org" }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ListAsync_CustomersInsertedAndRemovedBetweenPages_YieldsEachSurvivorExactlyOnce(bool descending)
    {
        // Three seconds with 7 customers each: pages of 4 end mid-second, where offset paging would skip or repeat.
        var original = new List<long>();
        for (var second = 0; second < 3; second++)
        {
            for (var i = 0; i < 7; i++)
            {
                original.Add(Fake.SeedContact($"c{second}-{i}@example.com", $"C {second} {i}", Start.AddSeconds(second)));
            }
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        var seen = new List<string>();
        var removedUnseen = new HashSet<string>();
        var serial = 0;
        await foreach (var page in Client.ListAsync(new ContactQuery { Descending = descending }).AsPages(pageSizeHint: 4))
        {
            seen.AddRange(page.Items.Select(c => c.Id));
            if (page.Items.Count == 0)
            {
                continue;
            }

            // Between pages: remove one customer already yielded and one not yet seen, and register a new one.
            await Client.DeleteAsync(page.Items[0].Id);
            var unseen = original.Select(Id).FirstOrDefault(id => !seen.Contains(id) && !removedUnseen.Contains(id));
            if (unseen is not null)
            {
                await Client.DeleteAsync(unseen);
                removedUnseen.Add(unseen);
            }

            Fake.SeedContact($"new{serial++}@example.com", "New", _time.GetUtcNow());
        }

        var survivors = original.Select(Id).Where(id => !removedUnseen.Contains(id)).ToList();
        Assert.That(seen, Is.Unique);
        Assert.That(seen, Is.SupersetOf(survivors));
    }

    [Test]
    public async Task ListAsync_MaxItemsAndIncludeRaw_AreHonoured()
    {
        for (var i = 0; i < 5; i++)
        {
            Fake.SeedContact($"c{i}@example.com", registered: Start.AddSeconds(i));
        }

        var listed = await Collect(Client.ListAsync(new ContactQuery { MaxItems = 3, IncludeRaw = true, PageSizeHint = 2 }));

        Assert.That(listed, Has.Count.EqualTo(3));
        Assert.That(listed[0].Raw!.Value.GetProperty("email").GetString(), Is.EqualTo("c0@example.com"));
    }

    [Test]
    public async Task TagsAndCustomFields_Unsupported_ThrowBeforeHttp()
    {
        Assert.That(Client.Capabilities.SupportsTags, Is.False);
        Assert.That(Client.Capabilities.SupportsCustomFields, Is.False);
        await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.AddTagsAsync("1", ["vip"]));
        await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.CreateAsync(new ContactDraft
        {
            Tags = ["vip"],
            Channels = [new ContactChannel(ChannelKind.Email, "a@example.com")],
        }));
        await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.UpdateAsync("1", new ContactPatch { JobTitle = "CEO" }));
        Assert.Throws<UnsupportedContactOperationException>(() => Client.ListAsync(new ContactQuery { Tag = "vip" }));
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task Unsupported_NamesThePublicOperation_NotTheMissingFeature()
    {
        var create = (await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.CreateAsync(new ContactDraft
        {
            Tags = ["vip"],
            Channels = [new ContactChannel(ChannelKind.Email, "a@example.com")],
        })))!;
        var update = (await Assert.ThrowsAsync<UnsupportedContactOperationException>(() => Client.UpdateAsync("1", new ContactPatch { JobTitle = "CEO" })))!;
        var list = Assert.Throws<UnsupportedContactOperationException>(() => Client.ListAsync(new ContactQuery { Tag = "vip" }))!;

        Assert.Multiple(() =>
        {
            Assert.That(create.Operation, Is.EqualTo(ContactsSdk.Diagnostics.ContactsOperations.Create));
            Assert.That(update.Operation, Is.EqualTo(ContactsSdk.Diagnostics.ContactsOperations.Update));
            Assert.That(list.Operation, Is.EqualTo(ContactsSdk.Diagnostics.ContactsOperations.List));
            Assert.That(list.Message, Does.Contain("filtering by tag"), "the message still says what is missing");
        });
    }

    [Test]
    public async Task Errors_ScopeRateLimitAndServerFailures_MapToExceptionFamily()
    {
        Fake.FailNext(1, 503);
        await Assert.ThrowsAsync<ContactsUnavailableException>(() => Client.GetAsync("1"));

        Fake.AddCredential(EcwidFake.DefaultCredential, EcwidFake.DefaultStoreId, [EcwidFake.CreateCustomersScope]);
        var scope = await Assert.ThrowsAsync<ContactsAuthenticationException>(() => Client.GetAsync("1"));
        Assert.That(scope!.VendorErrorCode, Is.EqualTo("INSUFFICIENT_APP_SCOPE"));
        Assert.That(scope.Message, Does.Not.Contain(EcwidFake.DefaultCredential));

        Fake.Reset();
        Fake.EnableRateLimit(perMinute: 1);
        await Client.TryGetAsync("1");
        var limited = await Assert.ThrowsAsync<ContactsRateLimitedException>(() => Client.GetAsync("1"));
        Assert.That(limited!.VendorErrorCode, Is.EqualTo("RATE_LIMITED"));
        Assert.That(limited.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task Cancellation_IsHonoured()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAsync<OperationCanceledException>(() => Client.GetAsync("1", cancellation.Token));
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task GetCustomerAsync_ReturnsFullEcwidView()
    {
        var id = Fake.SeedContact("ada@example.com", "Ada Lovelace");
        var customer = await Client.GetCustomerAsync(id);

        Assert.That(customer.Id, Is.EqualTo(id));
        Assert.That(customer.BillingPerson!.FirstName, Is.EqualTo("Ada"));
        Assert.That(customer.CustomerGroupName, Is.EqualTo("General"));
        Assert.That(customer.B2BOrB2C, Is.EqualTo("b2c"));
        Assert.That(customer.Stats!.NumberOfOrders, Is.Zero);
        Assert.That(customer.Contacts.Single().Type, Is.EqualTo("EMAIL"));
    }

    [Test]
    public void Options_PublicToken_RefusedAtValidationWithClearMessage()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ContactsClientBuilder()
            .Configure(sdk => sdk.AddEcwid("shop", o => { o.StoreId = 1003; o.AccessToken = "public_abcdefgh"; }))
            .Build());

        Assert.That(error!.Message, Does.Contain("public_ token"));
        Assert.That(error.Message, Does.Not.Contain("public_abcdefgh"));
    }

    [Test]
    public void Options_MissingStoreIdAndToken_Refused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ContactsClientBuilder()
            .Configure(sdk => sdk.AddEcwid("shop", _ => { }))
            .Build());

        Assert.That(error!.Failures, Has.Some.Contain("StoreId"));
        Assert.That(error.Failures, Has.Some.Contain("AccessToken"));
    }

    [Test]
    public async Task AddEcwid_Configuration_BindsAndResolvesKeyedClients()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StoreId"] = "1003",
                ["AccessToken"] = EcwidFake.DefaultCredential,
                ["BaseAddress"] = Fake.BaseAddress.ToString(),
                ["Resilience:MaxRetryAttempts"] = "0",
            })
            .Build();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddEcwid("bound", configuration)).Build();
        Fake.SeedContact("ada@example.com");

        Assert.That(clients.Get("bound").Vendor, Is.EqualTo(ContactsVendor.Ecwid));
        Assert.That(await Collect(clients.Get<IEcwidContactsClient>("bound").ListAsync()), Has.Count.EqualTo(1));
    }

    // A customer the SDK cannot read (an ISO date where Ecwid writes its own format) fails in the exception family,
    // like a malformed page, and does not escape as a bare JsonException.
    [Test]
    public async Task ListAsync_UnreadableCustomer_ThrowsContactsException()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().AddEcwid("bad", options =>
        {
            options.StoreId = 1003;
            options.AccessToken = EcwidFake.DefaultCredential;
            options.BaseAddress = new Uri("https://ecwid.invalid/api/v3/");
            options.Resilience.MaxRetryAttempts = 0;
        });
        services.PostConfigureAll<HttpClientFactoryOptions>(
            options => options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = new UnreadableCustomerHandler()));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IContactsClientFactory>().Get("bad");

        var thrown = await Assert.CatchAsync<ContactsException>(async () => await Collect(client.ListAsync()));

        Assert.That(thrown!.Message, Does.Contain("could not read"));
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class UnreadableCustomerHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent(
                    """{"total": 1, "count": 1, "offset": 0, "limit": 100, "items": [{"id": 1, "registered": "2024-06-04T21:15:10Z"}]}""",
                    System.Text.Encoding.UTF8,
                    "application/json"),
            });
    }

    private static async Task<List<Contact>> Collect(Pageable<Contact> pageable)
    {
        var list = new List<Contact>();
        await foreach (var contact in pageable)
        {
            list.Add(contact);
        }

        return list;
    }
}
