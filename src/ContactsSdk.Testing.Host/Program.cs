using ContactsSdk.Testing.Host;

// contacts-fakes: see FakesServer and FakesServerOptions.Usage.
return await FakesServer.MainAsync(args, Console.Out, Console.Error);
