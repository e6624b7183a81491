using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gbv.Domain.Cli;

namespace Gbv.Domain.Tests.Cli.Hardening;

/// <summary>
/// The tool's reader of data files on random input: never an exception, every problem located (the core's readers on
/// random input are tested with the core, Hardening/RandomInputProperties).
/// </summary>
public sealed class RandomInputProperties
{
    /// <summary>Random CSV text in a data file: each bad row is located, and only --max-errors stops the reading.</summary>
    [Property(MaxTest = 200)]
    public Property Random_csv_rows_are_located_problems_not_exceptions() =>
        Prop.ForAll(Gen.Elements("unit", "year", "element", "value", ",", "\"", "\n", "2020", "-3", "xa", "x\"y", "1e9", "\r\n", ";", "").ListOf().ToArbitrary(), tokens =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"gbv-random-{Guid.NewGuid():N}.csv");
            try
            {
                File.WriteAllText(path, "unit,year,element,value\n" + string.Concat(tokens));
                var files = new DataFiles(maxErrors: 1000);
                var rows = files.Reported(path).ToList();
                Assert.All(files.Problems, p => Assert.Equal(path, p.Location.File));
                Assert.All(rows, r => Assert.InRange(r.Year, 1, 9999));
            }
            catch (TooManyErrorsException)
            {
                // The allowed stop: more bad rows than --max-errors.
            }
            finally
            {
                File.Delete(path);
            }
        });
}
