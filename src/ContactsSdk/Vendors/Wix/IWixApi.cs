using System.Text.Json.Nodes;
using ContactsSdk.Resilience;
using ContactsSdk.Vendors.Wix.Models;
using Refit;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Wix Contacts v4, Labels and Extended Fields (spec §4–§6). Request bodies are <see cref="JsonObject"/>s so that an
/// absent member (leave) differs from an explicit null (clear); every method answers an <see cref="IApiResponse"/>.
/// </summary>
/// <remarks>
/// A POST is retried only when it carries <see cref="IdempotentPostAttribute"/>: queries and previews only read; label and
/// field find-or-create return the existing item when asked twice; labelling a contact adds to a set. Creating a contact,
/// merging and the bulk jobs are never retried blindly.
/// </remarks>
[Headers("Accept: application/json")]
internal interface IWixApi
{
    [Post("/contacts/v4/contacts")]
    Task<IApiResponse<WixContactEnvelope>> CreateContactAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Get("/contacts/v4/contacts/{contactId}")]
    Task<IApiResponse<WixContactEnvelope>> GetContactAsync(string contactId, CancellationToken cancellationToken);

    [Patch("/contacts/v4/contacts/{contactId}")]
    Task<IApiResponse<WixContactEnvelope>> UpdateContactAsync(string contactId, [Body] JsonObject body, CancellationToken cancellationToken);

    [Delete("/contacts/v4/contacts/{contactId}")]
    Task<IApiResponse> DeleteContactAsync(string contactId, CancellationToken cancellationToken);

    [Post("/contacts/v4/contacts/query")]
    [IdempotentPost]
    Task<IApiResponse<WixContactsPage>> QueryContactsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/contacts/query")]
    [IdempotentPost]
    Task<IApiResponse<WixRawContactsPage>> QueryRawContactsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/contacts/{contactId}/labels")]
    [IdempotentPost]
    Task<IApiResponse<WixContactEnvelope>> LabelContactAsync(string contactId, [Body] JsonObject body, CancellationToken cancellationToken);

    [Delete("/contacts/v4/contacts/{contactId}/labels")]
    Task<IApiResponse<WixContactEnvelope>> UnlabelContactAsync(
        string contactId, [Query(CollectionFormat.Multi)] IEnumerable<string> labelKeys, CancellationToken cancellationToken);

    [Post("/contacts/v4/contacts/{contactId}/merge")]
    Task<IApiResponse<WixContactEnvelope>> MergeContactsAsync(string contactId, [Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/contacts/{contactId}/preview-merge")]
    [IdempotentPost]
    Task<IApiResponse<WixContactEnvelope>> PreviewMergeContactsAsync(string contactId, [Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/bulk/contacts/delete")]
    Task<IApiResponse<WixJobResponse>> BulkDeleteContactsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/bulk/contacts/update")]
    Task<IApiResponse<WixJobResponse>> BulkUpdateContactsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Post("/contacts/v4/bulk/contacts/add-remove-labels")]
    Task<IApiResponse<WixJobResponse>> BulkLabelContactsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Get(WixAssumptions.BulkJobPath)]
    Task<IApiResponse<WixBulkJobEnvelope>> GetBulkJobAsync(string jobId, CancellationToken cancellationToken);

    [Post("/contacts/v4/labels")]
    [IdempotentPost]
    Task<IApiResponse<WixLabelEnvelope>> FindOrCreateLabelAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Get("/contacts/v4/labels/{key}")]
    Task<IApiResponse<WixLabelEnvelope>> GetLabelAsync(string key, CancellationToken cancellationToken);

    [Post("/contacts/v4/labels/query")]
    [IdempotentPost]
    Task<IApiResponse<WixLabelsPage>> QueryLabelsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Patch("/contacts/v4/labels/{key}")]
    Task<IApiResponse<WixLabelEnvelope>> UpdateLabelAsync(string key, [Body] JsonObject body, CancellationToken cancellationToken);

    [Delete("/contacts/v4/labels/{key}")]
    Task<IApiResponse> DeleteLabelAsync(string key, CancellationToken cancellationToken);

    [Post("/contacts/v4/extended-fields")]
    [IdempotentPost]
    Task<IApiResponse<WixFieldEnvelope>> FindOrCreateFieldAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Get("/contacts/v4/extended-fields/{key}")]
    Task<IApiResponse<WixFieldEnvelope>> GetFieldAsync(string key, CancellationToken cancellationToken);

    [Post("/contacts/v4/extended-fields/query")]
    [IdempotentPost]
    Task<IApiResponse<WixFieldsPage>> QueryFieldsAsync([Body] JsonObject body, CancellationToken cancellationToken);

    [Patch("/contacts/v4/extended-fields/{key}")]
    Task<IApiResponse<WixFieldEnvelope>> UpdateFieldAsync(string key, [Body] JsonObject body, CancellationToken cancellationToken);

    [Delete("/contacts/v4/extended-fields/{key}")]
    Task<IApiResponse> DeleteFieldAsync(string key, CancellationToken cancellationToken);
}
