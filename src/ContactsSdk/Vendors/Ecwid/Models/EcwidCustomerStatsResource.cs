namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A customer's read-only order statistics.</summary>
internal sealed record EcwidCustomerStatsResource
{
    public int? NumberOfOrders { get; init; }

    public decimal? SalesValue { get; init; }

    public decimal? AverageOrderValue { get; init; }

    public DateTimeOffset? FirstOrderDate { get; init; }

    public DateTimeOffset? LastOrderDate { get; init; }
}
