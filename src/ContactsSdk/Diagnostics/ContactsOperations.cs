namespace ContactsSdk.Diagnostics;

/// <summary>
/// The SDK's one operation vocabulary: the name of each public client method without its <c>Async</c> suffix. The same
/// name is the span (<c>ContactsSdk.{Operation}</c>), the <c>contactssdk.operation</c> tag of spans and metrics, the
/// <c>{Operation}</c> of log lines and <see cref="Errors.ContactsException.Operation"/>, so a failure can be matched to its trace.
/// </summary>
public static class ContactsOperations
{
    /// <summary>The operation of the <c>AddChannelAsync</c> methods.</summary>
    public const string AddChannel = nameof(AddChannel);

    /// <summary>The operation of the <c>AddTagsAsync</c> methods.</summary>
    public const string AddTags = nameof(AddTags);

    /// <summary>The operation of the <c>BulkDeleteAsync</c> methods.</summary>
    public const string BulkDelete = nameof(BulkDelete);

    /// <summary>The operation of the <c>BulkLabelAsync</c> methods.</summary>
    public const string BulkLabel = nameof(BulkLabel);

    /// <summary>The operation of the <c>BulkUpdateAsync</c> methods.</summary>
    public const string BulkUpdate = nameof(BulkUpdate);

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

    /// <summary>The operation of the <c>DeleteExtendedFieldAsync</c> methods.</summary>
    public const string DeleteExtendedField = nameof(DeleteExtendedField);

    /// <summary>The operation of the <c>DeleteLabelAsync</c> methods.</summary>
    public const string DeleteLabel = nameof(DeleteLabel);

    /// <summary>The operation of the <c>FindOrCreateExtendedFieldAsync</c> methods.</summary>
    public const string FindOrCreateExtendedField = nameof(FindOrCreateExtendedField);

    /// <summary>The operation of the <c>FindOrCreateLabelAsync</c> methods.</summary>
    public const string FindOrCreateLabel = nameof(FindOrCreateLabel);

    /// <summary>The operation of the <c>GetAsync</c> methods.</summary>
    public const string Get = nameof(Get);

    /// <summary>The operation of the <c>GetCustomerAsync</c> methods.</summary>
    public const string GetCustomer = nameof(GetCustomer);

    /// <summary>The operation of the <c>GetCustomerContactAsync</c> methods.</summary>
    public const string GetCustomerContact = nameof(GetCustomerContact);

    /// <summary>The operation of the <c>GetCustomerGroupAsync</c> methods.</summary>
    public const string GetCustomerGroup = nameof(GetCustomerGroup);

    /// <summary>The operation of the <c>GetExtendedFieldAsync</c> methods.</summary>
    public const string GetExtendedField = nameof(GetExtendedField);

    /// <summary>The operation of the <c>GetExtendedFieldValuesAsync</c> methods.</summary>
    public const string GetExtendedFieldValues = nameof(GetExtendedFieldValues);

    /// <summary>The operation of the <c>GetLabelAsync</c> methods.</summary>
    public const string GetLabel = nameof(GetLabel);

    /// <summary>The operation of the <c>GetLabelKeysAsync</c> methods.</summary>
    public const string GetLabelKeys = nameof(GetLabelKeys);

    /// <summary>The operation of the <c>LabelContactAsync</c> methods.</summary>
    public const string LabelContact = nameof(LabelContact);

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

    /// <summary>The operation of the <c>QueryAsync</c> methods.</summary>
    public const string Query = nameof(Query);

    /// <summary>The operation of the <c>QueryExtendedFieldsAsync</c> methods.</summary>
    public const string QueryExtendedFields = nameof(QueryExtendedFields);

    /// <summary>The operation of the <c>QueryLabelsAsync</c> methods.</summary>
    public const string QueryLabels = nameof(QueryLabels);

    /// <summary>The operation of the <c>RemoveChannelAsync</c> methods.</summary>
    public const string RemoveChannel = nameof(RemoveChannel);

    /// <summary>The operation of the <c>RemoveTagsAsync</c> methods.</summary>
    public const string RemoveTags = nameof(RemoveTags);

    /// <summary>The operation of the <c>RenameExtendedFieldAsync</c> methods.</summary>
    public const string RenameExtendedField = nameof(RenameExtendedField);

    /// <summary>The operation of the <c>RenameLabelAsync</c> methods.</summary>
    public const string RenameLabel = nameof(RenameLabel);

    /// <summary>The operation of the <c>SearchAsync</c> methods.</summary>
    public const string Search = nameof(Search);

    /// <summary>The operation of the <c>SearchCustomerContactsAsync</c> methods.</summary>
    public const string SearchCustomerContacts = nameof(SearchCustomerContacts);

    /// <summary>The operation of the <c>SearchCustomerGroupsAsync</c> methods.</summary>
    public const string SearchCustomerGroups = nameof(SearchCustomerGroups);

    /// <summary>The operation of the <c>TryGetAsync</c> methods.</summary>
    public const string TryGet = nameof(TryGet);

    /// <summary>The operation of the <c>UnlabelContactAsync</c> methods.</summary>
    public const string UnlabelContact = nameof(UnlabelContact);

    /// <summary>The operation of the <c>UpdateAsync</c> methods.</summary>
    public const string Update = nameof(Update);

    /// <summary>The operation of the <c>UpdateChannelAsync</c> methods.</summary>
    public const string UpdateChannel = nameof(UpdateChannel);

    /// <summary>The operation of the <c>UpdateCustomerContactAsync</c> methods.</summary>
    public const string UpdateCustomerContact = nameof(UpdateCustomerContact);

    /// <summary>The operation of the <c>UpdateCustomerGroupAsync</c> methods.</summary>
    public const string UpdateCustomerGroup = nameof(UpdateCustomerGroup);

    /// <summary>The operation of the <c>GetChangesAsync</c> methods (one record per request the feed sends).</summary>
    public const string GetChanges = nameof(GetChanges);

    /// <summary>The operation of the <c>ReconcileAsync</c> methods (one record per request the reconciliation sends).</summary>
    public const string Reconcile = nameof(Reconcile);
}
