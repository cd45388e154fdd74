using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"label": …, "newLabel": bool}</c>.</summary>
internal sealed record WixLabelEnvelope([property: JsonRequired] WixLabelResource Label, bool? NewLabel);
