using System.Net;
using System.Net.Sockets;

namespace ContactsSdk.Tests.Support;

/// <summary>Finds a loopback port nobody listens on, for tests of fixed ports.</summary>
public static class FreeLoopbackPort
{
    /// <summary>Binds port 0, reads the port the system chose and releases it.</summary>
    /// <returns>A port that was free a moment ago.</returns>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
