using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Manages a customer's contact channels as Ecwid stores them (<c>/customers/{customerId}/contacts</c>): each an email,
/// phone number or social link with Ecwid's type, handle, note, default flag and order. Reached through
/// <see cref="IEcwidContactsClient.CustomerContacts"/>.
/// </summary>
/// <remarks>
/// A channel id here is the same id the facade puts in <see cref="ContactChannel.Id"/> (as a string) and takes as
/// <c>channelId</c> in <see cref="IContactsClient.UpdateChannelAsync"/>; <c>customerId</c> is the facade's contact id as a
/// number. None of these calls sends the customer's whole contact list, so the customer's other channels are never touched.
/// </remarks>
public interface IEcwidCustomerContactsClient
{
    /// <summary>Lists a customer's channels lazily, in Ecwid's order.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>
    /// A pageable over the channels. Ecwid answers a customer's channels in one response with no paging, so each page is
    /// cut from that answer; an unknown customer fails with <see cref="Errors.ContactNotFoundException"/> on the first page.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerId"/> is not positive.</exception>
    Pageable<EcwidCustomerContact> ListAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>Gets one of a customer's channels.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="channelId">The channel id (Ecwid's customer contact id).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the channel does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> GetAsync(long customerId, long channelId, CancellationToken cancellationToken = default);

    /// <summary>Creates a channel without touching the customer's other channels.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="channel">The channel; <see cref="EcwidCustomerContactInput.Contact"/> and <see cref="EcwidCustomerContactInput.Type"/> are required.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The new channel.</returns>
    /// <remarks>
    /// Ecwid answers only <c>{"createCount": 1}</c>, without the new id, so the channels are listed again and the newest
    /// one of that type and value is returned (ids assumed to grow, UNCONFIRMED). Unlike
    /// <see cref="IContactsClient.AddChannelAsync"/>, this always creates, even when the customer has the same value.
    /// </remarks>
    /// <exception cref="ArgumentException">A required field is missing or the type is not an Ecwid type.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> CreateAsync(long customerId, EcwidCustomerContactInput channel, CancellationToken cancellationToken = default);

    /// <summary>Updates the fields of one channel that <paramref name="changes"/> sets.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="channelId">The channel id (Ecwid's customer contact id).</param>
    /// <param name="changes">The fields to change; unset ones are left as they are.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The channel as it is now.</returns>
    /// <exception cref="ArgumentException">An id is not positive or the type is not an Ecwid type.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the channel does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> UpdateAsync(long customerId, long channelId, EcwidCustomerContactInput changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes one channel; Ecwid makes no other channel the default in its place.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="channelId">The channel id (Ecwid's customer contact id).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the channel is deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the channel does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task DeleteAsync(long customerId, long channelId, CancellationToken cancellationToken = default);
}
