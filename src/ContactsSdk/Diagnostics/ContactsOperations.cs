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

    /// <summary>The operation of the <c>DeleteAsync</c> methods.</summary>
    public const string Delete = nameof(Delete);

    /// <summary>The operation of the <c>GetAsync</c> methods.</summary>
    public const string Get = nameof(Get);

    /// <summary>The operation of the <c>GetCustomerAsync</c> methods.</summary>
    public const string GetCustomer = nameof(GetCustomer);

    /// <summary>The operation of the <c>ListAsync</c> methods.</summary>
    public const string List = nameof(List);

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

    /// <summary>The operation of the <c>TryGetAsync</c> methods.</summary>
    public const string TryGet = nameof(TryGet);

    /// <summary>The operation of the <c>UpdateAsync</c> methods.</summary>
    public const string Update = nameof(Update);

    /// <summary>The operation of the <c>UpdateChannelAsync</c> methods.</summary>
    public const string UpdateChannel = nameof(UpdateChannel);

    // Sub-client operations (issue 13): named "{SubClient}.{Verb}", after the property and the method a caller writes
    // (ecwid.Groups.ListAsync → "Groups.List"), so that a verb shared across sub-clients never names two operations.

    // Wix: IWixContactsClient.Labels, .ExtendedFields, .Bulk.

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

    // AgentClara: IAgentClaraContactsClient.Conversations; Ecwid: IEcwidContactsClient.CustomerContacts, .Groups, .DeletedCustomers.

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

    /// <summary>The operation of the <c>GetChangesAsync</c> methods (one record per request the feed sends).</summary>
    public const string GetChanges = nameof(GetChanges);

    /// <summary>The operation of the <c>ReconcileAsync</c> methods (one record per request the reconciliation sends).</summary>
    public const string Reconcile = nameof(Reconcile);
}
