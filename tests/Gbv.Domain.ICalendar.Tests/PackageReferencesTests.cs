using Gbv.Domain.Tests.Architecture;

namespace Gbv.Domain.Tests.ICalendar;

/// <summary>The iCalendar export names the core and no other package (the core's Architecture/LayerTests for the others).</summary>
public sealed class PackageReferencesTests
{
    [Theory]
    [InlineData("Gbv.Domain.ICalendar")]
    public void A_satellite_package_references_the_core_and_no_other_satellite(string satellite) =>
        PackageReferences.AssertSatellite(satellite);
}
