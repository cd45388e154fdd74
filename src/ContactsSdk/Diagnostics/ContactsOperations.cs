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

    /// <summary>The operation of the <c>DeleteAsync</c> methods.</summary>
    public const string Delete = nameof(Delete);

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

    /// <summary>The operation of the <c>TryGetAsync</c> methods.</summary>
    public const string TryGet = nameof(TryGet);

    /// <summary>The operation of the <c>UnlabelContactAsync</c> methods.</summary>
    public const string UnlabelContact = nameof(UnlabelContact);

    /// <summary>The operation of the <c>UpdateAsync</c> methods.</summary>
    public const string Update = nameof(Update);

    /// <summary>The operation of the <c>UpdateChannelAsync</c> methods.</summary>
    public const string UpdateChannel = nameof(UpdateChannel);

    // Sub-client operations (issue 13): named "{SubClient}.{Verb}", after the property and the method a caller writes
    // (ecwid.Groups.ListAsync → "Groups.List"), so that a verb shared across sub-clients never names two operations.

    /// <summary>The operation of <c>IAgentClaraContactsClient.Conversations.ListAsync</c>.</summary>
    public const string ConversationsList = "Conversations.List";

    /// <summary>The operation of <c>IEcwidContactsClient.CustomerContacts.ListAsync</c>.</summary>
    public const string CustomerContactsList = "CustomerContacts.List";

    /// <summary>The operation of <c>IEcwidContactsClient.CustomerContacts.GetAsync</c>.</summary>
    public const string CustomerContactsGet = "CustomerContacts.Get";

    /// <summary>The operation of <c>IEcwidContactsClient.CustomerContacts.CreateAsync</c>.</summary>
    public const string CustomerContactsCreate = "CustomerContacts.Create";

    /// <summary>The operation of <c>IEcwidContactsClient.CustomerContacts.UpdateAsync</c>.</summary>
    public const string CustomerContactsUpdate = "CustomerContacts.Update";

    /// <summary>The operation of <c>IEcwidContactsClient.CustomerContacts.DeleteAsync</c>.</summary>
    public const string CustomerContactsDelete = "CustomerContacts.Delete";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.ListAsync</c>.</summary>
    public const string GroupsList = "Groups.List";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.GetAsync</c>.</summary>
    public const string GroupsGet = "Groups.Get";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.CreateAsync</c>.</summary>
    public const string GroupsCreate = "Groups.Create";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.UpdateAsync</c>.</summary>
    public const string GroupsUpdate = "Groups.Update";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.DeleteAsync</c>.</summary>
    public const string GroupsDelete = "Groups.Delete";

    /// <summary>The operation of <c>IEcwidContactsClient.Groups.FindOrCreateAsync</c>.</summary>
    public const string GroupsFindOrCreate = "Groups.FindOrCreate";

    /// <summary>The operation of <c>IEcwidContactsClient.DeletedCustomers.ListAsync</c>.</summary>
    public const string DeletedCustomersList = "DeletedCustomers.List";
}
