using System.Runtime.CompilerServices;

namespace ContactsSdk.Paging;

/// <summary>Yields pages given up front; behind <see cref="ContactsPageable.FromPages"/>.</summary>
internal sealed class FixedContactsPageable(IReadOnlyList<ContactsPage<Contact>> pages) : ContactsPageable
{
    public override IAsyncEnumerable<ContactsPage<Contact>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        => Enumerate(CancellationToken.None);

    private async IAsyncEnumerable<ContactsPage<Contact>> Enumerate([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return page;
            await Task.Yield();
        }
    }
}
