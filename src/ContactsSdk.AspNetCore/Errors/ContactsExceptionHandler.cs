using System.Globalization;
using ContactsSdk.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContactsSdk.AspNetCore.Errors;

/// <summary>
/// Answers the <see cref="ContactsException"/> family with RFC 9457 problem details: 404 not found, 409 conflict, 422
/// validation (field names and rules only), 429 throttled (with <c>Retry-After</c>), 502/503 vendor failure, 504 vendor
/// timeout; and an <see cref="ArgumentException"/> thrown by the SDK's own checks with 400. Register with
/// <c>AddContactsProblemDetails()</c> and <c>app.UseExceptionHandler()</c>.
/// </summary>
/// <remarks>
/// The body never holds the exception's message, the vendor's raw body, a secret or contact data: only a fixed title,
/// the vendor, the operation, the vendor's error code and whether retrying may help. Other exceptions are left to the
/// next handler.
/// </remarks>
public sealed class ContactsExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService? _problemDetails;

    /// <summary>Initializes the handler.</summary>
    /// <param name="problemDetails">The app's problem-details writer, when registered (<c>AddProblemDetails</c>), so its customisations apply.</param>
    public ContactsExceptionHandler(IProblemDetailsService? problemDetails = null) => _problemDetails = problemDetails;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (ContactsProblemMapping.Map(exception) is not { } problem || httpContext.Response.HasStarted)
        {
            return false;
        }

        var details = Describe(exception, problem);
        httpContext.Response.StatusCode = problem.Status;
        if (exception is ContactsRateLimitedException { RetryAfter: { } wait })
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (_problemDetails is not null
            && await _problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception }).ConfigureAwait(false))
        {
            return true;
        }

        await httpContext.Response.WriteAsJsonAsync(details, ContactsProblemJsonContext.Default.ProblemDetails, "application/problem+json", cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static ProblemDetails Describe(Exception exception, ContactsProblem problem)
    {
        var details = new ProblemDetails
        {
            Status = problem.Status,
            Title = problem.Title,
            Type = $"https://tools.ietf.org/html/rfc9110#status-{problem.Status}",
        };
        if (exception is ContactsException failure)
        {
            AddIfSet(details, "vendor", failure.Vendor?.ToString());
            AddIfSet(details, "operation", failure.Operation);
            AddIfSet(details, "vendorErrorCode", failure.VendorErrorCode);
            details.Extensions["isTransient"] = failure.IsTransient;
        }

        switch (exception)
        {
            case ContactValidationException validation:
                details.Extensions["violations"] = validation.Violations.Select(violation => new Dictionary<string, string?> { ["field"] = violation.Field, ["rule"] = violation.Rule }).ToList();
                break;
            case ArgumentException { ParamName: { } parameter }:
                details.Extensions["parameter"] = parameter;
                break;
        }

        return details;
    }

    private static void AddIfSet(ProblemDetails details, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            details.Extensions[name] = value;
        }
    }
}
