namespace Gbv.Domain.Referrals;

/// <summary>The kind of a service, model or intake channel a plan sets up or names.</summary>
public enum ServiceKind
{
    /// <summary>A telephone hotline ("đường dây nóng", "tổng đài").</summary>
    Hotline = 0,

    /// <summary>The national child-protection hotline 111 ("Tổng đài điện thoại quốc gia bảo vệ trẻ em").</summary>
    ChildProtectionHotline,

    /// <summary>A trusted address in the community ("Địa chỉ tin cậy").</summary>
    TrustedAddress,

    /// <summary>A safe shelter ("nơi tạm lánh", "nhà tạm lánh").</summary>
    Shelter,

    /// <summary>A one-stop centre ("Một điểm dừng").</summary>
    OneStopCentre,

    /// <summary>A social work centre ("Trung tâm Công tác xã hội").</summary>
    SocialWorkCentre,

    /// <summary>A health facility ("cơ sở y tế", "Trạm Y tế", "Trung tâm Y tế").</summary>
    HealthFacility,

    /// <summary>Legal advice or aid ("tư vấn pháp luật", "trợ giúp pháp lý").</summary>
    LegalAid,

    /// <summary>Police ("Công an").</summary>
    Police,

    /// <summary>Child protection (the commune child-protection officer).</summary>
    ChildProtection,

    /// <summary>An advisory or counselling group ("Tổ tư vấn").</summary>
    AdvisoryGroup,

    /// <summary>A rapid response team ("Đội phản ứng nhanh").</summary>
    RapidResponseTeam,

    /// <summary>A club or community group ("Câu lạc bộ", CLB).</summary>
    Club,

    /// <summary>A community model ("mô hình"): safe school, safe village, men as pioneers and the like.</summary>
    CommunityModel,

    /// <summary>Psychological counselling ("tư vấn tâm lý", "tham vấn").</summary>
    Counselling,

    /// <summary>A no-contact order ("cấm tiếp xúc") decided by the commune chairman or a court.</summary>
    ProtectionOrder,

    /// <summary>Where domestic violence is reported: the commune People's Committee or the nearest police (Law 13/2022/QH15 Art. 19).</summary>
    ReportingAuthority,
}
