using System.Text;

namespace ContactsSdk.Tests.Support;

/// <summary>What a <see cref="ScriptedServer"/> answers: status, headers and a body, sent whole, trickled or streamed.</summary>
public sealed record ScriptedAnswer(int Status, string Body = "")
{
    /// <summary>Gets extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the content type of <see cref="Body"/>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Gets the delay between single bytes of the body (a server that trickles); zero sends it at once.</summary>
    public TimeSpan Trickle { get; init; }

    /// <summary>Gets a number of filler bytes sent after <see cref="Body"/>, generated as they are written (a huge body).</summary>
    public long Filler { get; init; }

    /// <summary>Gets a value indicating whether the Content-Length header is sent; without it the body ends when the connection closes.</summary>
    public bool DeclareLength { get; init; } = true;

    public byte[] BodyBytes => Encoding.UTF8.GetBytes(Body);

    public static ScriptedAnswer Json(string json, int status = 200) => new(status, json);
}
