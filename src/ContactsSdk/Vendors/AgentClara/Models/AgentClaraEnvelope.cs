using System.Collections;
using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>AgentClara's answer envelope: <c>{"success": true, "data": …, "pagination": …}</c>; <c>data</c> is required.</summary>
internal sealed record AgentClaraEnvelope<T>(bool Success, [property: JsonRequired] T Data, AgentClaraPagination? Pagination) : IJsonOnDeserialized
    where T : class
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Present(Data, "data");
        WireChecks.Items(Data as IEnumerable, "data");
    }
}
