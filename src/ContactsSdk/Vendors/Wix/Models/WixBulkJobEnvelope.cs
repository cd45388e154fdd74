using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"job": …}</c>, the answer of the bulk job-status endpoint (UNCONFIRMED, see <see cref="WixAssumptions.BulkJobPath"/>).</summary>
internal sealed record WixBulkJobEnvelope([property: JsonRequired] WixBulkJobResource Job);
