using ContactsSdk.Testing;

namespace ContactsSdk.Cli;

/// <summary>
/// The --demo data set: the three fakes on loopback, seeded so every command has something to show — overlapping people
/// (the same email in two vendors, so sync matches instead of creating), channels one vendor holds and another does not, a
/// phone that is not E.164, tags and a company.
/// </summary>
internal static class DemoData
{
    public static List<VendorFake> StartFakes()
    {
        var ecwid = EcwidFake.Start();
        var wix = WixFake.Start();
        var clara = AgentClaraFake.Start();
        SeedInThePast(ecwid, () => SeedEcwid(ecwid));
        SeedInThePast(wix, () => SeedWix(wix));
        SeedInThePast(clara, () => SeedAgentClara(clara));
        return [ecwid, wix, clara];
    }

    // The change feed leaves its last half minute (the settle lag) for the next call: stamp the seeds an hour back so
    // `changes --demo` shows them.
    private static void SeedInThePast(VendorFake fake, Action seed)
    {
        fake.VendorClockOffset = TimeSpan.FromHours(-1);
        seed();
        fake.VendorClockOffset = TimeSpan.Zero;
    }

    private static void SeedEcwid(EcwidFake fake)
    {
        fake.Seed(Person("Ada Lovelace", "ada@example.com", "+442079460000") with { Company = "Analytical Engines" });
        fake.Seed(Person("Grace Hopper", "grace@example.com", "555-0100"));
        fake.Seed(Person("Alan Turing", "alan@example.com", "+441619460000") with
        {
            Channels = [new ContactChannel(ChannelKind.Email, "alan@example.com"), new ContactChannel(ChannelKind.Facebook, "https://facebook.com/alan.turing")],
        });
        fake.Seed(Person("Katherine Johnson", "katherine@example.com", "+17575550100"));
        fake.Seed(Person("Edsger Dijkstra", "edsger@example.com", null));
    }

    private static void SeedWix(WixFake fake)
    {
        fake.Seed(Person("Margaret Hamilton", "margaret@example.com", "+16175550100") with { Tags = ["lead"], Company = "MIT", JobTitle = "Director" });
        fake.Seed(Person("Barbara Liskov", "barbara@example.com", null) with { Tags = ["lead", "newsletter"] });
        fake.Seed(new ContactDraft { Name = PersonName.FromFull("Phone Only Lead"), Channels = [new ContactChannel(ChannelKind.Phone, "+16175550199")] });
        fake.Seed(Person("Ada Lovelace", "ada@example.com", null) with { Tags = ["customer"] });
    }

    private static void SeedAgentClara(AgentClaraFake fake)
    {
        fake.Seed(Person("Ada Lovelace", "ada@example.com", "+442079460000") with { Tags = ["vip"] });
        fake.Seed(Person("Frances Allen", "frances@example.com", "+19145550100") with { Tags = ["caller"] });
        fake.Seed(Person("John Backus", "john@example.com", null));
    }

    private static ContactDraft Person(string name, string email, string? phone) => new()
    {
        Name = PersonName.FromFull(name),
        Channels = phone is null
            ? [new ContactChannel(ChannelKind.Email, email)]
            : [new ContactChannel(ChannelKind.Email, email), new ContactChannel(ChannelKind.Phone, phone)],
    };
}
