namespace ContactsSdk.Paging;

/// <summary>Represents a lazy listing of contacts, as returned by <see cref="IContactsClient.ListAsync"/>.</summary>
public abstract class ContactsPageable : ContactsPageable<Contact>
{
    /// <summary>Initializes the pageable; for subclasses and test doubles.</summary>
    protected ContactsPageable()
    {
    }

    /// <summary>Creates a pageable over fixed pages, for testing code that consumes listings.</summary>
    /// <param name="pages">The pages, in order. Their continuation tokens are returned as given.</param>
    /// <returns>A pageable that yields the pages; <c>AsPages</c> ignores its arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is null.</exception>
    public static ContactsPageable FromPages(IEnumerable<ContactsPage<Contact>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new FixedContactsPageable([.. pages]);
    }
}
