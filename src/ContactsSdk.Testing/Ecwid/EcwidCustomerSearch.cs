using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Filters and sorts customers for <c>GET /customers</c> (spec §5.1). Matching follows the spec's recommendation [INF]:
/// case-insensitive substrings for text, exact codes and ids, inclusive date bounds.
/// </summary>
internal static class EcwidCustomerSearch
{
    /// <summary>The emulated parameters; the Kotlin client's extra flags are accepted and ignored.</summary>
    public static readonly string[] Parameters =
    [
        "keyword", "name", "email", "useExactEmailMatch", "phone", "city", "postalCode", "stateOrProvinceCode", "countryCodes",
        "companyName", "acceptMarketing", "taxExempt", "b2b_b2c", "lang", "customerGroupIds", "customerGroup",
        "minOrderCount", "maxOrderCount", "minSalesValue", "maxSalesValue", "createdFrom", "createdTo", "updatedFrom", "updatedTo",
        "sortBy", "offset", "limit", "usePrecalculatedOrderCount", "checkOnlyCustomerId",
    ];

    /// <summary>Documented parameters the fake does not emulate.</summary>
    public static readonly string[] NotEmulated = ["purchasedProductIds", "responseFields"];

    public static IEnumerable<EcwidCustomerRecord> Filter(IEnumerable<EcwidCustomerRecord> customers, FakeQuery query)
    {
        var predicates = Predicates(query).ToList();
        return customers.Where(customer => predicates.All(predicate => predicate(customer)));
    }

    public static IEnumerable<EcwidCustomerRecord> Sort(IEnumerable<EcwidCustomerRecord> customers, string? sortBy)
    {
        // NAME_ASC is the default of the older docs; the current docs state none (UNCONFIRMED, §5.1).
        var ordered = (sortBy ?? "NAME_ASC") switch
        {
            "NAME_ASC" => customers.OrderBy(NameKey, StringComparer.OrdinalIgnoreCase),
            "NAME_DESC" => customers.OrderByDescending(NameKey, StringComparer.OrdinalIgnoreCase),
            "EMAIL_ASC" => customers.OrderBy(customer => customer.Email, StringComparer.OrdinalIgnoreCase),
            "EMAIL_DESC" => customers.OrderByDescending(customer => customer.Email, StringComparer.OrdinalIgnoreCase),
            "REGISTERED_DATE_ASC" => customers.OrderBy(customer => customer.Registered),
            "REGISTERED_DATE_DESC" => customers.OrderByDescending(customer => customer.Registered),
            "UPDATED_DATE_ASC" => customers.OrderBy(customer => customer.Updated),
            "UPDATED_DATE_DESC" => customers.OrderByDescending(customer => customer.Updated),
            // The fake has no orders: every customer has zero orders and sales, so these keep id order.
            "ORDER_COUNT_ASC" or "ORDER_COUNT_DESC" or "SALES_VALUE_ASC" or "SALES_VALUE_DESC" or "FIRST_ORDER_DATE_ASC"
                or "FIRST_ORDER_DATE_DESC" or "LAST_ORDER_DATE_ASC" or "LAST_ORDER_DATE_DESC" => customers.OrderBy(_ => 0),
            _ => throw EcwidErrors.WrongParameter($"Wrong parameter 'sortBy' value: {sortBy}", "sortBy"),
        };
        return ordered.ThenBy(customer => customer.Id);
    }

    private static string NameKey(EcwidCustomerRecord customer) => customer.Name ?? string.Empty;

    private static IEnumerable<Func<EcwidCustomerRecord, bool>> Predicates(FakeQuery query)
    {
        if (query.Get("keyword") is { Length: > 0 } keyword)
        {
            yield return customer => Contains(customer.Name, keyword) || Contains(customer.Email, keyword);
        }

        if (query.Get("name") is { Length: > 0 } name)
        {
            yield return customer => Contains(customer.Name, name);
        }

        var exactEmail = EcwidFakeRules.ReadBool(query, "useExactEmailMatch") == true;
        var email = query.Get("email");
        if (exactEmail && string.IsNullOrEmpty(email))
        {
            throw EcwidErrors.WrongParameter("useExactEmailMatch requires email", "useExactEmailMatch");
        }

        if (!string.IsNullOrEmpty(email))
        {
            yield return exactEmail
                ? customer => string.Equals(customer.Email, email, StringComparison.OrdinalIgnoreCase)
                : customer => Contains(customer.Email, email);
        }

        if (query.Get("phone") is { Length: > 0 } phone)
        {
            var digits = Digits(phone);
            yield return customer => Phones(customer).Any(value => Digits(value).Contains(digits, StringComparison.Ordinal));
        }

        foreach (var predicate in AddressPredicates(query))
        {
            yield return predicate;
        }

        foreach (var predicate in FlagPredicates(query))
        {
            yield return predicate;
        }

        foreach (var predicate in RangePredicates(query))
        {
            yield return predicate;
        }
    }

    private static IEnumerable<Func<EcwidCustomerRecord, bool>> AddressPredicates(FakeQuery query)
    {
        foreach (var (param, field, exact) in new[] { ("city", "city", false), ("postalCode", "postalCode", true), ("stateOrProvinceCode", "stateOrProvinceCode", true), ("companyName", "companyName", false) })
        {
            if (query.Get(param) is { Length: > 0 } wanted)
            {
                yield return customer => Addresses(customer).Any(address => Matches(address[field]?.GetValue<string>(), wanted, exact));
            }
        }

        if (query.Get("countryCodes") is { Length: > 0 } countries)
        {
            var codes = countries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return customer => Addresses(customer).Any(address => codes.Contains(address["countryCode"]?.GetValue<string>(), StringComparer.OrdinalIgnoreCase));
        }
    }

    private static IEnumerable<Func<EcwidCustomerRecord, bool>> FlagPredicates(FakeQuery query)
    {
        foreach (var flag in new[] { "acceptMarketing", "taxExempt" })
        {
            if (EcwidFakeRules.ReadBool(query, flag) is { } wanted)
            {
                // acceptMarketing null counts as OK to promote (§3.1); taxExempt defaults to false.
                var fallback = flag == "acceptMarketing";
                yield return customer => (customer.Scalars[flag]?.GetValue<bool>() ?? fallback) == wanted;
            }
        }

        foreach (var flag in new[] { "b2b_b2c", "lang" })
        {
            if (query.Get(flag) is { Length: > 0 } wanted)
            {
                yield return customer => string.Equals(customer.Scalars[flag]?.GetValue<string>(), wanted, StringComparison.OrdinalIgnoreCase);
            }
        }

        if (EcwidFakeRules.ReadIds(query, "customerGroupIds", "customerGroup") is { } groups)
        {
            yield return customer => groups.Contains(customer.GroupId);
        }
    }

    private static IEnumerable<Func<EcwidCustomerRecord, bool>> RangePredicates(FakeQuery query)
    {
        // The fake has no orders, so every customer has zero orders and zero sales.
        var minOrders = EcwidFakeRules.ReadDecimal(query, "minOrderCount");
        var maxOrders = EcwidFakeRules.ReadDecimal(query, "maxOrderCount");
        var minSales = EcwidFakeRules.ReadDecimal(query, "minSalesValue");
        var maxSales = EcwidFakeRules.ReadDecimal(query, "maxSalesValue");
        if (minOrders > 0 || maxOrders < 0 || minSales > 0 || maxSales < 0)
        {
            yield return _ => false;
        }

        var createdFrom = EcwidFakeRules.ReadDate(query, "createdFrom");
        var createdTo = EcwidFakeRules.ReadDate(query, "createdTo");
        var updatedFrom = EcwidFakeRules.ReadDate(query, "updatedFrom");
        var updatedTo = EcwidFakeRules.ReadDate(query, "updatedTo");
        yield return customer => (createdFrom is null || customer.Registered >= createdFrom)
            && (createdTo is null || customer.Registered <= createdTo)
            && (updatedFrom is null || customer.Updated >= updatedFrom)
            && (updatedTo is null || customer.Updated <= updatedTo);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Addresses(EcwidCustomerRecord customer) =>
        customer.ShippingAddresses.OfType<System.Text.Json.Nodes.JsonObject>().Concat(customer.BillingPerson is { } billing ? [billing] : []);

    private static IEnumerable<string> Phones(EcwidCustomerRecord customer) =>
        Addresses(customer).Select(address => address["phone"]?.GetValue<string>()).OfType<string>()
            .Concat(customer.Contacts.Where(contact => contact.Type == "PHONE").Select(contact => contact.Contact));

    private static bool Matches(string? value, string wanted, bool exact) =>
        exact ? string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase) : Contains(value, wanted);

    private static bool Contains(string? value, string term) =>
        value is not null && value.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
