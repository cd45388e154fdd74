namespace ContactsSdk.Tests.Support;

/// <summary>The ways a hostile or broken vendor can mis-shape a 200 answer; see <see cref="MalformedAnswers"/>.</summary>
public enum MalformedShape
{
    EmptyObject,
    NullData,
    NullItems,
    NullNestedItems,
    MissingId,
    NullId,
    EmptyId,
    WrongTypes,
    WrongEnvelopeTypes,
    DuplicateKeys,
    JsonNull,
    TopLevelArray,
    NotJson,
    EmptyBody,
}
