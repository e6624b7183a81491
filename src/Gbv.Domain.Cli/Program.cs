using Gbv.Domain.Cli;

return GbvCommand.Run(args, Console.Out, Console.Error);
