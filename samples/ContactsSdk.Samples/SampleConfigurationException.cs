namespace ContactsSdk.Samples;

/// <summary>Represents settings in the environment that a walk-through refuses to run with; nothing was sent.</summary>
public sealed class SampleConfigurationException : InvalidOperationException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public SampleConfigurationException()
        : this("The environment holds settings the walk-through refuses to run with.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public SampleConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public SampleConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
