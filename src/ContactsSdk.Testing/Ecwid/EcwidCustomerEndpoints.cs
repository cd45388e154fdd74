using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Handles the customer operations (spec §5.1–§5.5).</summary>
internal static class EcwidCustomerEndpoints
{
    /// <summary>[UNCONFIRMED §5.1] The current docs' default and maximum; above it the fake clamps rather than failing.</summary>
    public const int MaxLimit = 100;

    public static FakeHttpResponse Search(EcwidCall call)
    {
        var offset = EcwidFakeRules.ReadInt(call.Query, "offset", 0, min: 0);
        var limit = Math.Min(EcwidFakeRules.ReadInt(call.Query, "limit", MaxLimit, min: 1), MaxLimit);
        var matches = EcwidCustomerSearch.Sort(EcwidCustomerSearch.Filter(call.Store.Customers, call.Query), call.Query.Get("sortBy")).ToList();
        var items = matches.Skip(offset).Take(limit).Select(customer => EcwidJson.Customer(customer, call.Store)).ToList();
        return FakeHttpResponse.Json(200, EcwidJson.Envelope(items, matches.Count, offset, limit, call.Store.CustomerCount));
    }

    public static FakeHttpResponse Get(EcwidCall call) => FakeHttpResponse.Json(200, EcwidJson.Customer(call.Customer(), call.Store).ToJsonString());

    public static FakeHttpResponse Create(EcwidCall call)
    {
        var body = EcwidCustomerWrites.ReadBody(call);
        if (!body.ContainsKey("email"))
        {
            throw EcwidErrors.WrongParameter("Field 'email' is required", "email");
        }

        var customer = new EcwidCustomerRecord { Id = call.Store.NextCustomerId(), Email = string.Empty, Registered = call.Now, Updated = call.Now };
        customer.Scalars["taxId"] = string.Empty;
        customer.Scalars["taxIdValid"] = true;
        customer.Scalars["taxExempt"] = false;
        customer.Scalars["b2b_b2c"] = "b2c";
        EcwidCustomerWrites.Apply(customer, body, call);
        EcwidCustomerWrites.EnsureEmailContact(customer, call);
        call.Store.Add(customer);
        return FakeHttpResponse.Json(200, new JsonObject { ["id"] = customer.Id }.ToJsonString());
    }

    /// <summary>Merges scalars, replaces billingPerson, shippingAddresses and <b>contacts</b> wholesale (§5.4, §8).</summary>
    public static FakeHttpResponse Update(EcwidCall call)
    {
        var customer = call.Customer();
        var body = EcwidCustomerWrites.ReadBody(call);
        EcwidCustomerWrites.Apply(customer, body, call);
        customer.Updated = call.Now;
        return FakeHttpResponse.Json(200, EcwidJson.Count("updateCount", 1));
    }

    public static FakeHttpResponse Delete(EcwidCall call)
    {
        var id = call.CustomerId;
        if (!call.Store.RemoveCustomer(id))
        {
            throw EcwidErrors.CustomerNotFound(id);
        }

        call.Store.Deleted.Add((id, call.Now));
        return FakeHttpResponse.Json(200, EcwidJson.Count("deleteCount", 1));
    }

    /// <summary>Handles <c>GET /customers/deleted</c>: <c>{id, date}</c> entries, oldest first.</summary>
    public static FakeHttpResponse Deleted(EcwidCall call)
    {
        var from = EcwidFakeRules.ReadDate(call.Query, "from_date");
        var to = EcwidFakeRules.ReadDate(call.Query, "to_date");
        var offset = EcwidFakeRules.ReadInt(call.Query, "offset", 0, min: 0);
        var limit = Math.Min(EcwidFakeRules.ReadInt(call.Query, "limit", MaxLimit, min: 1), MaxLimit);
        var matches = call.Store.Deleted.Where(entry => (from is null || entry.Date >= from) && (to is null || entry.Date <= to)).ToList();
        var items = matches.Skip(offset).Take(limit)
            .Select(entry => new JsonObject { ["id"] = entry.Id, ["date"] = EcwidJson.FormatDate(entry.Date) })
            .ToList();
        return FakeHttpResponse.Json(200, EcwidJson.Envelope(items, matches.Count, offset, limit));
    }
}
