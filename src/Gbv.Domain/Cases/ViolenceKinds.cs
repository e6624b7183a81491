namespace Gbv.Domain.Cases;

/// <summary>
/// The forms of violence in a case, by the Law on Prevention and Control of Domestic Violence 2022 (Art. 3):
/// physical, psychological ("tinh thần"), sexual and economic. A case can have several: this is a set.
/// </summary>
[Flags]
public enum ViolenceKinds
{
    /// <summary>None recorded.</summary>
    None = 0,

    /// <summary>Physical ("thể chất").</summary>
    Physical = 1,

    /// <summary>Psychological ("tinh thần").</summary>
    Psychological = 2,

    /// <summary>Sexual ("tình dục").</summary>
    Sexual = 4,

    /// <summary>Economic ("kinh tế").</summary>
    Economic = 8,
}
