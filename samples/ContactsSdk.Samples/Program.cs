Console.WriteLine("ContactsSdk samples: coming soon.");
