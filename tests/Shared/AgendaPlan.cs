using Gbv.Domain.Calendar;
using Gbv.Domain.Plans;
using Gbv.Domain.Time;

namespace Gbv.Domain.Tests.Calendar;

/// <summary>
/// A plan written to reach every branch of the agenda's texts: every kind of entry, over the turn of the year. The core's
/// AgendaEntryTextTests and the iCalendar export's tests read it; their expected lines are worked out by hand from it.
/// </summary>
internal static class AgendaPlan
{
    public static readonly Plan Plan = TestFiles.LoadPlan("""
        {
          "format": "gbv-plan/1", "id": "agenda", "title": { "vi": "Thử: lịch công tác" },
          "document": { "issuer": "ubnd-xa" }, "level": "commune", "period": { "from": 2025, "to": 2026 },
          "agencies": [
            { "id": "ubnd-xa", "name": { "vi": "UBND xã" }, "kind": "peoples-committee" },
            { "id": "hoi-lhpn-xa", "name": { "vi": "Hội LHPN xã" }, "kind": "womens-union" },
            { "id": "cong-chuc-vhxh", "name": { "vi": "Công chức Văn hóa – xã hội" }, "kind": "commune-official" }
          ],
          "tasks": [
            { "id": "t-annual", "title": { "vi": "Truyền thông mùa đông" }, "lead": "ubnd-xa", "recurrence": "annual", "campaign": "winter",
              "minimumFrequency": { "count": 2, "per": "year" }, "source": "ít nhất 02 lần/năm trong đợt mùa đông" },
            { "id": "t-monthly", "title": { "vi": "Sinh hoạt hằng tháng", "en": "Monthly meeting" }, "lead": "hoi-lhpn-xa", "recurrence": "monthly", "source": "hằng tháng" },
            { "id": "t-quarterly", "title": { "vi": "Giao ban quý" }, "lead": "ubnd-xa", "recurrence": "quarterly",
              "minimumFrequency": { "count": 1, "per": "quarter" }, "source": "ít nhất 01 lần/quý" },
            { "id": "t-once", "title": { "vi": "Hội thi năm 2025" }, "lead": "hoi-lhpn-xa", "recurrence": "once", "year": 2025, "campaign": "action-2025", "source": "hội thi năm 2025" },
            { "id": "t-once-2026", "title": { "vi": "Tập huấn năm 2026" }, "lead": "ubnd-xa", "recurrence": "once", "year": 2026, "source": "tập huấn năm 2026" },
            { "id": "t-in-campaign", "title": { "vi": "Treo khẩu hiệu" }, "lead": "cong-chuc-vhxh", "campaign": "winter", "source": "treo khẩu hiệu trong đợt" },
            { "id": "t-in-action", "title": { "vi": "Phát thanh trong tháng" }, "lead": "cong-chuc-vhxh", "campaign": "action-2025", "source": "phát thanh" },
            { "id": "t-continuous", "title": { "vi": "Theo dõi thường xuyên" }, "lead": "ubnd-xa", "recurrence": "continuous", "source": "thường xuyên" }
          ],
          "reporting": [
            { "key": "monthly", "frequency": "monthly", "due": { "rule": "on-or-before", "dayOfMonth": 5 },
              "reporters": ["hoi-lhpn-xa"], "recipient": "ubnd-xa", "source": "báo cáo tháng vào ngày 05" },
            { "key": "quarterly", "frequency": "quarterly", "due": { "rule": "before", "dayOfMonth": 10 },
              "reporters": ["hoi-lhpn-xa", "cong-chuc-vhxh"], "recipient": "ubnd-xa", "via": "cong-chuc-vhxh", "source": "báo cáo quý trước ngày 10" },
            { "key": "six-monthly", "frequency": "six-monthly", "due": { "rule": "before", "date": "12-22" },
              "reporters": ["hoi-lhpn-xa"], "recipient": "ubnd-xa", "source": "báo cáo 6 tháng cuối năm trước ngày 22/12" },
            { "key": "annual", "frequency": "annual", "due": { "rule": "before", "date": "12-20" }, "cutOff": { "preset": "decree-09-2019" },
              "reporters": ["hoi-lhpn-xa"], "recipient": "ubnd-xa", "source": "báo cáo năm trước ngày 20/12" },
            { "key": "once", "frequency": "once", "due": { "rule": "on-or-before", "date": "2026-01-20" },
              "reporters": ["cong-chuc-vhxh"], "recipient": "ubnd-xa", "source": "báo cáo vào ngày 20/01/2026" }
          ],
          "campaigns": [
            { "id": "winter", "name": { "vi": "Đợt truyền thông mùa đông" }, "from": "12-20", "to": "01-10", "datesStated": false, "source": "đợt mùa đông" },
            { "id": "action-2025", "name": { "vi": "Tháng hành động 2025", "en": "Action month 2025" }, "month": 12, "year": 2025, "source": "tháng 12 năm 2025" }
          ],
          "observanceDays": [
            { "id": "rights-day", "name": { "vi": "Ngày Quyền con người" }, "date": "12-10", "dateStated": false, "source": "ngày quyền con người" },
            { "id": "day-stated", "name": { "vi": "Ngày hội" }, "date": "01-15", "source": "ngày 15/01" }
          ],
          "milestones": [
            { "id": "mid-2025", "kind": "mid-term-review", "year": 2025, "responsible": "ubnd-xa", "source": "sơ kết năm 2025" },
            { "id": "final-2026", "kind": "final-review", "year": 2026, "source": "tổng kết năm 2026" },
            { "id": "inspection-2026", "kind": "inspection", "year": 2026, "responsible": "cong-chuc-vhxh", "source": "kiểm tra năm 2026" }
          ]
        }
        """);

    public static readonly ReportingSchedule Schedule = ReportingSchedule.For(Plan, WorkingCalendar.Vietnam);
}
