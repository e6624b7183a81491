namespace Gbv.Domain.Referrals;

/// <summary>Whose consent a referral that needs consent asks for.</summary>
public enum ConsentGiver
{
    /// <summary>The survivor's own consent.</summary>
    Survivor = 0,

    /// <summary>
    /// For a child (under 16, Law on Children 102/2016/QH13 Art. 1): the consent of a parent or guardian, the child's
    /// own views heard and taken into account as the Law on Children requires.
    /// </summary>
    ParentOrGuardian,
}
