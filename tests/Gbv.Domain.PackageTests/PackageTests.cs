using System.Diagnostics;

namespace Gbv.Domain.PackageTests;

/// <summary>
/// Packs Gbv.Domain and the gbv tool into a folder, then (1) a fresh project outside the repository restores
/// Gbv.Domain from that folder and runs the Quickstart against the package, and (2) <c>dotnet tool install gbv</c>
/// from that folder gives a working <c>gbv</c>.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.Feed>
{
    private readonly Feed _feed;

    public PackageTests(Feed feed) => _feed = feed;

    [Fact]
    public void A_fresh_project_restores_the_package_from_a_folder_and_runs_the_quickstart()
    {
        var project = Directory.CreateDirectory(Path.Combine(_feed.Root, "consumer"));
        File.WriteAllText(Path.Combine(project.FullName, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Gbv.Domain" Version="{Feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(Feed.Repository, "samples", "Quickstart", "Program.cs"), Path.Combine(project.FullName, "Program.cs"));
        var plan = Path.Combine(Feed.Repository, "samples", "plans", "ubnd-dak-to-2017-2020.plan.json");

        var (exit, output) = Feed.Dotnet(project.FullName, "run", "--", plan);
        Assert.True(exit == 0, output);
        Assert.Contains("victims-supported (more than 90% by 2020): NotMet: 33 of 37 = 89.2% in 2020; more than 90% needs 34, 1 more needed", output, StringComparison.Ordinal);

        // The package, not a project reference: the assembly comes from the NuGet cache of this test.
        var assets = File.ReadAllText(Path.Combine(project.FullName, "obj", "project.assets.json"));
        Assert.Contains("\"Gbv.Domain/" + Feed.Version + "\"", assets, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"package\"", assets, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_compiles_as_printed_against_the_package_and_runs()
    {
        var project = Directory.CreateDirectory(Path.Combine(_feed.Root, "readme"));
        File.WriteAllText(Path.Combine(project.FullName, "Readme.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Gbv.Domain" Version="{Feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        var readme = File.ReadAllText(Path.Combine(Feed.Repository, "README.md"));
        var useIt = readme[readme.IndexOf("## Use it", StringComparison.Ordinal)..];
        var start = useIt.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        File.WriteAllText(Path.Combine(project.FullName, "Program.cs"), useIt[start..useIt.IndexOf("```", start, StringComparison.Ordinal)]);
        File.Copy(Path.Combine(Feed.Repository, "samples", "plans", "ubnd-dak-to-2017-2020.plan.json"), Path.Combine(project.FullName, "ubnd-dak-to-2017-2020.plan.json"));

        var (exit, output) = Feed.Dotnet(project.FullName, "run");
        Assert.True(exit == 0, output);
        // 18 + 15 of 20 + 17 victims detected: "trên 90%" of 37 needs 34.
        Assert.Contains("victims-supported (more than 90% by 2020): NotMet: 33 of 37 = 89.2% in 2020; more than 90% needs 34, 1 more needed", output, StringComparison.Ordinal);
        Assert.StartsWith("# ", File.ReadAllText(Path.Combine(project.FullName, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_main_package_carries_its_readme_licence_docs_schema_sources_and_symbols()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"Gbv.Domain.{Feed.Version}.nupkg"));
        string[] files = [.. package.Entries.Select(e => e.FullName)];
        Assert.Contains("README.md", files);
        Assert.Contains("lib/net10.0/Gbv.Domain.dll", files);
        Assert.Contains("lib/net10.0/Gbv.Domain.xml", files);
        Assert.Contains("schema/gbv-plan.v1.schema.json", files);
        Assert.Contains("schema/gbv-tests.v1.schema.json", files);
        Assert.Contains("schema/gbv-compliance-report.v1.schema.json", files);
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
        Assert.Matches("<repository type=\"git\" url=\"[^\"]+\"[^>]* commit=\"[0-9a-f]{40}\"", text);
        Assert.True(File.Exists(Path.Combine(_feed.Packages, $"Gbv.Domain.{Feed.Version}.snupkg")), "no symbol package");
        Assert.Contains("<description>The compliance engine for Vietnamese plans", text, StringComparison.Ordinal);
        Assert.Contains("<releaseNotes>## 0.1.0", text, StringComparison.Ordinal);
        PageReadme(package, "dotnet add package Gbv.Domain");
    }

    [Fact]
    public void The_tool_package_describes_the_commands_and_has_a_readme_of_its_own()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"gbv.{Feed.Version}.nupkg"));
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<description>The gbv command for Vietnamese plans", text, StringComparison.Ordinal);
        Assert.Contains("<packageType name=\"DotnetTool\"", text, StringComparison.Ordinal);
        PageReadme(package, "dotnet tool install --global gbv");
    }

    /// <summary>
    /// The tool comes as a package per platform: for linux-x64 self-contained and compiled ahead of time as one
    /// composite ReadyToRun image with the runtime's libraries (start-up without the JIT, the generic code over the
    /// tool's types compiled too), for any other platform as IL on the installed runtime; <c>dotnet tool install gbv</c>
    /// picks the one for the machine.
    /// </summary>
    [Fact]
    public void The_tool_for_linux_x64_is_compiled_ahead_of_time_and_every_other_platform_has_one_too()
    {
        foreach (var (rid, folder, readyToRun) in new[] { ("linux-x64", "tools/any/linux-x64", true), ("any", "tools/net10.0/any", false) })
        {
            using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"gbv.{rid}.{Feed.Version}.nupkg"));
            foreach (var name in new[] { "gbv.dll", "Gbv.Domain.dll" })
            {
                using var bytes = new MemoryStream();
                using (var entry = package.Entries.Single(e => e.FullName == $"{folder}/{name}").Open())
                {
                    entry.CopyTo(bytes);
                }

                bytes.Position = 0;
                using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
                Assert.True(readyToRun == pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{rid}/{name}");
            }

            // The composite image and the runtime itself come with linux-x64's tool; the other runs on the installed one.
            var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(readyToRun, names.Contains($"{folder}/gbv.r2r.dll"));
            Assert.Equal(readyToRun, names.Contains($"{folder}/libcoreclr.so"));
        }
    }

    /// <summary>
    /// A README for the package page: it says how to install, and every link is absolute, since nuget.org resolves a
    /// relative link against nothing; no step runs the repository's own projects.
    /// </summary>
    private static void PageReadme(System.IO.Compression.ZipArchive package, string install)
    {
        using var reader = new StreamReader(package.Entries.Single(e => e.FullName == "README.md").Open());
        var readme = reader.ReadToEnd();
        Assert.Contains(install, readme, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet run --project", readme, StringComparison.Ordinal);
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    /// <summary>The package as an application publishes it: trimmed, self-contained, no trimming warning, and it runs.</summary>
    [Fact]
    public void A_trimmed_self_contained_quickstart_publishes_without_warnings_and_runs()
    {
        var output = Path.Combine(_feed.Root, "trimmed");
        var (exit, log) = Feed.Dotnet(Feed.Repository, "publish", "samples/Quickstart", "-c", "Release", "-r", "linux-x64", "--self-contained",
            "-p:PublishTrimmed=true", "-o", output);
        Assert.True(exit == 0, log);
        Assert.DoesNotMatch(@"warning IL\d{4}", log);

        var start = new ProcessStartInfo(Path.Combine(output, "Quickstart")) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("victims-supported (more than 90% by 2020): NotMet", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// What not every user needs (Word and PDF reading, iCalendar) is a satellite package, so that referencing the
    /// engine brings NodaTime and the specification adapter's Ardalis.Specification, nothing else.
    /// </summary>
    [Fact]
    public void The_core_package_depends_on_nodatime_and_ardalis_specification_only()
    {
        Assert.Equal(["Ardalis.Specification", "NodaTime"], Dependencies("Gbv.Domain"));
    }

    [Theory]
    [InlineData("Gbv.Domain.Extraction", "PdfPig", "dotnet add package Gbv.Domain.Extraction")]
    [InlineData("Gbv.Domain.ICalendar", "Ical.Net", "dotnet add package Gbv.Domain.ICalendar")]
    public void A_satellite_package_depends_on_the_core_of_the_same_version_and_its_own_library(string id, string library, string install)
    {
        Assert.Equal(new[] { "Gbv.Domain", library }.Order(StringComparer.Ordinal), Dependencies(id));
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"{id}.{Feed.Version}.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        Assert.Contains($"<dependency id=\"Gbv.Domain\" version=\"{Feed.Version}\"", nuspec.ReadToEnd(), StringComparison.Ordinal);
        PageReadme(package, install);
    }

    private string[] Dependencies(string id)
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"{id}.{Feed.Version}.nupkg"));
        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var document = System.Xml.Linq.XDocument.Load(nuspec);
        return [.. document.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_testing_package_packs_with_its_readme_and_depends_on_the_same_version()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Packages, $"Gbv.Domain.Testing.{Feed.Version}.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/Gbv.Domain.Testing.dll");
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains($"<dependency id=\"Gbv.Domain\" version=\"{Feed.Version}\"", text, StringComparison.Ordinal);
        Assert.Contains("<dependency id=\"FsCheck\"", text, StringComparison.Ordinal);
        PageReadme(package, "dotnet add package Gbv.Domain.Testing");
    }

    [Fact]
    public void The_tool_installs_from_a_folder_and_validates_the_sample_plans()
    {
        var tools = Path.Combine(_feed.Root, "tools");
        var (installed, log) = Feed.Dotnet(_feed.Root, "tool", "install", "gbv", "--version", Feed.Version, "--tool-path", tools, "--add-source", _feed.Packages);
        Assert.True(installed == 0, log);

        var start = new ProcessStartInfo(Path.Combine(tools, "gbv"), ["validate", Path.Combine(Feed.Repository, "samples", "plans"), "--lang", "en"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.EndsWith("8 plan file(s): 8 valid, 0 invalid; 0 error(s), 2 warning(s), 16 info\n", output, StringComparison.Ordinal);
    }

    /// <summary>The packed packages, in a folder of their own, with a NuGet cache of their own so nothing stale is used.</summary>
    public sealed class Feed : IDisposable
    {
        public const string Version = "0.1.0";

        /// <summary>Every package the repository publishes: the core, its satellites, the testing package and the tool.</summary>
        public static readonly string[] Packed =
        [
            "src/Gbv.Domain/Gbv.Domain.csproj", "src/Gbv.Domain.Extraction/Gbv.Domain.Extraction.csproj", "src/Gbv.Domain.ICalendar/Gbv.Domain.ICalendar.csproj",
            "src/Gbv.Domain.Testing/Gbv.Domain.Testing.csproj", "src/Gbv.Domain.Cli/Gbv.Domain.Cli.csproj",
        ];

        public Feed()
        {
            Root = Directory.CreateTempSubdirectory("gbv-packages-").FullName;
            Packages = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
            foreach (var project in Packed)
            {
                var (exit, log) = Dotnet(Repository, "pack", project, "-c", "Release", "-o", Packages);
                if (exit != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:\n{log}");
                }
            }

            // A nuget.config beside the consumer: the local folder first, then the sources the machine is configured with.
            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local" value="{Packages}" />
                  </packageSources>
                </configuration>
                """);
        }

        public string Root { get; }

        public string Packages { get; }

        public static string Repository
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gbv.Domain.sln")))
                {
                    dir = dir.Parent;
                }

                return dir?.FullName ?? throw new InvalidOperationException("Gbv.Domain.sln not found above the test assembly.");
            }
        }

        public static (int Exit, string Output) Dotnet(string directory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet", args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            // A consumer restores into a cache of its own: the machine's cache may hold an older build of this version.
            if (FeedRootOf(directory) is { } feedRoot)
            {
                start.Environment["NUGET_PACKAGES"] = Path.Combine(feedRoot, "nuget-cache");
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);

        // The feed's root folder (gbv-packages-*) that a directory is in, if any.
        private static string? FeedRootOf(string directory)
        {
            for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                if (dir.Name.StartsWith("gbv-packages-", StringComparison.Ordinal))
                {
                    return dir.FullName;
                }
            }

            return null;
        }
    }
}
