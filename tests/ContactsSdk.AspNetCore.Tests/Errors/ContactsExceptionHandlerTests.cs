using System.Net;
using System.Text.Json;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Tests.Errors;

/// <summary>
/// <c>AddContactsProblemDetails</c> over a real app: each family member answers its status with a problem-details body
/// that holds no message, raw body, secret or contact data; the app's own exceptions stay 500.
/// </summary>
public sealed class ContactsExceptionHandlerTests
{
    private const string Secret = "secret_SHOULD_NEVER_LEAK_123";
    private const string Email = "leaky.person@example.com";

    private static readonly Dictionary<string, Func<Exception>> Failures = new()
    {
        ["not-found"] = () => new ContactNotFoundException($"Contact {Email} not found") { Vendor = ContactsVendor.Wix, Operation = "Get", VendorErrorCode = "CONTACT_NOT_FOUND", RawBody = Email },
        ["conflict"] = () => new ContactConflictException($"duplicate of {Email}") { Vendor = ContactsVendor.Wix, DuplicateContactId = "c-2" },
        ["validation"] = () => new ContactValidationException($"{Email} is invalid") { Vendor = ContactsVendor.AgentClara, Violations = [new FieldViolation("email", $"'{Email}' is not an email", "format")] },
        ["throttled"] = () => new ContactsRateLimitedException($"token {Secret} throttled") { Vendor = ContactsVendor.Ecwid, RetryAfter = TimeSpan.FromSeconds(2.2) },
        ["auth"] = () => new ContactsAuthenticationException($"token {Secret} refused") { Vendor = ContactsVendor.Ecwid, StatusCode = 401 },
        ["unavailable"] = () => new ContactsUnavailableException("bad gateway") { Vendor = ContactsVendor.Wix, StatusCode = 500 },
        ["unavailable-503"] = () => new ContactsUnavailableException("down") { Vendor = ContactsVendor.Wix, StatusCode = 503 },
        ["timeout"] = () => new ContactsTimeoutException("slow") { Vendor = ContactsVendor.AgentClara },
        ["unsupported"] = () => new UnsupportedContactOperationException(ContactsVendor.Ecwid, "AddTags"),
        ["webhook"] = () => new WebhookVerificationException(ContactsVendor.Ecwid, WebhookFailureReason.BadSignature),
        ["base"] = () => new ContactsException($"odd {Email}"),
        ["app-argument"] = () => new ArgumentException($"the app's own check on {Email}", "email"),
        ["sdk-argument"] = () => { EcwidWebhook.ComputeSignature(string.Empty, 1, "x"); return new InvalidOperationException("unreachable"); },
    };

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private WixFake _wix = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _wix = WixFake.Start();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddContactsSdk().AddWix("wix", _wix);
        builder.Services.AddContactsProblemDetails();
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.MapGet("/fail/{name}", (string name) => Task.FromException<string>(Failures[name]()));
        _app.MapGet("/wix/{id}", async (string id, IContactsClientFactory clients) => (await clients.Get("wix").GetAsync(id)).Id);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _wix.Dispose();
    }

    [TestCase("not-found", 404)]
    [TestCase("conflict", 409)]
    [TestCase("validation", 422)]
    [TestCase("throttled", 429)]
    [TestCase("auth", 502)]
    [TestCase("unavailable", 502)]
    [TestCase("unavailable-503", 503)]
    [TestCase("timeout", 504)]
    [TestCase("unsupported", 400)]
    [TestCase("webhook", 401)]
    [TestCase("base", 502)]
    [TestCase("sdk-argument", 400)]
    public async Task FamilyMember_AnswersItsStatusWithProblemDetailsAndNoSecretOrContactData(string name, int status)
    {
        var response = await _client.GetAsync($"/fail/{name}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(body);
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(status));
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.Not.Empty);
        Assert.That(body, Does.Not.Contain(Secret).And.Not.Contain(Email).And.Not.Contain("leaky"));
    }

    [Test]
    public async Task Throttled_CarriesRetryAfterInWholeSecondsRoundedUp()
    {
        var response = await _client.GetAsync("/fail/throttled");

        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task Validation_ListsFieldsAndRulesButNotTheVendorsDescriptions()
    {
        using var problem = JsonDocument.Parse(await (await _client.GetAsync("/fail/validation")).Content.ReadAsStringAsync());

        var violation = problem.RootElement.GetProperty("violations")[0];
        Assert.That((violation.GetProperty("field").GetString(), violation.GetProperty("rule").GetString()), Is.EqualTo(("email", "format")));
        Assert.That(problem.RootElement.GetProperty("vendor").GetString(), Is.EqualTo("AgentClara"));
    }

    [Test]
    public async Task NotFound_NamesVendorOperationAndVendorCode()
    {
        using var problem = JsonDocument.Parse(await (await _client.GetAsync("/fail/not-found")).Content.ReadAsStringAsync());

        Assert.That(problem.RootElement.GetProperty("vendor").GetString(), Is.EqualTo("Wix"));
        Assert.That(problem.RootElement.GetProperty("operation").GetString(), Is.EqualTo("Get"));
        Assert.That(problem.RootElement.GetProperty("vendorErrorCode").GetString(), Is.EqualTo("CONTACT_NOT_FOUND"));
        Assert.That(problem.RootElement.GetProperty("isTransient").GetBoolean(), Is.False);
    }

    [Test]
    public async Task AppsOwnArgumentException_IsLeftToTheApp()
    {
        var response = await _client.GetAsync("/fail/app-argument");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task RealWixClient_MalformedId_Answers400NamingTheParameter()
    {
        var response = await _client.GetAsync("/wix/not%20a%20wix%20id");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.RootElement.GetProperty("parameter").GetString(), Is.EqualTo("contactId"));
    }

    [Test]
    public async Task RealWixClient_UnknownContact_Answers404()
    {
        var response = await _client.GetAsync($"/wix/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
