using System.Collections.Concurrent;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Caches label and extended-field names for one registered client, shared by every client instance it builds, so that
/// reading contacts costs no request per contact: an unknown key triggers one reload of the whole list (single-flight),
/// and a key still unknown afterwards reads back as itself without asking again.
/// </summary>
internal sealed class WixDirectory
{
    private readonly Catalog _labels = new();
    private readonly Catalog _fields = new();

    public string LabelName(string key) => _labels.Name(key);

    public string FieldName(string key) => _fields.Name(key);

    public string? FieldKeyOf(string displayName) => _fields.KeyOf(displayName);

    public string? LabelKeyOf(string displayName) => _labels.KeyOf(displayName);

    public void Remember(WixLabelResource label) => _labels.Remember(label.Key, label.DisplayName ?? label.Key);

    public void Remember(WixFieldResource field) => _fields.Remember(field.Key, field.DisplayName ?? field.Key);

    public void ForgetLabel(string key) => _labels.Forget(key);

    public void ForgetField(string key) => _fields.Forget(key);

    public Task EnsureLabelsAsync(IEnumerable<string> keys, Func<CancellationToken, Task<List<WixLabelResource>>> loadAll, CancellationToken cancellationToken)
        => _labels.EnsureAsync(keys, async ct => [.. (await loadAll(ct).ConfigureAwait(false)).Select(l => (l.Key, l.DisplayName ?? l.Key))], cancellationToken);

    public Task EnsureFieldsAsync(IEnumerable<string> keys, Func<CancellationToken, Task<List<WixFieldResource>>> loadAll, CancellationToken cancellationToken)
        => _fields.EnsureAsync(keys, async ct => [.. (await loadAll(ct).ConfigureAwait(false)).Select(f => (f.Key, f.DisplayName ?? f.Key))], cancellationToken);

    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Reliability", "CA1001", Justification = "The semaphore never allocates a wait handle (only WaitAsync is used), so there is nothing to dispose.")]
    private sealed class Catalog
    {
        private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _reload = new(1, 1);

        public string Name(string key) => _names.TryGetValue(key, out var name) ? name : key;

        public string? KeyOf(string displayName)
            => _names.FirstOrDefault(pair => WixContactResolver.SameName(pair.Value, displayName)).Key;

        public void Remember(string key, string name)
        {
            _names[key] = name;
            _missing.TryRemove(key, out _);
        }

        public void Forget(string key) => _names.TryRemove(key, out _);

        public async Task EnsureAsync(IEnumerable<string> keys, Func<CancellationToken, Task<List<(string Key, string Name)>>> loadAll, CancellationToken cancellationToken)
        {
            // The usual case, every key already known, costs no set or list (it runs for every contact read).
            if (AllKnown(keys))
            {
                return;
            }

            var wanted = keys.Distinct(StringComparer.Ordinal).ToList();

            await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Another caller may have reloaded while this one waited.
                if (!wanted.Any(IsUnknown))
                {
                    return;
                }

                foreach (var (key, name) in await loadAll(cancellationToken).ConfigureAwait(false))
                {
                    Remember(key, name);
                }

                foreach (var key in wanted.Where(IsUnknown))
                {
                    _missing[key] = 0;
                }
            }
            finally
            {
                _reload.Release();
            }
        }

        private bool IsUnknown(string key) => !_names.ContainsKey(key) && !_missing.ContainsKey(key);

        private bool AllKnown(IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                if (IsUnknown(key))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
