using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// <c>-- allocs &lt;case&gt;</c>: a cheap allocation profile (GC AllocationTick events, ~100 KB samples by type) of one
/// operation run many times: cget/cgetb/clist/clistb (AgentClara facade/hand-written), eget/elist/elistb (Ecwid), wget/wlist/wlistb (Wix); a
/// <c>p</c> suffix (cgetp, clistp, egetp, elistp, wgetp, wlistp) profiles the peer.
/// </summary>
public static class AllocProbe
{
    public static async Task RunAsync(string which)
    {
        var b = new AgentClaraPerCallBenchmarks();
        var e = new EcwidPerCallBenchmarks();
        var w = new WixPerCallBenchmarks();
        b.Setup(); e.Setup(); w.Setup();
        Func<Task> op = which switch
        {
            "cget" => () => b.Get_Facade(),
            "clist" => () => b.ListPage_Facade(),
            "cgetb" => () => b.Get_HandWritten(),
            "clistb" => () => b.ListPage_HandWritten(),
            "eget" => () => e.Get_Facade(),
            "wget" => () => w.Get_Facade(),
            "wlist" => () => w.ListPage_Facade(),
            "wlistb" => () => w.ListPage_HandWritten(),
            "elist" => () => e.ListPage_Facade(),
            "cgetp" => () => b.Get_Peer(),
            "clistp" => () => b.ListPage_Peer(),
            "egetp" => () => e.Get_Peer(),
            "elistp" => () => e.ListPage_Peer(),
            "wgetp" => () => w.Get_Peer(),
            "wlistp" => () => w.ListPage_Peer(),
            _ => () => e.ListPage_HandWritten(),
        };
        for (var i = 0; i < 200; i++) await op();
        using var listener = new Listener();
        var n = which.Contains("get") ? 200_000 : 3000;
        for (var i = 0; i < n; i++) await op();
        foreach (var kv in listener.Types.OrderByDescending(kv => kv.Value).Take(30))
            Console.WriteLine($"{kv.Value,8:N0} KB  {kv.Key}");
    }

    private sealed class Listener : EventListener
    {
        public ConcurrentDictionary<string, long> Types { get; } = new();
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == "GCAllocationTick_V4" || e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true)
            {
                var name = e.Payload![e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
                Types.AddOrUpdate(name, 100, (_, v) => v + 100);
            }
        }
    }
}
