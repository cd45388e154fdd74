namespace ContactsSdk.Tests.Resilience;

/// <summary>The shapes of draft a create can have; each vendor accepts some of them.</summary>
public enum DraftShape
{
    NameOnly,
    EmailOnly,
    PhoneOnly,
    NameAndEmail,
    NameAndPhone,
    Everything,
    EmailInOtherCaseWithPadding,
}
