using ContactsSdk.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the work gracefully: what completed is saved (sync state) and the exit code says so.
    e.Cancel = true;
    stop.Cancel();
};
return await ContactsCli.RunAsync(args, Console.Out, Console.Error, stop.Token);
