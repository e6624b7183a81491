using System.Collections.Immutable;
using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Validation;

/// <summary>
/// Diagnostics of a plan's referral rules: conditions, their number, shadowing, and the defaults they replace.
/// Ids are stable; docs/diagnostics.md has an example of each.
/// </summary>
public static class ReferralRuleDiagnostics
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>GBV2240: a plan rule with a default rule's id that does not say it replaces the default.</summary>
    public static DiagnosticDescriptor SilentDefaultReplacement { get; } = new("GBV2240", E, "Default rule replaced without saying so",
        "The rule \"{0}\" has the id of a default rule (basis: {1}); a plan replaces a default rule only by saying so: add \"replacesDefault\": true, or give the rule an id of its own", "Quy tắc \"{0}\" trùng mã với một quy tắc mặc định (căn cứ: {1}); kế hoạch chỉ được thay quy tắc mặc định khi nói rõ: thêm \"replacesDefault\": true, hoặc đặt mã khác cho quy tắc");

    /// <summary>GBV2241: a plan rule that replaces a default rule, as it says: the validator names the default and its basis.</summary>
    public static DiagnosticDescriptor DefaultReplaced { get; } = new("GBV2241", W, "Default rule replaced",
        "The rule \"{0}\" replaces the default rule \"{0}\" (\"{1}\" to {2}), whose legal basis is {3}: check that the plan's rule is no narrower, later or weaker than the law", "Quy tắc \"{0}\" thay quy tắc mặc định \"{0}\" (\"{1}\" đến {2}), căn cứ pháp lý: {3}; hãy bảo đảm quy tắc của kế hoạch không hẹp hơn, chậm hơn hay yếu hơn quy định");

    /// <summary>GBV2242: <c>replacesDefault</c> on a rule whose id no default rule has.</summary>
    public static DiagnosticDescriptor NothingToReplace { get; } = new("GBV2242", W, "No default rule to replace",
        "The rule \"{0}\" says it replaces a default rule, but no default rule has that id; it is added as a rule of the plan's own", "Quy tắc \"{0}\" ghi là thay quy tắc mặc định nhưng không có quy tắc mặc định nào mang mã này; quy tắc được thêm như quy tắc riêng của kế hoạch");

    /// <summary>GBV2401: a condition that is empty or longer than the limit.</summary>
    public static DiagnosticDescriptor InvalidCondition { get; } = new("GBV2401", E, "Invalid condition",
        "The condition {0}", "Điều kiện {0}");

    /// <summary>GBV2402: more referral rules than an engine can hold.</summary>
    public static DiagnosticDescriptor TooManyRules { get; } = new("GBV2402", E, "Too many referral rules",
        "The rule set has {0} rules; an engine holds at most {1}", "Bộ quy tắc có {0} quy tắc; tối đa là {1}");

    /// <summary>GBV2403: a referral rule that another rule always shadows.</summary>
    public static DiagnosticDescriptor ShadowedRule { get; } = new("GBV2403", W, "Rule never decides",
        "The rule \"{0}\" has the same condition and service as \"{1}\", which comes first: it adds nothing", "Quy tắc \"{0}\" có cùng điều kiện và dịch vụ với \"{1}\" (đứng trước): không có tác dụng");

    /// <summary>Every descriptor of this area, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        SilentDefaultReplacement, DefaultReplaced, NothingToReplace, InvalidCondition, TooManyRules, ShadowedRule,
    ];
}
