using Gbv.Domain.Cases;
using NodaTime;

namespace Gbv.Domain.Tests.Cases;

/// <summary>The one reading of case fields: what it accepts, by hand, and that the byte forms allocate nothing.</summary>
public sealed class CaseFieldTextTests
{
    [Fact]
    public void Values_read_by_hand()
    {
        Assert.Equal([0, 150, 7, null, null, null, null], new[] { "0", "150", "007", "151", "-1", " 7", "7.0" }.Select(s => CaseFieldText.Age(s.AsSpan())));
        Assert.Equal([0, 150, null, null], new long[] { 0, 150, 151, -1 }.Select(CaseFieldText.Age));
        Assert.Equal(Sex.Female, CaseFieldText.Keyword<Sex>("female"u8));
        Assert.Null(CaseFieldText.Keyword<Sex>("Female".AsSpan()));
        Assert.Equal(RiskLevel.LifeThreatening, CaseFieldText.Keyword<RiskLevel>("life-threatening".AsSpan()));
        Assert.Equal(ViolenceKinds.Physical | ViolenceKinds.Sexual, CaseFieldText.Violence(" physical ; sexual ;;".AsSpan()));
        Assert.Equal(ViolenceKinds.Physical | ViolenceKinds.Sexual, CaseFieldText.Violence(" physical ; sexual ;;"u8));
        Assert.Equal(ViolenceKinds.None, CaseFieldText.Violence(Array.Empty<string>()));
        Assert.Null(CaseFieldText.Violence(["physical", null]));
        Assert.Null(CaseFieldText.Violence("physical;bad"u8));
        Assert.Equal([true, true, true, false, false, false, null], new[] { "true", "1", "yes", "false", "0", "no", "TRUE" }.Select(s => CaseFieldText.YesNo(s.AsSpan())));
        Assert.Equal(Instant.FromUtc(2019, 6, 9, 16, 30), CaseTimes.Parse("2019-06-09T16:30:00Z"));
        Assert.Equal(Instant.FromUtc(2019, 6, 9, 16, 30), CaseTimes.Parse("2019-06-09T23:30:00+07"u8));
        Assert.Null(CaseTimes.Parse("2200-01-01T00:00:00Z"));
        Assert.Null(CaseTimes.Parse("2019-06-09 23:30"));
    }

    [Fact]
    public void The_byte_forms_allocate_nothing()
    {
        static int Read()
        {
            var n = 0;
            n += CaseFieldText.Age("42"u8) ?? 0;
            n += (int)(CaseFieldText.Keyword<Sex>("female"u8) ?? 0);
            n += (int)(CaseFieldText.Keyword<IncidentType>("sexual-assault"u8) ?? 0);
            n += (int)(CaseFieldText.Violence("physical;sexual"u8) ?? 0);
            n += CaseFieldText.YesNo("true"u8) == true ? 1 : 0;
            n += CaseTimes.Parse("2019-06-09T23:30:00+07:00"u8) is { } a ? (int)(a.ToUnixTimeSeconds() & 1) : 0;
            n += CaseTimes.Parse("2019-06-09T16:30:00Z"u8) is { } b ? (int)(b.ToUnixTimeSeconds() & 1) : 0;
            n += (int)(CaseFieldText.Keyword<RiskLevel>("high".AsSpan()) ?? 0);
            return n;
        }

        var total = Read();
        var before = GC.GetAllocatedBytesForCurrentThread();
        const int Calls = 100_000;
        for (var i = 0; i < Calls; i++)
        {
            total += Read();
        }

        // Less than a byte a call: anything the readers allocated would be 24 bytes or more each time. (Exactly 0 held
        // alone, but not once in the whole suite, where something else charged the thread meanwhile; not looked into.)
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < Calls, $"{allocated} bytes in {Calls} calls");
        Assert.True(total > 0);
    }
}
