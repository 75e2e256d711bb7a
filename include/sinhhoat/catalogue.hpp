#pragma once
// The catalogue (docs/catalogue/RULES.md) as data: one row per rule (ID, clause, labels) and one
// row per reason a finding can give (the rules that give it, the statuses it goes with, its
// values' names, kinds and relations, its Vietnamese and English templates). The enums, their
// code tables, the clauses, rendering, JSON, Python and the docs all read these two tables.

#include <array>
#include <cstddef>
#include <cstdint>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/enum.hpp>
#include <string_view>

namespace sinhhoat {

// --- rules
// ----------------------------------------------------------------------------------------
// X(enumerator, ID, clause (Cao Bằng numbering, which is HD03's), label vi, label en). Reading R25
// (RULES.md §6a): content.excluded checks II.3.2's list only; II.3.1 (the full required content)
// is what online.procedure and group.conduct check; group.scope's list is III.1.
// clang-format off
#define SINHHOAT_RULES(X) \
    X(online_scope_org_kind, "online.scope.org_kind", "II.1.1; II.2 ý 1", \
      "Phạm vi: loại tổ chức đảng", \
      "Scope: kind of organisation") \
    X(online_scope_majority, "online.scope.majority", "II.1.1", \
      "Phạm vi: trên một nửa số đảng viên", \
      "Scope: more than half of the members") \
    X(online_scope_ground, "online.scope.ground", "II.1.1 a), b)", \
      "Phạm vi: căn cứ sinh hoạt trực tuyến", \
      "Scope: ground") \
    X(online_authorisation, "online.authorisation", "III.1", \
      "Thẩm quyền cho phép", \
      "Authorisation") \
    X(online_infrastructure, "online.infrastructure", "II.2 ý 1", \
      "Hạ tầng công nghệ thông tin", \
      "IT infrastructure") \
    X(online_platform, "online.platform", "II.2 ý 1", \
      "Phần mềm hội họp trực tuyến", \
      "Meeting platform") \
    X(online_form, "online.form", "II.2 ý 2", \
      "Hình thức sinh hoạt", \
      "Form of the meeting") \
    X(online_quota, "online.quota", "II.2 ý 3", \
      "Số lần sinh hoạt trực tuyến trong năm", \
      "Online meetings a year") \
    X(online_return_in_person, "online.return_in_person", "II.2 ý 4", \
      "Trở lại sinh hoạt trực tiếp", \
      "Return to in-person meetings") \
    X(online_procedure, "online.procedure", "II.4.1; II.3.1", \
      "Các bước sinh hoạt", \
      "Meeting procedure") \
    X(group_scope, "group.scope", "II.1.2; III.1", \
      "Phạm vi sinh hoạt theo tổ đảng", \
      "Scope of party-group meetings") \
    X(group_quota, "group.quota", "II.2 ý 5", \
      "Số lần sinh hoạt theo tổ đảng trong năm", \
      "Party-group rounds a year") \
    X(group_preparation, "group.preparation", "II.4.2 ý 1", \
      "Họp chuẩn bị trước khi sinh hoạt tổ", \
      "Preparation meeting") \
    X(group_conduct, "group.conduct", "II.4.2 ý 2; II.3.1", \
      "Trình tự sinh hoạt tổ đảng", \
      "Conduct of the party-group meeting") \
    X(group_report_deadline, "group.report_deadline", "II.4.2 ý 2", \
      "Thời hạn báo cáo của tổ trưởng", \
      "Group leader's report deadline") \
    X(group_consolidation, "group.consolidation", "II.4.2 ý 3", \
      "Họp tổng hợp, thông qua nghị quyết", \
      "Consolidation meeting") \
    X(content_excluded, "content.excluded", "II.3.2", \
      "Nội dung không thực hiện", \
      "Excluded content") \
    X(pilot_window, "pilot.window", "III (thời gian thực hiện)", \
      "Thời gian thí điểm", \
      "Pilot period") \
    X(pilot_selection, "pilot.selection", "III.1", \
      "Lựa chọn tổ chức thí điểm", \
      "Selection of pilot organisations") \
    X(pilot_registration, "pilot.registration", "08-HD/ĐUK (Nghệ An Khối)", \
      "Đăng ký lịch sinh hoạt", \
      "Registration of meeting schedules") \
    X(pilot_reporting, "pilot.reporting", "III (đoạn cuối)", \
      "Báo cáo tổng kết thí điểm", \
      "Final evaluation report")
// clang-format on

/// The catalogue's rule IDs; `to_code` gives the ID (`online.quota`).
enum class rule_id : std::uint8_t {
#define SINHHOAT_X(id, code, clause, vi, en) id,
    SINHHOAT_RULES(SINHHOAT_X)
#undef SINHHOAT_X
};
template <> struct enum_traits<rule_id> {
    static constexpr std::string_view name = "rule_id";
    static constexpr enum_label rows[] = {
#define SINHHOAT_X(id, code, clause, vi, en) {code, vi, en},
        SINHHOAT_RULES(SINHHOAT_X)
#undef SINHHOAT_X
    };
    static constexpr std::string_view clauses[] = {
#define SINHHOAT_X(id, code, clause, vi, en) clause,
        SINHHOAT_RULES(SINHHOAT_X)
#undef SINHHOAT_X
    };
};

/// The clause a rule rests on, e.g. `"II.2 ý 3"`.
constexpr std::string_view clause_of(rule_id r) noexcept {
    return is_valid(r) ? enum_traits<rule_id>::clauses[static_cast<std::size_t>(r)]
                       : std::string_view{};
}

// --- statuses and outcomes
// ------------------------------------------------------------------------

/// What a finding says of its rule.
enum class finding_status : std::uint8_t {
    passed,         ///< the rule holds
    violated,       ///< the rule does not hold
    not_applicable, ///< the rule does not reach this case (it says why)
    not_covered,    ///< the rule set does not cover the case (outside the pilot window)
    not_evaluated,  ///< the data needed was not given
};
template <> struct enum_traits<finding_status> {
    static constexpr std::string_view name = "finding_status";
    static constexpr enum_label rows[] = {
        {"passed", "đạt", "passed"},
        {"violated", "vi phạm", "violated"},
        {"not_applicable", "không áp dụng", "not applicable"},
        {"not_covered", "ngoài phạm vi bộ quy tắc", "not covered by the rule set"},
        {"not_evaluated", "chưa đánh giá (thiếu dữ liệu)", "not evaluated (data missing)"},
    };
};
using finding_status_set = enum_set<finding_status>;

/// The overall answer of a check.
enum class outcome : std::uint8_t {
    allowed,     ///< no finding is violated and the rule set covers the case
    not_allowed, ///< at least one finding is violated
    not_covered, ///< the rule set does not cover the case (and nothing is violated)
    incomplete,  ///< nothing violated, but a rule could not be evaluated for want of data
    /// An audit's meeting whose record (or one it depends on) cannot be read: no rule was asked.
    /// check() throws instead.
    invalid_input,
};
template <> struct enum_traits<outcome> {
    static constexpr std::string_view name = "outcome";
    static constexpr enum_label rows[] = {
        {"allowed", "được phép", "allowed"},
        {"not_allowed", "không được phép", "not allowed"},
        {"not_covered", "ngoài phạm vi bộ quy tắc", "not covered by the rule set"},
        {"incomplete", "chưa đủ dữ liệu để kết luận", "incomplete: data missing to decide"},
        {"invalid_input", "dữ liệu không hợp lệ, không kiểm tra", "invalid input, not checked"},
    };
};

// --- reasons
// --------------------------------------------------------------------------------------

/// What a finding's value is: how it is stored (an int64), rendered, written to JSON and shown in
/// Python.
enum class value_kind : std::uint8_t {
    count,             ///< a number
    flag,              ///< yes / no (0 or 1)
    date,              ///< a day, stored as its day number (0: unknown)
    organisation_kind, ///< an organisation_kind
    ground,            ///< a ground
    meeting_form,      ///< a meeting_form
    topics,            ///< a topic_set, stored as its bits
    infrastructure,    ///< an infrastructure_set, stored as its bits
    platform,          ///< a platform_set, stored as its bits
    pilot,             ///< a pilot_kind
};
template <> struct enum_traits<value_kind> {
    static constexpr std::string_view name = "value_kind";
    static constexpr enum_label rows[] = {
        {"count", "số", "number"},
        {"flag", "có / không", "yes / no"},
        {"date", "ngày", "date"},
        {"organisation_kind", "loại tổ chức đảng", "kind of organisation"},
        {"ground", "căn cứ", "ground"},
        {"meeting_form", "hình thức sinh hoạt", "form of the meeting"},
        {"topics", "nội dung", "topics"},
        {"infrastructure", "hạ tầng", "infrastructure"},
        {"platform", "phần mềm", "platform"},
        {"pilot", "nội dung thí điểm", "pilot"},
    };
};

/// What `visit_kind` passes for each kind: `kind_tag<T>`, T the C++ type a value of that kind
/// stands for (a coded enum, an `enum_set`) or one of these three.
template <class T> struct kind_tag { using type = T; };
struct count_kind {}; ///< a number
struct flag_kind {};  ///< yes / no (0 or 1)
struct date_kind {};  ///< a day, as its day number (0: none)

/// Calls `f(kind_tag<T>{})` for kind `k`. Rendering, JSON, validation, the schema and Python read
/// a finding's values through this one switch.
template <class F> decltype(auto) visit_kind(value_kind k, F&& f) {
    switch (k) {
    case value_kind::flag:
        return f(kind_tag<flag_kind>{});
    case value_kind::date:
        return f(kind_tag<date_kind>{});
    case value_kind::organisation_kind:
        return f(kind_tag<organisation_kind>{});
    case value_kind::ground:
        return f(kind_tag<ground>{});
    case value_kind::meeting_form:
        return f(kind_tag<meeting_form>{});
    case value_kind::pilot:
        return f(kind_tag<pilot_kind>{});
    case value_kind::topics:
        return f(kind_tag<topic_set>{});
    case value_kind::infrastructure:
        return f(kind_tag<infrastructure_set>{});
    case value_kind::platform:
        return f(kind_tag<platform_set>{});
    case value_kind::count:
        break;
    }
    return f(kind_tag<count_kind>{});
}

// X(enumerator, the rules that give it, the statuses it goes with, its values "name:kind,...",
// the relations its values always keep "a<=b ..." (<, <=, >, >=), template vi, template en).
// `{K}` in a template is value K, rendered as its kind says. A finding read from outside must
// keep all of these: its reason one of its rule's, its values in these relations (a date of 0,
// none, keeps every relation) and its counts not negative.
// clang-format off
#define SINHHOAT_REASONS(X) \
    X(org_kind_in_scope, "online.scope.org_kind", "passed", "kind:organisation_kind", "", \
      "{0} thuộc phạm vi thí điểm sinh hoạt trực tuyến.", \
      "A {0} is within the scope of online meetings.") \
    X(org_kind_out_of_scope, "online.scope.org_kind online.quota", "violated not_applicable", "kind:organisation_kind", "", \
      "{0} không thuộc phạm vi: chỉ đảng bộ cơ sở, chi bộ được thí điểm sinh hoạt trực tuyến.", \
      "A {0} is out of scope: only a grassroots party committee or a party cell may pilot online meetings.") \
    X(majority_met, "online.scope.majority", "passed", "unable:count,base:count,exempted:count,suspended:count", "", \
      "{0}/{1} đảng viên (đã trừ {2} miễn sinh hoạt, {3} bị đình chỉ) không thể sinh hoạt trực tiếp: trên một nửa.", \
      "{0} of {1} members (less {2} exempted, {3} suspended) cannot meet in person: more than half.") \
    X(majority_not_met, "online.scope.majority", "violated", "unable:count,base:count,exempted:count,suspended:count,required:count", "unable<required", \
      "Chỉ {0}/{1} đảng viên (đã trừ {2} miễn sinh hoạt, {3} bị đình chỉ) không thể sinh hoạt trực tiếp vì căn cứ được chấp nhận; cần ít nhất {4} (trên một nửa).", \
      "Only {0} of {1} members (less {2} exempted, {3} suspended) cannot meet in person on an accepted ground; at least {4} (more than half) are needed.") \
    X(ground_listed, "online.scope.ground", "passed", "ground:ground", "", \
      "Căn cứ \"{0}\" có trong danh sách của bộ quy tắc.", \
      "The ground \"{0}\" is listed by the rule set.") \
    X(ground_missing, "online.scope.ground online.authorisation online.scope.majority online.form online.quota online.return_in_person", "violated not_evaluated", "", "", \
      "Cuộc họp trực tuyến không nêu căn cứ (tính chất đặc thù hoặc hoàn cảnh đặc biệt).", \
      "The online meeting states no ground (special nature or special circumstances).") \
    X(ground_not_listed, "online.scope.ground", "violated", "ground:ground", "", \
      "Căn cứ \"{0}\" không có trong danh sách căn cứ của bộ quy tắc này.", \
      "The ground \"{0}\" is not listed by this rule set.") \
    X(pilot_listed, "online.authorisation", "passed", "selected_on:date", "", \
      "Tổ chức có trong danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn (ngày chọn: {0}).", \
      "The organisation is on the superior committee's online pilot list (selected on {0}).") \
    X(pilot_listed_undated, "online.authorisation", "not_evaluated", "", "", \
      "Tổ chức có trong danh sách thí điểm sinh hoạt trực tuyến, nhưng không rõ ngày được chọn: chưa xác định được đã được chọn trước ngày họp hay chưa.", \
      "The organisation is on the online pilot list, but the date it was chosen is not given: whether it was chosen before the meeting cannot be told.") \
    X(pilot_not_listed, "online.authorisation", "violated", "", "", \
      "Tổ chức không có trong danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn.", \
      "The organisation is not on the superior committee's online pilot list.") \
    X(pilot_listed_after_meeting, "online.authorisation", "violated", "selected_on:date,meeting_date:date", "selected_on>meeting_date", \
      "Tổ chức chỉ được chọn thí điểm ngày {0}, sau ngày họp {1}.", \
      "The organisation was only selected for the pilot on {0}, after the meeting on {1}.") \
    X(decision_in_force, "online.authorisation", "passed", "ground:ground,decided_on:date", "", \
      "Cấp uỷ cấp trên trực tiếp đã quyết định ngày {1} cho hoàn cảnh \"{0}\".", \
      "The directly superior committee decided on {1} for the circumstance \"{0}\".") \
    X(decision_missing, "online.authorisation", "violated", "ground:ground", "", \
      "Không có quyết định của cấp uỷ cấp trên trực tiếp cho hoàn cảnh \"{0}\" còn hiệu lực vào ngày họp.", \
      "No decision of the directly superior committee for the circumstance \"{0}\" is in force on the meeting date.") \
    X(infrastructure_ready, "online.infrastructure", "passed", "", "", \
      "Có đủ trang thiết bị kết nối internet và đường truyền ổn định.", \
      "Devices connected to the internet and a stable connection are in place.") \
    X(infrastructure_missing, "online.infrastructure", "violated", "missing:infrastructure", "", \
      "Thiếu điều kiện hạ tầng: {0}.", \
      "Infrastructure missing: {0}.") \
    X(platform_compliant, "online.platform", "passed", "", "", \
      "Phần mềm của nhà cung cấp có trụ sở tại Việt Nam, hoạt động theo pháp luật Việt Nam, tuân thủ Luật An ninh mạng.", \
      "The software's provider is headquartered in Vietnam, operates under Vietnamese law and complies with the Cybersecurity Law.") \
    X(platform_not_compliant, "online.platform", "violated", "missing:platform", "", \
      "Phần mềm hội họp không đáp ứng: {0}.", \
      "The meeting platform fails: {0}.") \
    X(form_in_person, "online.form", "passed", "", "", \
      "Sinh hoạt trực tiếp: các quy định thí điểm không hạn chế.", \
      "An in-person meeting: the pilot rules impose no restriction.") \
    X(form_hybrid, "online.form", "passed", "", "", \
      "Kết hợp trực tiếp và trực tuyến là hình thức thông thường.", \
      "Hybrid (in person and online) is the normal form.") \
    X(form_fully_online_justified, "online.form", "passed", "unable:count,base:count,gathering_impossible:flag", "", \
      "Trực tuyến toàn bộ: không thể tập trung đảng viên tại cùng một địa điểm ({0}/{1} không thể dự trực tiếp; không thể tập trung: {2}).", \
      "Fully online: the members cannot be gathered at one place ({0} of {1} cannot attend in person; gathering impossible: {2}).") \
    X(form_fully_online_not_justified, "online.form", "violated", "unable:count,base:count,gathering_impossible:flag", "", \
      "Chỉ được trực tuyến toàn bộ khi tất cả đảng viên không thể tập trung tại cùng một địa điểm; {0}/{1} không thể dự trực tiếp; không thể tập trung: {2}.", \
      "Fully online only when the members cannot be gathered at one place at all; {0} of {1} cannot attend in person; gathering impossible: {2}.") \
    X(quota_within, "online.quota group.quota", "passed", "ordinal:count,limit:count,period_first:date,period_last:date", "ordinal<=limit period_first<=period_last", \
      "Lần thứ {0} trong giới hạn {1} lần ({2} – {3}).", \
      "Meeting number {0} within the limit of {1} ({2} to {3}).") \
    X(quota_exceeded, "online.quota group.quota", "violated", "ordinal:count,limit:count,period_first:date,period_last:date", "ordinal>limit period_first<=period_last", \
      "Lần thứ {0} vượt giới hạn {1} lần ({2} – {3}).", \
      "Meeting number {0} exceeds the limit of {1} ({2} to {3}).") \
    X(quota_outside_special_circumstance, "online.quota", "not_applicable", "", "", \
      "Sinh hoạt do hoàn cảnh đặc biệt không tính vào số lần giới hạn.", \
      "A meeting on a special-circumstance ground does not use the special-nature quota.") \
    X(quota_hybrid_not_counted, "online.quota", "not_applicable", "", "", \
      "Sinh hoạt kết hợp không tính là trực tuyến theo cách hiểu của bộ quy tắc.", \
      "Under this rule set's reading a hybrid meeting does not count as online.") \
    X(quota_committee_not_counted, "online.quota", "not_applicable", "", "", \
      "Sinh hoạt cấp uỷ không tính vào số lần giới hạn theo cách hiểu của bộ quy tắc.", \
      "Under this rule set's reading committee meetings do not use the quota.") \
    X(quota_not_special_nature, "online.quota", "not_applicable", "", "", \
      "Giới hạn số lần chỉ áp dụng cho tổ chức có tính chất đặc thù.", \
      "The quota applies to special-nature organisations only.") \
    X(return_not_required, "online.return_in_person", "passed", "", "", \
      "Không có hoàn cảnh đặc biệt đã kết thúc trước ngày họp.", \
      "No special circumstance had ended before the meeting.") \
    X(return_in_person_required, "online.return_in_person", "violated", "ground:ground,ended_on:date", "", \
      "Hoàn cảnh \"{0}\" đã kết thúc ngày {1}: sau đó phải sinh hoạt trực tiếp.", \
      "The circumstance \"{0}\" ended on {1}: meetings after it must be in person.") \
    X(procedure_complete, "online.procedure", "passed", "", "", \
      "Thực hiện đầy đủ các bước như sinh hoạt trực tiếp.", \
      "All the steps of an in-person meeting are held.") \
    X(procedure_steps_missing, "online.procedure", "violated", "missing:topics", "", \
      "Thiếu các bước sinh hoạt: {0}.", \
      "Steps missing: {0}.") \
    X(group_scope_met, "group.scope", "passed", "members:count,minimum:count", "members>=minimum", \
      "Chi bộ có {0} đảng viên (từ {1} trở lên), đã thành lập tổ đảng và được chọn thí điểm.", \
      "The cell has {0} members ({1} or more), has party groups and is selected for the pilot.") \
    X(group_not_a_cell, "group.scope", "violated", "kind:organisation_kind", "", \
      "{0}: chỉ chi bộ được sinh hoạt theo tổ đảng.", \
      "A {0}: only a party cell may meet by party group.") \
    X(group_too_few_members, "group.scope", "violated", "members:count,minimum:count", "members<minimum", \
      "Chi bộ có {0} đảng viên; cần từ {1} đảng viên trở lên.", \
      "The cell has {0} members; {1} or more are required.") \
    X(group_no_party_groups, "group.scope", "violated", "", "", \
      "Chi bộ chưa thành lập tổ đảng.", \
      "The cell has not established party groups.") \
    X(group_not_selected, "group.scope", "violated", "", "", \
      "Chi bộ không có trong danh sách thí điểm sinh hoạt theo tổ đảng.", \
      "The cell is not on the party-group pilot list.") \
    X(group_selected_after_meeting, "group.scope", "violated", "selected_on:date,meeting_date:date", "selected_on>meeting_date", \
      "Chi bộ chỉ được chọn thí điểm sinh hoạt theo tổ đảng ngày {0}, sau ngày họp {1}.", \
      "The cell was only selected for the party-group pilot on {0}, after the meeting on {1}.") \
    X(preparation_held, "group.preparation", "passed", "date:date", "", \
      "Chi uỷ và tổ trưởng đã họp chuẩn bị ngày {0}, phân công chi uỷ viên dự từng tổ.", \
      "The chi uỷ and group leaders met on {0} and assigned a chi uỷ member to each group.") \
    X(preparation_missing, "group.preparation", "violated", "", "", \
      "Không có cuộc họp chuẩn bị của chi uỷ và tổ trưởng trước khi sinh hoạt tổ.", \
      "No preparation meeting of the chi uỷ and group leaders before the group meetings.") \
    X(preparation_after_group_meeting, "group.preparation", "violated", "preparation_date:date,first_group_date:date", "preparation_date>first_group_date", \
      "Họp chuẩn bị ngày {0}, sau cuộc họp tổ đầu tiên ngày {1}.", \
      "The preparation meeting on {0} came after the first group meeting on {1}.") \
    X(preparation_incomplete, "group.preparation", "violated", "leaders_absent:flag,content_not_set:flag,groups_unassigned:count", "", \
      "Họp chuẩn bị chưa đủ: tổ trưởng vắng: {0}; chưa định hướng nội dung: {1}; {2} tổ chưa được phân công chi uỷ viên dự.", \
      "Preparation incomplete: group leaders absent: {0}; content not set: {1}; {2} group(s) with no chi uỷ member assigned.") \
    X(conduct_in_order, "group.conduct", "passed", "groups:count", "", \
      "{0} tổ đảng sinh hoạt đúng trình tự, do tổ trưởng chủ trì, biên bản đầy đủ.", \
      "{0} group meeting(s) in order, chaired by the group leader, with full minutes.") \
    X(conduct_steps_missing, "group.conduct", "violated", "groups_affected:count,first_group:count,missing:topics", "", \
      "{0} tổ thiếu nội dung (ví dụ tổ {1}: {2}).", \
      "{0} group meeting(s) miss steps (e.g. group {1}: {2}).") \
    X(conduct_chair_not_group_leader, "group.conduct", "violated", "groups_affected:count,first_group:count", "", \
      "{0} tổ không do tổ trưởng chủ trì (ví dụ tổ {1}).", \
      "{0} group meeting(s) not chaired by the group leader (e.g. group {1}).") \
    X(conduct_minutes_incomplete, "group.conduct", "violated", "groups_affected:count,first_group:count", "", \
      "{0} tổ có biên bản thiếu (số đảng viên dự, ý kiến, ý kiến khác, ý kiến bảo lưu) (ví dụ tổ {1}).", \
      "{0} group meeting(s) with incomplete minutes (members present, opinions, differing and reserved opinions) (e.g. group {1}).") \
    X(no_group_meetings, "group.conduct group.report_deadline", "violated", "", "", \
      "Đợt sinh hoạt không có cuộc họp tổ nào.", \
      "The round has no group meeting.") \
    X(reports_on_time, "group.report_deadline", "passed", "groups:count,deadline_days:count", "", \
      "{0} tổ trưởng báo cáo chi uỷ chậm nhất {1} ngày sau khi họp.", \
      "{0} group leader(s) reported to the chi uỷ within {1} day(s) of the meeting.") \
    X(report_late, "group.report_deadline", "violated", "groups_affected:count,first_group:count,meeting_date:date,report_date:date,deadline_days:count", "meeting_date<report_date", \
      "{0} tổ báo cáo muộn (ví dụ tổ {1} họp {2}, báo cáo {3}; chậm nhất {4} ngày sau khi họp).", \
      "{0} group report(s) late (e.g. group {1} met on {2}, reported on {3}; at most {4} day(s) after).") \
    X(report_missing, "group.report_deadline", "violated", "groups_affected:count,first_group:count,due:date", "", \
      "{0} tổ chưa có báo cáo (ví dụ tổ {1}, hạn {2}).", \
      "{0} group report(s) missing (e.g. group {1}, due {2}).") \
    X(consolidation_held, "group.consolidation", "passed", "date:date", "", \
      "Chi uỷ và tổ trưởng đã họp ngày {0}, thông qua nghị quyết và phân công nhiệm vụ.", \
      "The chi uỷ and group leaders met on {0}, passed the resolution and assigned tasks.") \
    X(consolidation_missing, "group.consolidation", "violated", "", "", \
      "Không có cuộc họp tổng hợp, thông qua nghị quyết của chi bộ sau sinh hoạt tổ.", \
      "No consolidation meeting passing the cell's resolution after the group meetings.") \
    X(consolidation_before_group_meeting, "group.consolidation", "violated", "consolidation_date:date,last_group_date:date", "consolidation_date<last_group_date", \
      "Họp tổng hợp ngày {0}, trước cuộc họp tổ cuối cùng ngày {1}.", \
      "The consolidation meeting on {0} came before the last group meeting on {1}.") \
    X(consolidation_incomplete, "group.consolidation", "violated", "leaders_absent:flag,resolution_not_passed:flag,tasks_not_assigned:flag", "", \
      "Họp tổng hợp chưa đủ: tổ trưởng vắng: {0}; chưa thông qua nghị quyết: {1}; chưa phân công nhiệm vụ: {2}.", \
      "Consolidation incomplete: group leaders absent: {0}; resolution not passed: {1}; tasks not assigned: {2}.") \
    X(round_not_given, "group.preparation group.conduct group.report_deadline group.consolidation", "not_evaluated", "", "", \
      "Chưa có dữ liệu về đợt sinh hoạt tổ đảng.", \
      "No data on the party-group round was given.") \
    X(content_allowed, "content.excluded", "passed", "", "", \
      "Nội dung không thuộc danh mục không được thực hiện.", \
      "No agenda item is excluded.") \
    X(content_excluded_topics, "content.excluded", "violated", "topics:topics", "", \
      "Nội dung không được thực hiện khi sinh hoạt trực tuyến hoặc theo tổ đảng: {0}.", \
      "Content that may not be dealt with online or by party group: {0}.") \
    X(window_inside, "pilot.window", "passed", "first:date,last:date,date:date", "first<=date date<=last first<=last", \
      "Ngày {2} trong thời gian thí điểm ({0} – {1}).", \
      "{2} is within the pilot period ({0} to {1}).") \
    X(window_outside, "pilot.window", "not_covered", "first:date,last:date,date:date", "", \
      "Ngày {2} ngoài thời gian thí điểm ({0} – {1}): bộ quy tắc không áp dụng.", \
      "{2} is outside the pilot period ({0} to {1}): the rule set does not cover it.") \
    X(selection_met, "pilot.selection", "passed", "online:count,group:count", "", \
      "Đã chọn {0} tổ chức thí điểm sinh hoạt trực tuyến, {1} tổ chức sinh hoạt theo tổ đảng, gửi danh sách đúng hạn.", \
      "{0} organisation(s) chosen for online meetings and {1} for party-group meetings, list sent in time.") \
    X(selection_too_few_online, "pilot.selection", "violated", "online:count,minimum:count", "online<minimum", \
      "Chỉ chọn {0} tổ chức đủ điều kiện thí điểm sinh hoạt trực tuyến; cần ít nhất {1}.", \
      "Only {0} eligible organisation(s) chosen for online meetings; at least {1} required.") \
    X(selection_too_few_group, "pilot.selection", "violated", "group:count,minimum:count", "group<minimum", \
      "Chỉ chọn {0} tổ chức đủ điều kiện thí điểm sinh hoạt theo tổ đảng; cần ít nhất {1}.", \
      "Only {0} eligible organisation(s) chosen for party-group meetings; at least {1} required.") \
    X(selection_late, "pilot.selection", "violated", "submitted_on:date,deadline:date", "submitted_on>=deadline", \
      "Danh sách gửi ngày {0}, không trước ngày {1}.", \
      "The list was sent on {0}, not before {1}.") \
    X(selection_not_sent, "pilot.selection", "violated", "deadline:date", "", \
      "Danh sách tổ chức thí điểm chưa được gửi (hạn: trước ngày {0}).", \
      "The list of pilot organisations was not sent (due before {0}).") \
    X(selection_not_required, "pilot.selection", "not_applicable", "", "", \
      "Bộ quy tắc không đặt yêu cầu tối thiểu cho đơn vị này.", \
      "The rule set sets no minimum for this unit.") \
    X(registration_done, "pilot.registration", "passed", "", "", \
      "Lịch sinh hoạt đã đăng ký với cấp uỷ cấp trên.", \
      "The meeting schedule was registered with the superior committee.") \
    X(registration_missing, "pilot.registration", "violated", "", "", \
      "Lịch sinh hoạt chưa đăng ký với cấp uỷ cấp trên để cử người dự.", \
      "The meeting schedule was not registered with the superior committee.") \
    X(registration_not_required, "pilot.registration", "not_applicable", "", "", \
      "Bộ quy tắc không yêu cầu đăng ký lịch sinh hoạt.", \
      "The rule set does not require schedules to be registered.") \
    X(reporting_not_due, "pilot.reporting", "not_applicable", "last:date", "", \
      "Chưa đến hạn tổng kết (thí điểm kéo dài đến {0}).", \
      "The final report is not due yet (the pilot runs to {0}).") \
    X(reporting_done, "pilot.reporting", "passed", "report_date:date", "", \
      "Đã gửi báo cáo đánh giá kết quả thí điểm ngày {0}.", \
      "The evaluation report was sent on {0}.") \
    X(reporting_outstanding, "pilot.reporting", "violated", "last:date", "", \
      "Thí điểm kết thúc ngày {0} nhưng chưa gửi báo cáo đánh giá kết quả.", \
      "The pilot ended on {0} but no evaluation report was sent.") \
    X(reporting_not_required, "pilot.reporting", "not_applicable", "", "", \
      "Bộ quy tắc không yêu cầu đơn vị gửi báo cáo tổng kết.", \
      "The rule set does not ask units for a final report.") \
    X(not_online_meeting, "online.form online.quota", "not_applicable", "form:meeting_form", "", \
      "Sinh hoạt {0}: quy định về sinh hoạt trực tuyến không áp dụng.", \
      "A meeting held {0}: the online-meeting rules do not apply.") \
    X(not_group_meeting, "group.quota", "not_applicable", "form:meeting_form", "", \
      "Sinh hoạt {0}: quy định về sinh hoạt theo tổ đảng không áp dụng.", \
      "A meeting held {0}: the party-group rules do not apply.") \
    X(parameter_not_in_force, "online.scope.majority online.scope.ground online.form online.quota online.procedure group.scope group.quota group.conduct group.report_deadline content.excluded", "not_covered", "date:date", "", \
      "Bộ quy tắc không có giá trị tham số hiệu lực vào ngày {0}.", \
      "The rule set has no parameter value in force on {0}.") \
    X(pilot_not_covered, "pilot.window", "not_covered", "pilot:pilot", "", \
      "Bộ quy tắc này không quy định về {0}: cuộc họp nằm ngoài phạm vi của bộ quy tắc.", \
      "This rule set does not speak of {0}: the meeting is outside what it covers.") \
    X(group_scope_met_unlisted, "group.scope", "passed", "members:count,minimum:count", "members>=minimum", \
      "Chi bộ có {0} đảng viên (từ {1} trở lên), đã thành lập tổ đảng; bộ quy tắc không đòi danh sách thí điểm.", \
      "The cell has {0} members ({1} or more) and has party groups; the rule set asks for no pilot list.") \
    X(pilot_covered, "pilot.window", "passed", "pilot:pilot", "", \
      "Bộ quy tắc quy định về {0}.", \
      "The rule set speaks of {0}.") \
    X(group_selected_undated, "group.scope", "not_evaluated", "", "", \
      "Chi bộ có trong danh sách thí điểm sinh hoạt theo tổ đảng, nhưng không rõ ngày được chọn: chưa xác định được đã được chọn trước ngày họp hay chưa.", \
      "The cell is on the party-group pilot list, but the date it was chosen is not given: whether it was chosen before the meeting cannot be told.") \
    X(consolidation_before_report, "group.consolidation", "violated", "consolidation_date:date,last_report_date:date", "consolidation_date<last_report_date", \
      "Họp tổng hợp ngày {0}, trước báo cáo cuối cùng của tổ trưởng ngày {1}: chi uỷ chưa có đủ kết quả để tổng hợp.", \
      "The consolidation meeting on {0} came before the last group leader's report on {1}: the chi uỷ could not yet take in every result.") \
    X(reporting_before_end, "pilot.reporting", "violated", "report_date:date,last:date", "report_date<=last", \
      "Báo cáo ngày {0} gửi trước khi thí điểm kết thúc ngày {1}: không phải báo cáo đánh giá kết quả thí điểm.", \
      "The report of {0} was sent before the pilot ended on {1}: it is not the final evaluation report.") \
    X(pilot_list_not_required, "online.authorisation", "passed", "", "", \
      "Bộ quy tắc không đòi danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn.", \
      "The rule set asks for no superior committee's list of online pilot organisations.") \
    X(ground_out_of_season, "online.scope.ground", "violated", "ground:ground,first_day:count,first_month:count,last_day:count,last_month:count", "", \
      "Căn cứ \"{0}\" chỉ áp dụng trong thời gian nghỉ hè ({1}/{2} – {3}/{4}); ngày họp ngoài thời gian đó.", \
      "The ground \"{0}\" holds only in the summer break ({1}/{2} to {3}/{4} each year); the meeting is outside it.") \
    X(form_online_attendance_unknown, "online.form", "not_evaluated", "", "", \
      "Không nêu số đảng viên dự trực tuyến: chưa xác định được chỉ đảng viên có căn cứ mới dự trực tuyến.", \
      "How many members joined online is not stated: whether only members with an accepted ground joined online cannot be told.") \
    X(form_online_exceeds_unable, "online.form", "violated", "online:count,unable:count", "online>unable", \
      "{0} đảng viên dự trực tuyến, nhiều hơn {1} đảng viên không thể dự trực tiếp vì căn cứ được chấp nhận.", \
      "{0} members joined online, more than the {1} unable to attend in person on an accepted ground.") \
    X(form_hybrid_within, "online.form", "passed", "online:count,unable:count", "online<=unable", \
      "Kết hợp trực tiếp và trực tuyến: {0} đảng viên dự trực tuyến, trong số {1} đảng viên không thể dự trực tiếp vì căn cứ được chấp nhận.", \
      "Hybrid: {0} members joined online, of the {1} unable to attend in person on an accepted ground.") \
    X(return_circumstance_stated, "online.return_in_person", "passed", "ground:ground", "", \
      "Cuộc họp xác nhận hoàn cảnh \"{0}\" vẫn đang diễn ra vào ngày họp.", \
      "The meeting states that the circumstance \"{0}\" was still going on that day.") \
    X(return_circumstance_open, "online.return_in_person", "not_evaluated", "ground:ground,from:date", "", \
      "Quyết định cho hoàn cảnh \"{0}\" (từ {1}) không nêu ngày kết thúc và cuộc họp không xác nhận hoàn cảnh còn diễn ra: chưa xác định được đã phải trở lại sinh hoạt trực tiếp hay chưa.", \
      "The decision for the circumstance \"{0}\" (from {1}) states no end and the meeting does not state that it is still going on: whether meetings had to return to in person cannot be told.") \
    X(return_circumstance_unknown, "online.return_in_person", "not_evaluated", "ground:ground", "", \
      "Không có quyết định nào cho hoàn cảnh \"{0}\" và cuộc họp không xác nhận hoàn cảnh còn diễn ra.", \
      "No decision for the circumstance \"{0}\" is given and the meeting does not state that it is still going on.") \
    X(round_spans_months, "group.conduct", "violated", "first:date,last:date", "first<last", \
      "Đợt sinh hoạt tổ đảng kéo dài từ {0} đến {1}: các cuộc họp tổ của một đợt thay cho một kỳ sinh hoạt chi bộ phải trong cùng tháng.", \
      "The round runs from {0} to {1}: the tổ meetings of one round replace one cell meeting and fall in one month.") \
    X(round_too_long, "group.conduct", "violated", "first:date,last:date,max_days:count", "first<=last", \
      "Đợt sinh hoạt tổ đảng kéo dài từ {0} đến {1}, quá {2} ngày.", \
      "The round runs from {0} to {1}, more than {2} days.") \
    X(round_groups_unknown, "group.conduct", "not_evaluated", "met:count", "", \
      "{0} tổ đảng đã họp, nhưng không rõ chi bộ có bao nhiêu tổ đảng: chưa xác định được mọi tổ đã họp hay chưa.", \
      "{0} tổ đảng met, but how many the cell has is not stated: whether every tổ met cannot be told.") \
    X(round_groups_missing, "group.conduct", "violated", "met:count,groups:count", "met<groups", \
      "Chỉ {0}/{1} tổ đảng họp trong đợt: mọi tổ đảng phải họp.", \
      "Only {0} of the {1} tổ đảng met in the round: every tổ meets.") \
    X(group_meeting_online, "pilot.window", "not_covered", "group:count,form:meeting_form", "", \
      "Cuộc họp của tổ {0} tổ chức theo hình thức {1}: sinh hoạt tổ đảng là trực tiếp, không thuộc thí điểm nào.", \
      "The meeting of tổ {0} was held {1}: tổ meetings are in person, and neither pilot covers this one.") \
    X(registration_group_missing, "pilot.registration", "violated", "groups_affected:count,first_group:count", "", \
      "{0} cuộc họp tổ chưa đăng ký với cấp uỷ cấp trên (đầu tiên: tổ {1}): mỗi cuộc họp tổ phải đăng ký.", \
      "{0} tổ meeting(s) not registered with the superior committee (first: tổ {1}): each tổ meeting is registered.") \
    X(procedure_minutes_missing, "online.procedure", "violated", "", "", \
      "Không có biên bản cuộc họp trực tuyến (ghi số đảng viên dự, các ý kiến, ý kiến khác nhau và bảo lưu).", \
      "No minutes of the online meeting are recorded (members present, opinions, differing and reserved opinions).") \
    X(procedure_minutes_incomplete, "online.procedure", "violated", "members_not_recorded:flag,opinions_not_recorded:flag,differing_not_recorded:flag,reserved_not_recorded:flag", "", \
      "Biên bản chưa đầy đủ: thiếu số đảng viên dự: {0}; thiếu ý kiến phát biểu: {1}; thiếu ý kiến khác nhau: {2}; thiếu ý kiến bảo lưu: {3}.", \
      "The minutes are incomplete: members present missing: {0}; opinions missing: {1}; differing opinions missing: {2}; reserved opinions missing: {3}.") \
    X(pilot_listed_through_parent, "online.authorisation", "passed", "selected_on:date", "", \
      "Chi bộ trực thuộc đảng bộ cơ sở có trong danh sách thí điểm sinh hoạt trực tuyến (ngày chọn: {0}).", \
      "The cell belongs to a grassroots committee on the online pilot list (selected on {0}).") \
    X(selection_none_eligible, "pilot.selection", "not_applicable", "pilot:pilot", "", \
      "Đơn vị xác nhận không có tổ chức đảng nào đủ điều kiện {0}: không áp dụng số lượng tối thiểu.", \
      "The unit states that none of its organisations is eligible for {0}: the minimum does not apply.") \
    X(procedure_minutes_not_stated, "online.procedure", "not_evaluated", "", "", \
      "Hồ sơ cuộc họp trực tuyến không nêu biên bản: chưa xác định được biên bản có ghi số đảng viên dự và các ý kiến hay không.", \
      "The record of the online meeting does not state its minutes: whether they record members present and opinions cannot be told.") \
    X(window_inside_open, "pilot.window", "passed", "first:date,date:date", "first<=date", \
      "Ngày {1} trong thời kỳ áp dụng từ {0}, đến khi có quy định, hướng dẫn mới.", \
      "{1} is within the period that runs from {0} until new rules are issued.") \
    X(window_before, "pilot.window", "not_covered", "first:date,date:date", "date<first", \
      "Ngày {1} trước thời kỳ áp dụng đầu tiên của bộ quy tắc (từ {0}): bộ quy tắc không áp dụng.", \
      "{1} is before the rule set's first period (from {0}): the rule set does not cover it.") \
    X(window_gap, "pilot.window", "not_covered", "previous_last:date,next_first:date,date:date", "previous_last<date date<next_first", \
      "Ngày {2} nằm giữa hai thời kỳ áp dụng (hết {0}; từ {1}): không có văn bản làm căn cứ, không thuộc phạm vi thí điểm.", \
      "{2} falls between two periods (ended {0}; from {1}): no text is a basis for it, so the pilot does not cover it.") \
    X(window_succeeded, "pilot.window", "not_covered", "last:date,since:date,date:date", "last<date since<=date", \
      "Ngày {2} sau thời kỳ áp dụng của bộ quy tắc (hết {0}); từ {1} bộ quy tắc kế tiếp điều chỉnh (xem governed_by của kết luận).", \
      "{2} is after the rule set's periods (ended {0}); from {1} its successor governs (see the verdict's governed_by).") \
    X(reporting_pilot_ongoing, "pilot.reporting", "not_applicable", "first:date", "", \
      "Thí điểm tiếp tục từ {0}, đến khi có quy định, hướng dẫn mới: chưa đến hạn báo cáo tổng kết.", \
      "The pilot goes on from {0} until new rules are issued: no final report is due yet.") \
    X(pilot_listed_before_period, "online.authorisation", "violated", "selected_on:date,period_first:date", "selected_on<period_first", \
      "Tổ chức được chọn ngày {0}, trước thời kỳ áp dụng bắt đầu từ {1}; theo cách hiểu đang dùng, việc chọn không chuyển sang thời kỳ này.", \
      "The organisation was chosen on {0}, before the period that began on {1}; under the reading in use, a choice does not carry over into it.") \
    X(group_selected_before_period, "group.scope", "violated", "selected_on:date,period_first:date", "selected_on<period_first", \
      "Chi bộ được chọn ngày {0}, trước thời kỳ áp dụng bắt đầu từ {1}; theo cách hiểu đang dùng, việc chọn không chuyển sang thời kỳ này.", \
      "The cell was chosen on {0}, before the period that began on {1}; under the reading in use, a choice does not carry over into it.") \
    X(selection_after_reorganisation, "pilot.selection", "not_applicable", "", "", \
      "Danh sách do cấp uỷ sau sắp xếp năm 2025 lập: không áp dụng số lượng tối thiểu và hạn gửi danh sách của năm 2023 (chỉ ràng buộc cấp huyện).", \
      "A list made by a committee after the 2025 reorganisation: the 2023 minimum and list deadline (which bound the districts) do not apply.") \
    X(platform_not_stated, "online.platform", "not_evaluated", "", "", \
      "Hồ sơ không nêu phần mềm họp trực tuyến đáp ứng những yêu cầu nào: chưa xác định được.", \
      "The record does not state which requirements the meeting software meets: it cannot be told.") \
    X(infrastructure_not_stated, "online.infrastructure", "not_evaluated", "", "", \
      "Hồ sơ không nêu hạ tầng kỹ thuật cho các đảng viên dự trực tuyến: chưa xác định được.", \
      "The record does not state what is in place for the members online: it cannot be told.") \
    X(registration_not_stated, "pilot.registration", "not_evaluated", "", "", \
      "Hồ sơ không nêu lịch sinh hoạt đã đăng ký với cấp uỷ cấp trên hay chưa: chưa xác định được.", \
      "The record does not state whether the schedule was registered with the superior committee: it cannot be told.") \
    X(registration_group_not_stated, "pilot.registration", "not_evaluated", "groups_affected:count,first_group:count", "", \
      "{0} cuộc họp tổ không nêu đã đăng ký hay chưa (ví dụ tổ {1}): chưa xác định được.", \
      "{0} group meeting(s) do not state whether they were registered (e.g. group {1}): it cannot be told.") \
    X(conduct_chair_not_stated, "group.conduct", "not_evaluated", "groups_affected:count,first_group:count", "", \
      "{0} cuộc họp tổ không nêu tổ trưởng có chủ trì hay không (ví dụ tổ {1}): chưa xác định được.", \
      "{0} group meeting(s) do not state whether the group leader chaired (e.g. group {1}): it cannot be told.") \
    X(preparation_assignment_not_stated, "group.preparation", "not_evaluated", "groups_affected:count,first_group:count", "", \
      "{0} cuộc họp tổ không nêu có đồng chí chi uỷ viên được phân công dự hay không (ví dụ tổ {1}): chưa xác định được.", \
      "{0} group meeting(s) do not state whether a chi uỷ member was assigned to them (e.g. group {1}): it cannot be told.") \
    X(preparation_not_stated, "group.preparation", "not_evaluated", "", "", \
      "Hồ sơ không nêu cuộc họp chuẩn bị của chi uỷ với tổ trưởng: chưa xác định được.", \
      "The record does not state the chi uỷ's preparation meeting with the group leaders: it cannot be told.") \
    X(consolidation_not_stated, "group.consolidation", "not_evaluated", "", "", \
      "Hồ sơ không nêu cuộc họp tổng hợp của chi uỷ với tổ trưởng: chưa xác định được.", \
      "The record does not state the chi uỷ's consolidation meeting with the group leaders: it cannot be told.") \
    X(report_not_stated, "group.report_deadline", "not_evaluated", "groups_affected:count,first_group:count", "", \
      "{0} cuộc họp tổ không nêu tổ trưởng đã báo cáo chi uỷ hay chưa (ví dụ tổ {1}): chưa xác định được.", \
      "{0} group meeting(s) do not state whether the group leader reported to the chi uỷ (e.g. group {1}): it cannot be told.") \
    X(form_fully_online_decided, "online.form", "passed", "ground:ground,decided_on:date", "", \
      "Trực tuyến toàn bộ: quyết định ngày {1} của cấp uỷ cấp trên về \"{0}\" xác định không thể tập trung đảng viên tại cùng một địa điểm.", \
      "Fully online: the superior committee's decision of {1} on \"{0}\" finds that the members cannot be gathered at one place.") \
    X(form_gathering_not_stated, "online.form", "not_evaluated", "ground:ground,decided_on:date", "", \
      "Quyết định ngày {1} về \"{0}\" không nêu có thể tập trung đảng viên hay không, và không phải tất cả đảng viên đều không thể dự trực tiếp: chưa xác định được việc họp trực tuyến toàn bộ.", \
      "The decision of {1} on \"{0}\" does not say whether the members can be gathered, and not every member is unable to attend: whether meeting fully online was justified cannot be told.") \
    X(pilot_listed_before_guidance, "online.authorisation", "not_evaluated", "selected_on:date,earliest_source:date", "selected_on<earliest_source", \
      "Tổ chức được ghi là chọn ngày {0}, trước văn bản hướng dẫn sớm nhất ({1}): việc chọn đó không phải theo hướng dẫn, chưa đủ căn cứ.", \
      "The organisation is recorded as chosen on {0}, before the earliest text of the guidance ({1}): that choice was not made under it and is no evidence.") \
    X(group_listed_before_guidance, "group.scope", "not_evaluated", "selected_on:date,earliest_source:date", "selected_on<earliest_source", \
      "Chi bộ được ghi là chọn ngày {0}, trước văn bản hướng dẫn sớm nhất ({1}): việc chọn đó không phải theo hướng dẫn, chưa đủ căn cứ.", \
      "The cell is recorded as chosen on {0}, before the earliest text of the guidance ({1}): that choice was not made under it and is no evidence.") \
    X(decision_before_guidance, "online.authorisation online.form online.quota online.return_in_person", "not_evaluated", "ground:ground,decided_on:date,earliest_source:date", "decided_on<earliest_source", \
      "Quyết định về \"{0}\" ngày {1}, trước văn bản hướng dẫn sớm nhất ({2}): không phải quyết định theo hướng dẫn, chưa đủ căn cứ.", \
      "The decision on \"{0}\" of {1} predates the earliest text of the guidance ({2}): it was not made under it and is no evidence.") \
    X(decision_unreferenced, "online.authorisation online.form online.quota online.return_in_person", "not_evaluated", "ground:ground,decided_on:date", "", \
      "Quyết định ngày {1} về \"{0}\" không có số hiệu: số hiệu và ngày là căn cứ của quyết định, chưa xác định được.", \
      "The decision of {1} on \"{0}\" has no reference: a reference and a date are the evidence of a decision; it cannot be told.") \
    X(decision_in_force_until, "online.authorisation", "passed", "ground:ground,decided_on:date,from:date,until:date", "from<=until", \
      "Cấp uỷ cấp trên trực tiếp quyết định ngày {1} cho hoàn cảnh \"{0}\", từ {2} đến {3}.", \
      "The directly superior committee decided on {1} for the circumstance \"{0}\", from {2} to {3}.") \
    X(decision_in_force_open, "online.authorisation", "passed", "ground:ground,decided_on:date,from:date", "", \
      "Cấp uỷ cấp trên trực tiếp quyết định ngày {1} cho hoàn cảnh \"{0}\", từ {2}, không nêu ngày kết thúc.", \
      "The directly superior committee decided on {1} for the circumstance \"{0}\", from {2}, with no end stated.") \
    X(registration_general_meeting_not_listed, "pilot.registration", "not_applicable", "", "", \
      "Bộ quy tắc chỉ yêu cầu đăng ký lịch họp cấp uỷ, sinh hoạt chi bộ trực tuyến và sinh hoạt tổ đảng: hội nghị đảng bộ cơ sở không thuộc danh sách.", \
      "The rule set asks registration of cấp uỷ meetings, online chi bộ meetings and tổ đảng meetings only: a đảng bộ cơ sở's general meeting is not among them.") \
    X(preparation_too_early, "group.preparation", "violated", "preparation_date:date,first_group_date:date,max_days:count", "preparation_date<first_group_date", \
      "Họp chuẩn bị ngày {0}, quá {2} ngày trước cuộc họp tổ đầu tiên ngày {1}: không phải chuẩn bị của đợt này.", \
      "The preparation meeting on {0} is more than {2} days before the first group meeting on {1}: it does not prepare this round.") \
    X(consolidation_too_late, "group.consolidation", "violated", "consolidation_date:date,last_report_date:date,max_days:count", "last_report_date<consolidation_date", \
      "Họp tổng hợp ngày {0}, quá {2} ngày sau báo cáo cuối cùng của tổ trưởng (hoặc cuộc họp tổ cuối cùng) ngày {1}.", \
      "The consolidation meeting on {0} is more than {2} days after the last group leader's report (or last group meeting) on {1}.") \
    X(consolidation_timing_not_stated, "group.consolidation", "not_evaluated", "consolidation_date:date,reports_unstated:count,max_days:count", "", \
      "Họp tổng hợp ngày {0}, quá {2} ngày sau cuộc họp tổ cuối cùng, và {1} báo cáo của tổ trưởng không rõ ngày: chưa xác định được có trong {2} ngày sau báo cáo cuối cùng hay không.", \
      "The consolidation meeting on {0} is more than {2} days after the last group meeting and {1} group leader report(s) have no date: whether it is within {2} days of the last report cannot be told.") \
    X(group_too_few_groups, "group.scope", "violated", "groups:count", "", \
      "Chi bộ chỉ có {0} tổ đảng: sinh hoạt theo các tổ đảng cần ít nhất 2 tổ.", \
      "The cell has only {0} tổ đảng: meeting by party groups needs at least 2.") \
    X(reporting_duty_not_stated, "pilot.reporting", "not_evaluated", "", "", \
      "Các văn bản được lưu của bộ quy tắc không nói đến báo cáo tổng kết: chưa đánh giá.", \
      "The texts held of the rule set do not speak of a final report: not evaluated.") \
    X(reporting_no_deadline, "pilot.reporting", "not_evaluated", "last:date", "", \
      "Thí điểm kết thúc ngày {0}, chưa có báo cáo tổng kết gửi sau ngày đó; bộ quy tắc không nêu hạn gửi: chưa thể coi là chậm.", \
      "The pilot ended on {0} and no final report sent after that day is recorded; the rule set states no deadline: it cannot be called late.") \
    X(reporting_due_later, "pilot.reporting", "not_applicable", "last:date,due:date", "last<due", \
      "Thí điểm kết thúc ngày {0}; hạn gửi báo cáo tổng kết là {1}: chưa đến hạn.", \
      "The pilot ended on {0}; the final report is due by {1}: not due yet.") \
    X(reporting_overdue, "pilot.reporting", "violated", "last:date,due:date", "last<due", \
      "Thí điểm kết thúc ngày {0}, đã quá hạn gửi báo cáo tổng kết {1} nhưng chưa gửi.", \
      "The pilot ended on {0} and the final report, due by {1}, was not sent.") \
    X(selection_not_yet_due, "pilot.selection", "not_applicable", "deadline:date", "", \
      "Danh sách chưa gửi, nhưng chưa đến hạn (trước ngày {0}).", \
      "The list is not sent yet, and is not due yet (before {0}).") \
    X(selection_choice_not_shown, "pilot.selection", "not_evaluated", "pilot:pilot,counted:count,not_shown:count,minimum:count", "counted<minimum", \
      "Thí điểm {0}: {1} tổ chức có hồ sơ ghi được chọn đến ngày lập danh sách; {2} tổ chức khác không ghi ngày chọn hoặc ghi ngày trước khi có hướng dẫn: chưa xác định được có đủ {3} tổ chức hay không.", \
      "Pilot {0}: {1} organisation(s) whose record says they were chosen by the list's day; {2} other(s) give no day of choice, or one before the guidance: whether the list holds {3} cannot be told.") \
    X(quota_exemption_not_shown, "online.quota", "not_evaluated", "lowest:count,highest:count,limit:count,period_first:date,period_last:date", "lowest<=limit limit<highest period_first<=period_last", \
      "Cuộc họp là lần thứ {0} đến {1} trong kỳ {3}–{4} (giới hạn {2}): một số cuộc họp trước vì hoàn cảnh đặc biệt có quyết định không ghi thời hạn và biên bản không nêu hoàn cảnh còn kéo dài, nên chưa rõ có được trừ khỏi số lần hay không.", \
      "The meeting is number {0} to {1} of the period {3} to {4} (limit {2}): some earlier special-circumstance meetings come under a decision with no end and their records do not state the circumstance was ongoing, so whether they are left out of the count cannot be told.") \
    X(majority_decision_not_evidence, "online.scope.majority", "not_evaluated", "unable:count,doubtful:count,base:count,required:count", "unable<required", \
      "{0}/{2} đảng viên không thể sinh hoạt trực tiếp vì căn cứ được chấp nhận, và {1} đảng viên khác theo quyết định ban hành trước văn bản hướng dẫn hoặc không có số hiệu (chưa đủ căn cứ); cần ít nhất {3} (trên một nửa): chưa xác định được.", \
      "{0} of {2} members cannot meet in person on an accepted ground, and {1} more under decisions made before the guidance or with no reference (no evidence); at least {3} (more than half) are needed: it cannot be told.") \
    X(form_decision_not_evidence, "online.form", "not_evaluated", "unable:count,doubtful:count,needed:count", "unable<needed", \
      "{0} đảng viên không thể dự trực tiếp vì căn cứ được chấp nhận, và {1} đảng viên khác theo quyết định ban hành trước văn bản hướng dẫn hoặc không có số hiệu (chưa đủ căn cứ); cần {2}: chưa xác định được.", \
      "{0} members cannot attend in person on an accepted ground, and {1} more under decisions made before the guidance or with no reference (no evidence); {2} are needed: it cannot be told.")
// clang-format on

/// Why a finding has its status: selects the message template and names the values.
enum class reason : std::uint8_t {
#define SINHHOAT_X(id, rules, statuses, values, relations, vi, en) id,
    SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
};

/// A reason's labels are its message templates.
template <> struct enum_traits<reason> {
    static constexpr std::string_view name = "reason";
    static constexpr enum_label rows[] = {
#define SINHHOAT_X(id, rules, statuses, values, relations, vi, en) {#id, vi, en},
        SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
    };
};

/// One declared value of a reason.
struct value_decl {
    std::string_view name;
    value_kind kind = value_kind::count;
};

/// How two values of a finding compare.
enum class relation_op : std::uint8_t { less, less_equal, greater, greater_equal };

/// `values[left] op values[right]`, which every finding of the reason keeps.
struct value_relation {
    std::uint8_t left = 0;
    relation_op op = relation_op::less;
    std::uint8_t right = 0;
    std::string_view text; ///< as the catalogue writes it: "ordinal<=limit"

    constexpr bool holds(std::int64_t a, std::int64_t b) const noexcept {
        switch (op) {
        case relation_op::less:
            return a < b;
        case relation_op::less_equal:
            return a <= b;
        case relation_op::greater:
            return a > b;
        case relation_op::greater_equal:
            break;
        }
        return a >= b;
    }
};

/// What a reason declares: the rules that give it, the statuses it goes with, its values in
/// order, and the relations they keep.
struct reason_info {
    static constexpr std::size_t max_values = 5;
    static constexpr std::size_t max_relations = 3;

    enum_set<rule_id> rules;
    finding_status_set statuses;
    std::array<value_decl, max_values> values{};
    std::size_t value_count = 0;
    std::array<value_relation, max_relations> relations{};
    std::size_t relation_count = 0;
    bool well_formed = true; ///< every rule, status, kind and value named is known
};

namespace detail {
template <class E> constexpr E code_at(std::string_view code) noexcept {
    for (std::size_t i = 0; i < enum_count<E>(); ++i)
        if (enum_traits<E>::rows[i].code == code)
            return static_cast<E>(i);
    return static_cast<E>(enum_count<E>()); // invalid: caught by the static_assert below
}

/// The index of the value named `name` in `info`, or max_values.
constexpr std::size_t value_index(const reason_info& info, std::string_view name) noexcept {
    for (std::size_t i = 0; i < info.value_count; ++i)
        if (info.values[i].name == name)
            return i;
    return reason_info::max_values;
}

/// Calls `f` with each item of `list`, separated by `sep`.
template <class F> constexpr void for_each_item(std::string_view list, char sep, F&& f) {
    while (!list.empty()) {
        const auto end = list.find(sep);
        f(list.substr(0, end));
        list = end == std::string_view::npos ? std::string_view{} : list.substr(end + 1);
    }
}

/// `a<b`, `a<=b`, `a>b` or `a>=b` between two values of `info` of one kind, a count or a date.
constexpr value_relation parse_relation(const reason_info& info, std::string_view item,
                                        bool& well_formed) noexcept {
    value_relation r;
    r.text = item;
    const auto at = item.find_first_of("<>");
    if (at == std::string_view::npos) {
        well_formed = false;
        return r;
    }
    const bool equal = at + 1 < item.size() && item[at + 1] == '=';
    r.op = item[at] == '<' ? (equal ? relation_op::less_equal : relation_op::less)
                           : (equal ? relation_op::greater_equal : relation_op::greater);
    const auto left = value_index(info, item.substr(0, at));
    const auto right = value_index(info, item.substr(at + (equal ? 2 : 1)));
    well_formed =
        well_formed && left < info.value_count && right < info.value_count &&
        info.values[left].kind == info.values[right].kind &&
        (info.values[left].kind == value_kind::count || info.values[left].kind == value_kind::date);
    r.left = static_cast<std::uint8_t>(left);
    r.right = static_cast<std::uint8_t>(right);
    return r;
}

constexpr reason_info parse_reason(std::string_view rules, std::string_view statuses,
                                   std::string_view values, std::string_view relations) noexcept {
    reason_info info;
    for_each_item(rules, ' ', [&](std::string_view code) {
        const auto rule = code_at<rule_id>(code);
        info.well_formed = info.well_formed && is_valid(rule);
        info.rules.insert(rule);
    });
    for_each_item(statuses, ' ', [&](std::string_view code) {
        const auto status = code_at<finding_status>(code);
        info.well_formed = info.well_formed && is_valid(status);
        info.statuses.insert(status);
    });
    for_each_item(values, ',', [&](std::string_view item) {
        if (info.value_count == reason_info::max_values) {
            info.well_formed = false;
            return;
        }
        const auto colon = item.find(':');
        const auto kind = colon == std::string_view::npos
                              ? static_cast<value_kind>(enum_count<value_kind>())
                              : code_at<value_kind>(item.substr(colon + 1));
        info.well_formed = info.well_formed && is_valid(kind) && colon != 0;
        info.values[info.value_count++] = {item.substr(0, colon), kind};
    });
    for_each_item(relations, ' ', [&](std::string_view item) {
        if (info.relation_count == reason_info::max_relations) {
            info.well_formed = false;
            return;
        }
        info.relations[info.relation_count++] = parse_relation(info, item, info.well_formed);
    });
    return info;
}

inline constexpr reason_info reason_infos[] = {
#define SINHHOAT_X(id, rules, statuses, values, relations, vi, en)                                 \
    parse_reason(rules, statuses, values, relations),
    SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
};

constexpr bool reasons_well_declared() noexcept {
    for (const auto& info : reason_infos)
        if (!info.well_formed || info.statuses.empty() || info.rules.empty())
            return false;
    return true;
}
static_assert(reasons_well_declared(),
              "every reason names known rules, statuses, value kinds and related values");
} // namespace detail

/// The declaration of `r`: its statuses and values (nothing for a value cast out of range).
constexpr reason_info info_of(reason r) noexcept {
    return is_valid(r) ? detail::reason_infos[static_cast<std::size_t>(r)] : reason_info{};
}

} // namespace sinhhoat
