namespace ContactsSdk.Diagnostics;

/// <summary>
/// The SDK's one operation vocabulary: the name of each public client method without its <c>Async</c> suffix, and for a
/// method of a sub-client, the sub-client property's name, a dot and that name (<c>Labels.List</c> for <c>wix.Labels.ListAsync</c>). The same
/// name is the span (<c>ContactsSdk.{Operation}</c>), the <c>contactssdk.operation</c> tag of spans and metrics, the
/// <c>{Operation}</c> of log lines and <see cref="Errors.ContactsException.Operation"/>, so a failure can be matched to its trace.
/// </summary>
public static class ContactsOperations
{
    /// <summary>The operation of the <c>AddChannelAsync</c> methods.</summary>
    public const string AddChannel = nameof(AddChannel);

    /// <summary>The operation of the <c>AddTagsAsync</c> methods.</summary>
    public const string AddTags = nameof(AddTags);

    /// <summary>The operation of the <c>CreateAsync</c> methods.</summary>
    public const string Create = nameof(Create);

    /// <summary>The operation of the <c>CreateCustomerContactAsync</c> methods.</summary>
    public const string CreateCustomerContact = nameof(CreateCustomerContact);

    /// <summary>The operation of the <c>CreateCustomerGroupAsync</c> methods.</summary>
    public const string CreateCustomerGroup = nameof(CreateCustomerGroup);

    /// <summary>The operation of the <c>DeleteAsync</c> methods.</summary>
    public const string Delete = nameof(Delete);

    /// <summary>The operation of the <c>DeleteCustomerContactAsync</c> methods.</summary>
    public const string DeleteCustomerContact = nameof(DeleteCustomerContact);

    /// <summary>The operation of the <c>DeleteCustomerGroupAsync</c> methods.</summary>
    public const string DeleteCustomerGroup = nameof(DeleteCustomerGroup);

    /// <summary>The operation of the <c>GetAsync</c> methods.</summary>
    public const string Get = nameof(Get);

    /// <summary>The operation of the <c>GetCustomerAsync</c> methods.</summary>
    public const string GetCustomer = nameof(GetCustomer);

    /// <summary>The operation of the <c>GetCustomerContactAsync</c> methods.</summary>
    public const string GetCustomerContact = nameof(GetCustomerContact);

    /// <summary>The operation of the <c>GetCustomerGroupAsync</c> methods.</summary>
    public const string GetCustomerGroup = nameof(GetCustomerGroup);

    /// <summary>The operation of the <c>ListAsync</c> methods.</summary>
    public const string List = nameof(List);

    /// <summary>The operation of the <c>ListConversationsAsync</c> methods.</summary>
    public const string ListConversations = nameof(ListConversations);

    /// <summary>The operation of the <c>ListDeletedCustomersAsync</c> methods.</summary>
    public const string ListDeletedCustomers = nameof(ListDeletedCustomers);

    /// <summary>The operation of the <c>MergeAsync</c> methods.</summary>
    public const string Merge = nameof(Merge);

    /// <summary>The operation of the <c>PreviewMergeAsync</c> methods.</summary>
    public const string PreviewMerge = nameof(PreviewMerge);

    /// <summary>The operation of the <c>RemoveChannelAsync</c> methods.</summary>
    public const string RemoveChannel = nameof(RemoveChannel);

    /// <summary>The operation of the <c>RemoveTagsAsync</c> methods.</summary>
    public const string RemoveTags = nameof(RemoveTags);

    /// <summary>The operation of the <c>SearchAsync</c> methods.</summary>
    public const string Search = nameof(Search);

    /// <summary>The operation of the <c>SearchCustomerContactsAsync</c> methods.</summary>
    public const string SearchCustomerContacts = nameof(SearchCustomerContacts);

    /// <summary>The operation of the <c>SearchCustomerGroupsAsync</c> methods.</summary>
    public const string SearchCustomerGroups = nameof(SearchCustomerGroups);

    /// <summary>The operation of the <c>TryGetAsync</c> methods.</summary>
    public const string TryGet = nameof(TryGet);

    /// <summary>The operation of the <c>UpdateAsync</c> methods.</summary>
    public const string Update = nameof(Update);

    /// <summary>The operation of the <c>UpdateChannelAsync</c> methods.</summary>
    public const string UpdateChannel = nameof(UpdateChannel);

    /// <summary>The operation of the <c>UpdateCustomerContactAsync</c> methods.</summary>
    public const string UpdateCustomerContact = nameof(UpdateCustomerContact);

    /// <summary>The operation of the <c>UpdateCustomerGroupAsync</c> methods.</summary>
    public const string UpdateCustomerGroup = nameof(UpdateCustomerGroup);

    // Wix sub-clients (IWixContactsClient.Labels, .ExtendedFields, .Bulk): "{SubClient}.{Method}".

    /// <summary>The operation of <c>IWixContactsClient.Labels.GetAsync</c>.</summary>
    public const string LabelsGet = "Labels.Get";

    /// <summary>The operation of <c>IWixContactsClient.Labels.ListAsync</c>.</summary>
    public const string LabelsList = "Labels.List";

    /// <summary>The operation of <c>IWixContactsClient.Labels.FindOrCreateAsync</c>.</summary>
    public const string LabelsFindOrCreate = "Labels.FindOrCreate";

    /// <summary>The operation of <c>IWixContactsClient.Labels.UpdateAsync</c>.</summary>
    public const string LabelsUpdate = "Labels.Update";

    /// <summary>The operation of <c>IWixContactsClient.Labels.DeleteAsync</c>.</summary>
    public const string LabelsDelete = "Labels.Delete";

    /// <summary>The operation of <c>IWixContactsClient.Labels.GetKeysForContactAsync</c>.</summary>
    public const string LabelsGetKeysForContact = "Labels.GetKeysForContact";

    /// <summary>The operation of <c>IWixContactsClient.Labels.AddToContactAsync</c>.</summary>
    public const string LabelsAddToContact = "Labels.AddToContact";

    /// <summary>The operation of <c>IWixContactsClient.Labels.RemoveFromContactAsync</c>.</summary>
    public const string LabelsRemoveFromContact = "Labels.RemoveFromContact";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.GetAsync</c>.</summary>
    public const string ExtendedFieldsGet = "ExtendedFields.Get";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.ListAsync</c>.</summary>
    public const string ExtendedFieldsList = "ExtendedFields.List";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.FindOrCreateAsync</c>.</summary>
    public const string ExtendedFieldsFindOrCreate = "ExtendedFields.FindOrCreate";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.UpdateAsync</c>.</summary>
    public const string ExtendedFieldsUpdate = "ExtendedFields.Update";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.DeleteAsync</c>.</summary>
    public const string ExtendedFieldsDelete = "ExtendedFields.Delete";

    /// <summary>The operation of <c>IWixContactsClient.ExtendedFields.GetValuesForContactAsync</c>.</summary>
    public const string ExtendedFieldsGetValuesForContact = "ExtendedFields.GetValuesForContact";

    /// <summary>The operation of <c>IWixContactsClient.Bulk.DeleteAsync</c>.</summary>
    public const string BulkDelete = "Bulk.Delete";

    /// <summary>The operation of <c>IWixContactsClient.Bulk.UpdateAsync</c>.</summary>
    public const string BulkUpdate = "Bulk.Update";

    /// <summary>The operation of <c>IWixContactsClient.Bulk.UpdateLabelsAsync</c>.</summary>
    public const string BulkUpdateLabels = "Bulk.UpdateLabels";

    /// <summary>The operation of <c>IWixContactsClient.Bulk.GetAsync</c>.</summary>
    public const string BulkGet = "Bulk.Get";
}
