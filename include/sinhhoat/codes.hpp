#pragma once
// The coded vocabularies of the catalogue (docs/catalogue/RULES.md): enums on one byte, each with
// its stable code and its Vietnamese and English labels. Codes never change once released.

#include <cstdint>
#include <sinhhoat/enum.hpp>

namespace sinhhoat {

/// Kind of party organisation (online.scope.org_kind).
enum class organisation_kind : std::uint8_t {
    grassroots_committee, ///< đảng bộ cơ sở
    grassroots_cell,      ///< chi bộ cơ sở
    subordinate_cell,     ///< chi bộ trực thuộc đảng uỷ cơ sở
    above_grassroots,     ///< đảng bộ cấp trên cơ sở: outside the pilot
};
template <> struct enum_traits<organisation_kind> {
    static constexpr std::string_view name = "organisation_kind";
    static constexpr enum_label rows[] = {
        {"grassroots_committee", "đảng bộ cơ sở", "grassroots party committee"},
        {"grassroots_cell", "chi bộ cơ sở", "grassroots party cell"},
        {"subordinate_cell", "chi bộ trực thuộc", "subordinate party cell"},
        {"above_grassroots", "đảng bộ cấp trên cơ sở", "party committee above grassroots level"},
    };
};

/// Who meets.
enum class meeting_body : std::uint8_t {
    whole_organisation, ///< toàn thể đảng bộ / chi bộ
    committee,          ///< cấp uỷ / chi uỷ
    party_group_round,  ///< a round of tổ đảng meetings replacing the whole-cell meeting
};
template <> struct enum_traits<meeting_body> {
    static constexpr std::string_view name = "meeting_body";
    static constexpr enum_label rows[] = {
        {"whole_organisation", "sinh hoạt toàn thể", "whole organisation"},
        {"committee", "sinh hoạt cấp uỷ", "executive committee"},
        {"party_group_round", "đợt sinh hoạt theo tổ đảng", "round of party-group meetings"},
    };
};

/// How the meeting is held.
enum class meeting_form : std::uint8_t {
    in_person,    ///< trực tiếp
    hybrid,       ///< kết hợp trực tiếp và trực tuyến
    fully_online, ///< trực tuyến toàn bộ
    by_group,     ///< theo tổ đảng
};
template <> struct enum_traits<meeting_form> {
    static constexpr std::string_view name = "meeting_form";
    static constexpr enum_label rows[] = {
        {"in_person", "trực tiếp", "in person"},
        {"hybrid", "kết hợp trực tiếp và trực tuyến", "hybrid (in person and online)"},
        {"fully_online", "trực tuyến toàn bộ", "fully online"},
        {"by_group", "theo tổ đảng", "by party group"},
    };
};

/// R41: what a meeting is (II.4.1 "như sinh hoạt đảng trực tiếp": its kind's own steps).
enum class meeting_kind : std::uint8_t {
    regular,  ///< sinh hoạt thường kỳ
    thematic, ///< sinh hoạt chuyên đề
};
template <> struct enum_traits<meeting_kind> {
    static constexpr std::string_view name = "meeting_kind";
    static constexpr enum_label rows[] = {
        {"regular", "sinh hoạt thường kỳ", "regular meeting"},
        {"thematic", "sinh hoạt chuyên đề", "thematic meeting"},
    };
};

/// The two families of grounds of II.1.1.
enum class ground_kind : std::uint8_t {
    special_nature,       ///< tính chất đặc thù (II.1.1 a)
    special_circumstance, ///< hoàn cảnh đặc biệt (II.1.1 b)
};
template <> struct enum_traits<ground_kind> {
    static constexpr std::string_view name = "ground_kind";
    static constexpr enum_label rows[] = {
        {"special_nature", "tính chất đặc thù", "special nature"},
        {"special_circumstance", "hoàn cảnh đặc biệt", "special circumstances"},
    };
};

/// Why members cannot meet in person (online.scope.ground). The six catalogue codes, plus the
/// four entries on which the texts differ or that hold only in a season, each belonging to one
/// catalogue class: a rule set lists the grounds it accepts. New grounds are added at the end
/// (findings store ground sets as bits).
enum class ground : std::uint8_t {
    dispersed_wide_area,      ///< bodies headquartered in several provinces or districts
    abroad,                   ///< abroad, outside Vietnam's missions (HD03 only)
    not_regularly_same_place, ///< working far from residence (all year)
    teacher_summer_break,     ///< teachers in the summer break (Cao Bằng only)
    cannot_leave_post,        ///< armed forces, health, forest rangers
    seafarer_offshore_island, ///< seafarers on international routes, offshore works, islands (HD03)
    natural_disaster,         ///< thiên tai
    prolonged_isolation,      ///< địa bàn bị cô lập kéo dài
    epidemic, ///< dịch bệnh: cách ly, giãn cách, cấm tập trung đông người
    student_summer_break, ///< students in the summer break (R6: apart from working far away)
};
template <> struct enum_traits<ground> {
    static constexpr std::string_view name = "ground";
    static constexpr enum_label rows[] = {
        {"dispersed_wide_area", "phân tán trên địa bàn rộng (trụ sở ở nhiều tỉnh, huyện)",
         "dispersed over a wide area (bodies in several provinces or districts)"},
        {"abroad", "ở nước ngoài, ngoài cơ quan đại diện Việt Nam",
         "abroad, outside Vietnam's representative missions"},
        {"not_regularly_same_place",
         "không thường xuyên ở cùng một địa điểm (đi làm ăn xa nơi cư trú)",
         "not regularly at one place (working far from home)"},
        {"teacher_summer_break", "giáo viên trong thời gian nghỉ hè",
         "teachers in the summer break"},
        {"cannot_leave_post", "không thể rời vị trí công tác (lực lượng vũ trang, y tế, kiểm lâm)",
         "cannot leave their post (armed forces, health, forest rangers)"},
        {"seafarer_offshore_island", "thuyền viên tuyến quốc tế, công trình ngoài khơi, hải đảo",
         "seafarers on international routes, offshore works, islands"},
        {"natural_disaster", "chịu ảnh hưởng của thiên tai", "affected by a natural disaster"},
        {"prolonged_isolation", "địa bàn bị cô lập kéo dài", "area isolated for a long time"},
        {"epidemic", "dịch bệnh phải cách ly, giãn cách, không được tập trung đông người",
         "epidemic: quarantine, distancing, gatherings forbidden"},
        {"student_summer_break", "sinh viên trong thời gian nghỉ hè",
         "students in the summer break"},
    };
};
using ground_set = enum_set<ground>;

/// The catalogue class of a ground: the code the catalogue uses for it.
constexpr ground ground_class(ground g) noexcept {
    switch (g) {
    case ground::abroad:
        return ground::dispersed_wide_area;
    case ground::teacher_summer_break:
    case ground::student_summer_break:
        return ground::not_regularly_same_place;
    case ground::seafarer_offshore_island:
        return ground::cannot_leave_post;
    default:
        return g;
    }
}

/// Special nature (a) or special circumstances (b).
constexpr ground_kind kind_of(ground g) noexcept {
    switch (g) {
    case ground::natural_disaster:
    case ground::prolonged_isolation:
    case ground::epidemic:
        return ground_kind::special_circumstance;
    default:
        return ground_kind::special_nature;
    }
}

/// R6: the grounds that hold only within the rule set's summer break (II.1.1 a: "giáo viên,
/// sinh viên trong thời gian nghỉ hè").
constexpr ground_set seasonal_grounds() noexcept {
    return {ground::teacher_summer_break, ground::student_summer_break};
}

/// Every ground of one kind.
constexpr ground_set grounds_of(ground_kind k) noexcept {
    ground_set s;
    for (std::size_t i = 0; i < enum_size<ground>(); ++i)
        if (kind_of(static_cast<ground>(i)) == k)
            s.insert(static_cast<ground>(i));
    return s;
}

/// Agenda items. The ordinary steps of a meeting, then the topics of II.3.2 that may not be
/// dealt with online or by tổ đảng (content.excluded).
enum class topic : std::uint8_t {
    party_dues,         ///< thu, nộp đảng phí
    programme,          ///< quán triệt nội dung, thông qua chương trình
    superior_documents, ///< triển khai văn bản cấp trên
    current_affairs,    ///< tóm tắt thông tin thời sự
    draft_documents,    ///< trình bày dự thảo báo cáo, nghị quyết
    discussion_vote,    ///< thảo luận, biểu quyết
    thematic,           ///< sinh hoạt chuyên đề
    task_assignment,    ///< phân công nhiệm vụ
    organisation_and_personnel,
    admission,
    official_membership,
    removal_from_rolls,
    resignation,
    inspection_supervision,
    discipline,
    emulation_commendation,
    screening_unqualified,
    internal_political_protection,
    state_party_secrets,
    secret_ballot,
    self_criticism_review,
    quality_grading,
    major_policy_decision,
};
template <> struct enum_traits<topic> {
    static constexpr std::string_view name = "topic";
    static constexpr enum_label rows[] = {
        {"party_dues", "thu, nộp đảng phí", "collecting party dues"},
        {"programme", "quán triệt nội dung, thông qua chương trình", "approving the programme"},
        {"superior_documents", "triển khai văn bản cấp trên", "passing on superior documents"},
        {"current_affairs", "tóm tắt thông tin thời sự", "current-affairs summary"},
        {"draft_documents", "trình bày dự thảo báo cáo, dự thảo nghị quyết",
         "presenting the draft report and resolution"},
        {"discussion_vote", "thảo luận, biểu quyết", "discussion and vote"},
        {"thematic", "sinh hoạt chuyên đề", "thematic topic"},
        {"task_assignment", "phân công nhiệm vụ", "task assignment"},
        {"organisation_and_personnel", "công tác tổ chức và cán bộ", "organisation and personnel"},
        {"admission", "xét kết nạp đảng viên", "admission of members"},
        {"official_membership", "chuyển đảng chính thức", "official membership"},
        {"removal_from_rolls", "quyết định xoá tên đảng viên", "removal from the rolls"},
        {"resignation", "xem xét cho đảng viên xin ra khỏi Đảng", "requests to leave the Party"},
        {"inspection_supervision", "công tác kiểm tra, giám sát", "inspection and supervision"},
        {"discipline", "thi hành kỷ luật đảng", "party discipline"},
        {"emulation_commendation", "thi đua, khen thưởng", "emulation and commendation"},
        {"screening_unqualified",
         "rà soát, phát hiện, sàng lọc, đưa đảng viên không còn đủ tư cách ra khỏi Đảng",
         "screening out unqualified members"},
        {"internal_political_protection", "công tác bảo vệ chính trị nội bộ",
         "internal political protection"},
        {"state_party_secrets", "các vấn đề thuộc danh mục bí mật của Đảng, Nhà nước",
         "Party and State secrets"},
        {"secret_ballot", "các nội dung liên quan đến bỏ phiếu kín", "secret ballots"},
        {"self_criticism_review", "kiểm điểm tự phê bình và phê bình",
         "self-criticism and criticism reviews"},
        {"quality_grading", "đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên",
         "quality grading of organisations and members"},
        {"major_policy_decision", "quyết định các chủ trương lớn, quan trọng",
         "decisions on major policies"},
    };
};
using topic_set = enum_set<topic>;

/// The II.3.2 list as the catalogue gives it.
constexpr topic_set excluded_topics_ii32() noexcept {
    topic_set s;
    for (auto i = static_cast<std::size_t>(topic::organisation_and_personnel);
         i < enum_size<topic>(); ++i)
        s.insert(static_cast<topic>(i));
    return s;
}

/// The order of a cell meeting (II.4.2 ý 2), required of online (II.4.1) and tổ meetings.
constexpr topic_set cell_meeting_steps() noexcept {
    return {topic::party_dues,      topic::programme,       topic::superior_documents,
            topic::current_affairs, topic::draft_documents, topic::discussion_vote};
}

/// R15: the order of a cấp uỷ meeting and of a đảng bộ cơ sở's general meeting: the cell order
/// without collecting party dues or the current-affairs summary (II.4.1: "như sinh hoạt đảng trực
/// tiếp", as the same body's in-person meeting).
constexpr topic_set committee_meeting_steps() noexcept {
    return {topic::programme, topic::superior_documents, topic::draft_documents,
            topic::discussion_vote};
}

/// R41: the steps of a thematic meeting (sinh hoạt chuyên đề) by default, a reading: the texts
/// held list only the regular order; a thematic meeting is held "như sinh hoạt đảng trực tiếp"
/// (II.4.1): the programme, the thematic topic and the discussion.
constexpr topic_set thematic_meeting_steps() noexcept {
    return {topic::programme, topic::thematic, topic::discussion_vote};
}

/// What the members joining online have (online.infrastructure, II.2 ý 1).
enum class infrastructure_item : std::uint8_t {
    organisation_devices, ///< the organisation's devices connected to the internet
    member_devices,       ///< the online members' computers or smartphones connected
    stable_connection,    ///< a stable connection
};
template <> struct enum_traits<infrastructure_item> {
    static constexpr std::string_view name = "infrastructure_item";
    static constexpr enum_label rows[] = {
        {"organisation_devices", "thiết bị của tổ chức đảng kết nối internet",
         "the organisation's devices connected to the internet"},
        {"member_devices", "thiết bị của đảng viên dự trực tuyến kết nối internet",
         "the online members' devices connected to the internet"},
        {"stable_connection", "đường truyền tín hiệu ổn định", "a stable connection"},
    };
};
using infrastructure_set = enum_set<infrastructure_item>;

/// What the meeting software's provider must be (online.platform, II.2 ý 1).
enum class platform_item : std::uint8_t {
    headquartered_in_vietnam, ///< nhà cung cấp có trụ sở đặt tại lãnh thổ Việt Nam
    under_vietnamese_law, ///< hoạt động theo khuôn khổ hiến pháp và pháp luật Việt Nam
    cybersecurity_compliant, ///< tuân thủ Luật An ninh mạng
};
template <> struct enum_traits<platform_item> {
    static constexpr std::string_view name = "platform_item";
    static constexpr enum_label rows[] = {
        {"headquartered_in_vietnam", "nhà cung cấp có trụ sở tại Việt Nam",
         "provider headquartered in Vietnam"},
        {"under_vietnamese_law", "hoạt động theo pháp luật Việt Nam",
         "operating under Vietnamese law"},
        {"cybersecurity_compliant", "tuân thủ Luật An ninh mạng",
         "complying with the Cybersecurity Law"},
    };
};
using platform_set = enum_set<platform_item>;

/// A member's standing on the roll.
enum class member_status : std::uint8_t {
    active,    ///< sinh hoạt bình thường
    exempted,  ///< miễn công tác và sinh hoạt đảng
    suspended, ///< bị đình chỉ sinh hoạt đảng
};
template <> struct enum_traits<member_status> {
    static constexpr std::string_view name = "member_status";
    static constexpr enum_label rows[] = {
        {"active", "sinh hoạt bình thường", "active"},
        {"exempted", "miễn công tác và sinh hoạt đảng", "exempted from work and activities"},
        {"suspended", "bị đình chỉ sinh hoạt đảng", "suspended from party activities"},
    };
};

/// Who draws up a pilot list (pilot.selection, III.1).
enum class selecting_unit_kind : std::uint8_t {
    district_committee, ///< huyện uỷ, thành uỷ: a minimum of each pilot; none from 1/7/2025
    provincial_direct,  ///< đảng uỷ trực thuộc Tỉnh uỷ: by their own conditions
    /// R31 (Quy định 294-QĐ/TW, from 1/7/2025): the directly superior committees of grassroots
    /// organisations once the district level is gone.
    commune_committee,
    ward_committee,
    special_zone_committee,
};
template <> struct enum_traits<selecting_unit_kind> {
    static constexpr std::string_view name = "selecting_unit_kind";
    static constexpr enum_label rows[] = {
        {"district_committee", "huyện uỷ, thành uỷ", "district or city committee"},
        {"provincial_direct", "đảng uỷ trực thuộc Tỉnh uỷ",
         "committee directly under the provincial committee"},
        {"commune_committee", "đảng uỷ xã", "commune committee"},
        {"ward_committee", "đảng uỷ phường", "ward committee"},
        {"special_zone_committee", "đảng uỷ đặc khu", "special zone committee"},
    };
};

/// interp.year: what "trong năm" (a year) means for quotas.
enum class year_basis : std::uint8_t {
    calendar_year, ///< 1/1 to 31/12 of the meeting's year (default)
    rolling_year,  ///< the year ending on the meeting's date
};
template <> struct enum_traits<year_basis> {
    static constexpr std::string_view name = "year_basis";
    static constexpr enum_label rows[] = {
        {"calendar_year", "năm dương lịch", "calendar year"},
        {"rolling_year", "12 tháng liền trước", "the twelve months before"},
    };
};

/// interp.fully_online: when members "cannot be gathered at one place at all".
enum class fully_online_basis : std::uint8_t {
    /// Gathering impossible, or no member can attend: on a special-nature ground the meeting's
    /// statement counts; on a special-circumstance ground the decision's (R42).
    gathering_impossible_or_none_in_person,
    all_members_unable, ///< only when every member of the base is unable
    /// R8 (default): every member unable on a special-nature ground; on a special-circumstance
    /// ground also when the decision covering the day finds gathering impossible (R42).
    by_ground_kind,
};
template <> struct enum_traits<fully_online_basis> {
    static constexpr std::string_view name = "fully_online_basis";
    static constexpr enum_label rows[] = {
        {"gathering_impossible_or_none_in_person",
         "không thể tập trung hoặc không đảng viên nào dự trực tiếp được",
         "gathering impossible, or no member able to attend in person"},
        {"all_members_unable", "mọi đảng viên đều không thể dự trực tiếp",
         "every member unable to attend in person"},
        {"by_ground_kind",
         "đặc thù: mọi đảng viên không thể dự trực tiếp; hoàn cảnh đặc biệt: cả khi quyết định "
         "của cấp uỷ cấp trên xác định không thể tập trung",
         "special nature: every member unable; special circumstances: also when the superior's "
         "decision finds gathering impossible"},
    };
};

/// interp.group_member_count: whom "từ 50 đảng viên trở lên" counts.
enum class member_count_basis : std::uint8_t {
    all_on_roll,                ///< every member on the roll (default)
    excluding_exempt_suspended, ///< the II.1.1 base: less exempted and suspended members
};
template <> struct enum_traits<member_count_basis> {
    static constexpr std::string_view name = "member_count_basis";
    static constexpr enum_label rows[] = {
        {"all_on_roll", "toàn bộ đảng viên trong danh sách", "every member on the roll"},
        {"excluding_exempt_suspended", "trừ đảng viên miễn sinh hoạt, bị đình chỉ",
         "less exempted and suspended members"},
    };
};

/// interp.round_period: what "one round" of tổ meetings may span (R17, II.2 ý 5: a round is held
/// "thay cho sinh hoạt toàn thể chi bộ", instead of one whole-cell meeting).
enum class round_period_basis : std::uint8_t {
    month, ///< every tổ meeting in the calendar month of the first (default)
    days,  ///< every tổ meeting within `rule_set::round_max_days` of the first
};
template <> struct enum_traits<round_period_basis> {
    static constexpr std::string_view name = "round_period_basis";
    static constexpr enum_label rows[] = {
        {"month", "trong tháng của cuộc họp tổ đầu tiên", "within the first tổ meeting's month"},
        {"days", "trong số ngày bộ quy tắc quy định kể từ cuộc họp tổ đầu tiên",
         "within the rule set's number of days from the first tổ meeting"},
    };
};

/// The two pilots of the guidance: online meetings, and meetings by tổ đảng.
enum class pilot_kind : std::uint8_t {
    online,   ///< sinh hoạt đảng trực tuyến
    by_group, ///< sinh hoạt đảng theo tổ đảng
};
template <> struct enum_traits<pilot_kind> {
    static constexpr std::string_view name = "pilot_kind";
    static constexpr enum_label rows[] = {
        {"online", "sinh hoạt đảng trực tuyến", "online party meetings"},
        {"by_group", "sinh hoạt đảng theo tổ đảng", "meetings by party group"},
    };
};
using pilot_set = enum_set<pilot_kind>;

} // namespace sinhhoat
