namespace ContactsSdk.Tests.Domain;

/// <summary>A query is logged by apps as it is: its text shows which filters are set, never what they hold.</summary>
public sealed class ContactQueryTests
{
    [Test]
    public void ToString_TextFilters_ShowsOnlyThatTheyAreSet()
    {
        var query = new ContactQuery
        {
            Search = "Ada Lovelace",
            Email = "ada@example.com",
            Tag = "patients-with-diabetes",
            SortBy = ContactSortField.Name,
            MaxItems = 5,
        };

        var text = query.ToString();

        Assert.That(text, Does.Not.Contain("Ada").And.Not.Contain("example.com").And.Not.Contain("diabetes"));
        Assert.That(text, Does.Contain("Search = (set)").And.Contain("Email = (set)").And.Contain("SortBy = Name").And.Contain("MaxItems = 5"));
    }

    [Test]
    public void ToString_NoFilters_SaysSo()
        => Assert.That(new ContactQuery().ToString(), Does.Contain("Search = (none)").And.Contain("Email = (none)"));
}
