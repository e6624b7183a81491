using Gbv.Domain.Tests.Architecture;

namespace Gbv.Domain.Tests;

/// <summary>The package names the core and no other package of the repository (the core's layers: Architecture/LayerTests).</summary>
public sealed class PackageReferencesTests
{
    [Theory]
    [InlineData("Gbv.Domain.Testing")]
    public void A_satellite_package_references_the_core_and_no_other_satellite(string satellite) =>
        PackageReferences.AssertSatellite(satellite);
}
