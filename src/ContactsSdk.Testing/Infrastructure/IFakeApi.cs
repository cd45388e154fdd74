namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Implements one vendor's API behind a <see cref="FakePipeline"/>: routing, state and vendor-shaped answers.
/// </summary>
internal interface IFakeApi
{
    /// <summary>Handles a request normally, changing state where the request asks for it.</summary>
    FakeHttpResponse Handle(FakeHttpRequest request);

    /// <summary>Creates the vendor-shaped error answer used by injected failures.</summary>
    FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter);

    /// <summary>Creates the vendor-shaped 500 answer for a bug in the fake itself, naming the exception.</summary>
    FakeHttpResponse CreateUnexpectedError(Exception exception);

    /// <summary>Creates a successful-looking answer whose JSON body is cut off.</summary>
    FakeHttpResponse CreateMalformedResponse();

    /// <summary>Adds the headers the vendor puts on every answer.</summary>
    void Decorate(FakeHttpResponse response);

    /// <summary>Gets the vendor's clock, which stamps records and the <c>Date</c> header.</summary>
    VendorClock VendorClock { get; }
}
