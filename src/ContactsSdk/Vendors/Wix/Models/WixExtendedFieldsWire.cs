using System.Text.Json;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>Extended-field values by key.</summary>
internal sealed record WixExtendedFieldsWire(Dictionary<string, JsonElement>? Items);
