using ContactsSdk.Paging;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Paging;

/// <summary><see cref="Pageable.FromPages{T}"/>: the test double users build for code that consumes any listing.</summary>
public sealed class FromPagesTests
{
    [Test]
    public async Task FromPages_OfNonContactItems_YieldsPagesAndItemsInOrder()
    {
        var labels = Pageable.FromPages(
        [
            new Page<WixLabel>([new WixLabel { Key = "custom.vip", DisplayName = "VIP" }], "next"),
            new Page<WixLabel>([new WixLabel { Key = "custom.gold", DisplayName = "Gold" }], null),
        ]);

        var pages = new List<Page<WixLabel>>();
        await foreach (var page in labels.AsPages())
        {
            pages.Add(page);
        }

        var keys = new List<string>();
        await foreach (var label in labels)
        {
            keys.Add(label.Key);
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(page => page.ContinuationToken), Is.EqualTo(new[] { "next", null }));
            Assert.That(keys, Is.EqualTo(new[] { "custom.vip", "custom.gold" }));
        });
    }

    [Test]
    public void FromPages_Null_ThrowsArgumentNullNamingPages()
        => Assert.That(
            () => Pageable.FromPages<Contact>(null!),
            Throws.TypeOf<ArgumentNullException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("pages"));
}
