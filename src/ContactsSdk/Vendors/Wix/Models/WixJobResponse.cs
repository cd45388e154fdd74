using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A bulk endpoint's answer: <c>{"jobId": …}</c>.</summary>
internal sealed record WixJobResponse([property: JsonRequired] string JobId) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(JobId, "A Wix bulk job");
    }
}
