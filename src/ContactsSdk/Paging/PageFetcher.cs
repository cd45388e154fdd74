namespace ContactsSdk.Paging;

/// <summary>Fetches one page starting at <paramref name="position"/> (null for the first page).</summary>
internal delegate Task<PageResult<T>> PageFetcher<T>(string? position, int pageSize, CancellationToken cancellationToken);
