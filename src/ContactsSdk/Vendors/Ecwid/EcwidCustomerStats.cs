namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents an Ecwid customer's read-only order statistics.</summary>
public sealed record EcwidCustomerStats
{
    /// <summary>Gets the number of orders.</summary>
    public int? NumberOfOrders { get; init; }

    /// <summary>Gets the total sales value, in the store currency.</summary>
    public decimal? SalesValue { get; init; }

    /// <summary>Gets the average order value, in the store currency.</summary>
    public decimal? AverageOrderValue { get; init; }

    /// <summary>Gets when the first order was placed.</summary>
    public DateTimeOffset? FirstOrderDate { get; init; }

    /// <summary>Gets when the last order was placed.</summary>
    public DateTimeOffset? LastOrderDate { get; init; }
}
