using System.Text.Json;
using ContactsSdk.Vendors.Ecwid.Models;
using Refit;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Ecwid's customer endpoints (spec §4), relative to <c>…/api/v3/{storeId}/</c>. Every method answers an
/// <see cref="IApiResponse"/> so failures keep their body. Query dates are UNIX seconds; booleans are sent as the strings Ecwid expects (<c>true</c>).
/// </summary>
[Headers("Accept: application/json")]
internal interface IEcwidApi
{
    // Typed items for listings without Raw: read once, straight into records (the JsonElement form copies every item).
    [Get("/customers")]
    Task<IApiResponse<EcwidSearchResult<EcwidCustomerResource>>> SearchCustomerResourcesAsync(
        string? keyword, string? email, string? useExactEmailMatch, long? createdFrom, long? createdTo, long? updatedFrom,
        string sortBy, int offset, int limit, CancellationToken cancellationToken);

    [Get("/customers")]
    Task<IApiResponse<EcwidSearchResult<JsonElement>>> SearchCustomersAsync(
        string? keyword, string? email, string? useExactEmailMatch, long? createdFrom, long? createdTo, long? updatedFrom,
        string sortBy, int offset, int limit, CancellationToken cancellationToken);

    [Get("/customers/{customerId}")]
    Task<IApiResponse<EcwidCustomerResource>> GetCustomerAsync(long customerId, CancellationToken cancellationToken);

    [Post("/customers")]
    Task<IApiResponse<EcwidMutationResult>> CreateCustomerAsync([Body] EcwidCustomerCreateRequest body, CancellationToken cancellationToken);

    [Put("/customers/{customerId}")]
    Task<IApiResponse<EcwidMutationResult>> UpdateCustomerAsync(long customerId, [Body] EcwidCustomerUpdateRequest body, CancellationToken cancellationToken);

    [Delete("/customers/{customerId}")]
    Task<IApiResponse<EcwidMutationResult>> DeleteCustomerAsync(long customerId, CancellationToken cancellationToken);

    [Get("/customers/deleted")]
    Task<IApiResponse<EcwidSearchResult<EcwidDeletedResource>>> SearchDeletedCustomersAsync(
        [AliasAs("from_date")] long? fromDate, [AliasAs("to_date")] long? toDate, int offset, int limit, CancellationToken cancellationToken);

    [Get("/customers/{customerId}/contacts")]
    Task<IApiResponse<EcwidSearchResult<EcwidContactResource>>> SearchContactsAsync(long customerId, CancellationToken cancellationToken);

    [Get("/customers/{customerId}/contacts/{contactId}")]
    Task<IApiResponse<EcwidContactResource>> GetContactAsync(long customerId, long contactId, CancellationToken cancellationToken);

    [Post("/customers/{customerId}/contacts")]
    Task<IApiResponse<EcwidMutationResult>> CreateContactAsync(long customerId, [Body] EcwidContactRequest body, CancellationToken cancellationToken);

    [Put("/customers/{customerId}/contacts/{contactId}")]
    Task<IApiResponse<EcwidMutationResult>> UpdateContactAsync(
        long customerId, long contactId, [Body] EcwidContactRequest body, CancellationToken cancellationToken);

    [Delete("/customers/{customerId}/contacts/{contactId}")]
    Task<IApiResponse<EcwidMutationResult>> DeleteContactAsync(long customerId, long contactId, CancellationToken cancellationToken);

    [Get("/customer_groups")]
    Task<IApiResponse<EcwidSearchResult<EcwidGroupResource>>> SearchGroupsAsync(string? keyword, int offset, int limit, CancellationToken cancellationToken);

    [Get("/customer_groups/{groupId}")]
    Task<IApiResponse<EcwidGroupResource>> GetGroupAsync(long groupId, CancellationToken cancellationToken);

    [Post("/customer_groups")]
    Task<IApiResponse<EcwidMutationResult>> CreateGroupAsync([Body] EcwidGroupRequest body, CancellationToken cancellationToken);

    [Put("/customer_groups/{groupId}")]
    Task<IApiResponse<EcwidMutationResult>> UpdateGroupAsync(long groupId, [Body] EcwidGroupRequest body, CancellationToken cancellationToken);

    [Delete("/customer_groups/{groupId}")]
    Task<IApiResponse<EcwidMutationResult>> DeleteGroupAsync(long groupId, CancellationToken cancellationToken);

    // The change feed's window (EcwidChangeFeed): customers updated in [updatedFrom, updatedTo], by update time.
    [Get("/customers")]
    Task<IApiResponse<EcwidSearchResult<EcwidCustomerResource>>> SearchUpdatedCustomersAsync(
        long? updatedFrom, long updatedTo, string sortBy, int offset, int limit, CancellationToken cancellationToken);
}
