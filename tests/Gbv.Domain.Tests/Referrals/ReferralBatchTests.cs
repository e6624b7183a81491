using FsCheck.Xunit;
using Gbv.Domain.Cases;
using Gbv.Domain.Evaluation.Referrals;
using Gbv.Domain.Referrals;
using Gbv.Domain.Tests.Conditions;

namespace Gbv.Domain.Tests.Referrals;

/// <summary>The batch call writes, for each case, what the single call returns, and nothing outside its segment.</summary>
public sealed class ReferralBatchTests
{
    private readonly ReferralEngine<CaseRecord> _engine = ReferralEngine<CaseRecord>.Compile(ReferralRuleSet.Defaults, CaseFields.Map).Engine!;

    [Property(MaxTest = 100)]
    public void A_batch_gives_each_case_the_mask_of_the_single_call(int seed, byte length, byte from, byte at)
    {
        var random = new RandomConditions(seed);
        var cases = Enumerable.Range(0, length).Select(random.Case).ToArray();
        var start = cases.Length == 0 ? 0 : from % (cases.Length + 1);
        var count = cases.Length - start;
        var masks = Enumerable.Repeat(ulong.MaxValue, count + at).ToArray();

        _engine.Fired(new ArraySegment<CaseRecord>(cases, start, count), new ArraySegment<ulong>(masks, at, count));

        for (var i = 0; i < at; i++)
        {
            Assert.Equal(ulong.MaxValue, masks[i]);
        }

        for (var i = 0; i < count; i++)
        {
            Assert.Equal(_engine.Fired(cases[start + i]), masks[at + i]);
        }
    }

    [Fact]
    public void Too_few_masks_or_a_segment_over_nothing_is_refused_before_anything_is_written()
    {
        var cases = new[] { new CaseRecord { CaseId = "synthetic-1", Age = 9 }, new CaseRecord { CaseId = "synthetic-2" } };
        var masks = new ulong[1];
        Assert.Throws<ArgumentException>(() => _engine.Fired(cases, masks));
        Assert.Equal(0UL, masks[0]);
        Assert.Throws<ArgumentException>(() => _engine.Fired(default, masks));
        _engine.Fired(ArraySegment<CaseRecord>.Empty, ArraySegment<ulong>.Empty);
    }
}
