namespace Gbv.Domain.Agencies;

/// <summary>What kind of body an agency is. Plans name offices by function; the level is separate.</summary>
public enum AgencyKind
{
    /// <summary>People's Committee ("Ủy ban nhân dân", UBND).</summary>
    PeoplesCommittee = 0,

    /// <summary>People's Council ("Hội đồng nhân dân", HĐND) or its office.</summary>
    PeoplesCouncil,

    /// <summary>Communist Party committee ("Đảng ủy", "Huyện ủy", "Quận ủy").</summary>
    PartyCommittee,

    /// <summary>Women's Union ("Hội Liên hiệp Phụ nữ", Hội LHPN) or its standing board.</summary>
    WomensUnion,

    /// <summary>Labour, invalids and social affairs ("Lao động - Thương binh và Xã hội", LĐTB&amp;XH).</summary>
    LabourInvalidsSocialAffairs,

    /// <summary>Health ("Y tế"), including health stations and centres.</summary>
    Health,

    /// <summary>Education and training ("Giáo dục và Đào tạo") and schools.</summary>
    Education,

    /// <summary>Justice ("Tư pháp").</summary>
    Justice,

    /// <summary>Culture and information ("Văn hóa - Thông tin").</summary>
    CultureInformation,

    /// <summary>Finance and planning ("Tài chính - Kế hoạch").</summary>
    FinancePlanning,

    /// <summary>Police ("Công an").</summary>
    Police,

    /// <summary>Procedural bodies: investigation, prosecution and courts ("cơ quan tố tụng").</summary>
    ProceduralBodies,

    /// <summary>Radio and television station ("Đài truyền thanh", "Đài Truyền thanh - Truyền hình").</summary>
    Radio,

    /// <summary>Vietnam Fatherland Front ("Mặt trận Tổ quốc", MTTQ).</summary>
    FatherlandFront,

    /// <summary>Labour federation or trade union ("Liên đoàn lao động", "Công đoàn").</summary>
    LabourFederation,

    /// <summary>Youth union ("Đoàn Thanh niên", "Huyện đoàn").</summary>
    YouthUnion,

    /// <summary>Farmers' union ("Hội Nông dân").</summary>
    FarmersUnion,

    /// <summary>Ethnic affairs ("Dân tộc").</summary>
    EthnicAffairs,

    /// <summary>Social work centre ("Trung tâm Công tác xã hội").</summary>
    SocialWorkCentre,

    /// <summary>A council or committee across agencies, such as the legal education council.</summary>
    Council,

    /// <summary>A commune official with a portfolio ("công chức"), acting for the commune People's Committee.</summary>
    CommuneOfficial,

    /// <summary>The Government ("Chính phủ").</summary>
    Government,

    /// <summary>The Prime Minister ("Thủ tướng Chính phủ"), issuer of decisions ("Quyết định .../QĐ-TTg") and directives.</summary>
    PrimeMinister,

    /// <summary>A ministry or ministry-level body ("Bộ ...", "cơ quan ngang bộ"), such as "Bộ Lao động - Thương binh và Xã hội".</summary>
    Ministry,

    /// <summary>A department of a ministry ("Cục", "Vụ"), such as "Cục Bảo trợ xã hội" or "Vụ Bình đẳng giới".</summary>
    MinistryDepartment,

    /// <summary>The central body of a mass organisation ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Đoàn", "Ủy ban Trung ương Mặt trận Tổ quốc").</summary>
    CentralMassOrganisation,

    /// <summary>A group of bodies named together ("các tổ chức chính trị - xã hội", "các thôn").</summary>
    Group,

    /// <summary>Any other body.</summary>
    Other,
}
