using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Vendors.Wix;

public sealed class WixIdempotentPostsTests
{
    [TestCase("https://www.wixapis.com/contacts/v4/contacts/query", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/labels/query", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/extended-fields/query", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/labels", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/extended-fields", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/contacts/0b1c/labels", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/contacts/0b1c/preview-merge", true)]
    [TestCase("https://www.wixapis.com/oauth2/token", true)]
    [TestCase("https://www.wixapis.com/contacts/v4/contacts", false)]
    [TestCase("https://www.wixapis.com/contacts/v4/contacts/0b1c/merge", false)]
    [TestCase("https://www.wixapis.com/contacts/v4/bulk/contacts/delete", false)]
    public void Contains_OnlyReadsAndIdempotentFindOrCreate(string url, bool safe)
        => Assert.That(WixIdempotentPosts.Contains(new HttpRequestMessage(HttpMethod.Post, url)), Is.EqualTo(safe));
}
