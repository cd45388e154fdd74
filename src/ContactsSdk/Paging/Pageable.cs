namespace ContactsSdk.Paging;

/// <summary>Creates <see cref="Pageable{T}"/> instances, for testing code that consumes listings.</summary>
public static class Pageable
{
    /// <summary>Creates a pageable over fixed pages of any item type, for testing code that consumes listings.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="pages">The pages, in order. Their continuation tokens are returned as given.</param>
    /// <returns>A pageable that yields the pages; <c>AsPages</c> ignores its arguments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is null.</exception>
    public static Pageable<T> FromPages<T>(IEnumerable<Page<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return new FixedPageable<T>([.. pages]);
    }
}
