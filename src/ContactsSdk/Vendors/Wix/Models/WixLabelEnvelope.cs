namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"label": …, "newLabel": bool}</c>.</summary>
internal sealed record WixLabelEnvelope(WixLabelResource? Label, bool? NewLabel);
