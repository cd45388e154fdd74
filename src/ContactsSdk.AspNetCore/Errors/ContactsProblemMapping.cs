using System.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Webhooks;
using Microsoft.AspNetCore.Http;

namespace ContactsSdk.AspNetCore.Errors;

/// <summary>
/// The one table from the <see cref="ContactsException"/> family (and the SDK's own argument checks) to HTTP answers. A
/// vendor-side failure is the app's upstream failing, so it answers 502–504, never 401/403/500.
/// </summary>
internal static class ContactsProblemMapping
{
    private static readonly System.Reflection.Assembly Sdk = typeof(ContactsException).Assembly;

    public static ContactsProblem? Map(Exception exception) => exception switch
    {
        ContactNotFoundException => new(StatusCodes.Status404NotFound, "The contact was not found."),
        ContactConflictException => new(StatusCodes.Status409Conflict, "The write conflicts with the contact's current state."),
        ContactValidationException => new(StatusCodes.Status422UnprocessableEntity, "The contact vendor refused the contact's fields."),
        ContactsRateLimitedException => new(StatusCodes.Status429TooManyRequests, "The contact vendor is throttling requests; try again later."),
        ContactsTimeoutException => new(StatusCodes.Status504GatewayTimeout, "The contact vendor did not answer in time."),
        ContactsUnavailableException { StatusCode: 503 } => new(StatusCodes.Status503ServiceUnavailable, "The contact vendor is unavailable."),
        ContactsUnavailableException => new(StatusCodes.Status502BadGateway, "The contact vendor failed."),
        ContactsAuthenticationException => new(StatusCodes.Status502BadGateway, "The app's credentials for the contact vendor were refused."),
        UnsupportedContactOperationException => new(StatusCodes.Status400BadRequest, "The contact vendor does not support this operation."),
        WebhookVerificationException => new(StatusCodes.Status401Unauthorized, "The webhook delivery failed verification."),
        ContactsException => new(StatusCodes.Status502BadGateway, "A call to the contact vendor failed."),
        ArgumentException argument when ThrownBySdk(argument) => new(StatusCodes.Status400BadRequest, "The request was invalid."),
        _ => null,
    };

    // The first frame outside the runtime's own assembly (ThrowIfNull and friends) tells whose check failed: an
    // ArgumentException from the app's own code stays the app's (unhandled, 500).
    private static bool ThrownBySdk(ArgumentException exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: false).GetFrames();
        var first = frames.Select(frame => frame.GetMethod()?.DeclaringType?.Assembly)
            .FirstOrDefault(assembly => assembly is not null && assembly != typeof(object).Assembly);
        return first == Sdk;
    }
}
