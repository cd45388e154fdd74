using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>Wix wraps every list in <c>{"items": […]}</c>.</summary>
internal sealed record WixItemsWire<T>(List<T>? Items) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Items(Items, "items");
    }
}
