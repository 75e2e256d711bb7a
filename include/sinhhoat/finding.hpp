#pragma once
// Findings are data: a rule, a status, a reason and the numbers used. Vietnamese and English
// text is rendered from static templates only when asked for, so checking allocates no strings.

#include <array>
#include <cstdint>
#include <ostream>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/detail/static_vector.hpp>
#include <string>
#include <string_view>

namespace sinhhoat {

/// The catalogue's rule IDs; `to_code` gives the ID (`online.quota`).
enum class rule_id : std::uint8_t {
    online_scope_org_kind,
    online_scope_majority,
    online_scope_ground,
    online_authorisation,
    online_infrastructure,
    online_platform,
    online_form,
    online_quota,
    online_return_in_person,
    online_procedure,
    group_scope,
    group_quota,
    group_preparation,
    group_conduct,
    group_report_deadline,
    group_consolidation,
    content_excluded,
    pilot_window,
    pilot_selection,
    pilot_registration,
    pilot_reporting,
};
template <> struct enum_traits<rule_id> {
    static constexpr std::string_view name = "rule_id";
    static constexpr enum_label rows[] = {
        {"online.scope.org_kind", "Phạm vi: loại tổ chức đảng", "Scope: kind of organisation"},
        {"online.scope.majority", "Phạm vi: trên một nửa số đảng viên",
         "Scope: more than half of the members"},
        {"online.scope.ground", "Phạm vi: căn cứ sinh hoạt trực tuyến", "Scope: ground"},
        {"online.authorisation", "Thẩm quyền cho phép", "Authorisation"},
        {"online.infrastructure", "Hạ tầng công nghệ thông tin", "IT infrastructure"},
        {"online.platform", "Phần mềm hội họp trực tuyến", "Meeting platform"},
        {"online.form", "Hình thức sinh hoạt", "Form of the meeting"},
        {"online.quota", "Số lần sinh hoạt trực tuyến trong năm", "Online meetings a year"},
        {"online.return_in_person", "Trở lại sinh hoạt trực tiếp", "Return to in-person meetings"},
        {"online.procedure", "Các bước sinh hoạt", "Meeting procedure"},
        {"group.scope", "Phạm vi sinh hoạt theo tổ đảng", "Scope of party-group meetings"},
        {"group.quota", "Số lần sinh hoạt theo tổ đảng trong năm", "Party-group rounds a year"},
        {"group.preparation", "Họp chuẩn bị trước khi sinh hoạt tổ", "Preparation meeting"},
        {"group.conduct", "Trình tự sinh hoạt tổ đảng", "Conduct of the party-group meeting"},
        {"group.report_deadline", "Thời hạn báo cáo của tổ trưởng",
         "Group leader's report deadline"},
        {"group.consolidation", "Họp tổng hợp, thông qua nghị quyết", "Consolidation meeting"},
        {"content.excluded", "Nội dung không thực hiện", "Excluded content"},
        {"pilot.window", "Thời gian thí điểm", "Pilot period"},
        {"pilot.selection", "Lựa chọn tổ chức thí điểm", "Selection of pilot organisations"},
        {"pilot.registration", "Đăng ký lịch sinh hoạt", "Registration of meeting schedules"},
        {"pilot.reporting", "Báo cáo tổng kết thí điểm", "Final evaluation report"},
    };
    /// The clause of the source text each rule rests on (Cao Bằng numbering, which is HD03's).
    static constexpr std::string_view clauses[] = {
        "II.1.1; II.2 ý 1",
        "II.1.1",
        "II.1.1 a), b)",
        "III.1",
        "II.2 ý 1",
        "II.2 ý 1",
        "II.2 ý 2",
        "II.2 ý 3",
        "II.2 ý 4",
        "II.4.1",
        "II.1.2",
        "II.2 ý 5",
        "II.4.2 ý 1",
        "II.4.2 ý 2",
        "II.4.2 ý 2",
        "II.4.2 ý 3",
        "II.3.1; II.3.2",
        "III (thời gian thực hiện)",
        "III.1",
        "08-HD/ĐUK (Nghệ An Khối)",
        "III (đoạn cuối)",
    };
};
static_assert(sizeof(enum_traits<rule_id>::clauses) / sizeof(std::string_view) ==
              sizeof(enum_traits<rule_id>::rows) / sizeof(enum_label));

/// The clause a rule rests on, e.g. `"II.2 ý 3"`.
constexpr std::string_view clause_of(rule_id r) noexcept {
    return is_valid(r) ? enum_traits<rule_id>::clauses[static_cast<std::size_t>(r)]
                       : std::string_view{};
}

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

/// The overall answer of a check.
enum class outcome : std::uint8_t {
    allowed,     ///< no finding is violated and the rule set covers the case
    not_allowed, ///< at least one finding is violated
    not_covered, ///< the rule set does not cover the case (and nothing is violated)
    incomplete,  ///< nothing violated, but a rule could not be evaluated for want of data
};
template <> struct enum_traits<outcome> {
    static constexpr std::string_view name = "outcome";
    static constexpr enum_label rows[] = {
        {"allowed", "được phép", "allowed"},
        {"not_allowed", "không được phép", "not allowed"},
        {"not_covered", "ngoài phạm vi bộ quy tắc", "not covered by the rule set"},
        {"incomplete", "chưa đủ dữ liệu để kết luận", "incomplete: data missing to decide"},
    };
};

/// Why a finding has its status: selects the message template and names the values. One table
/// makes the enumerators, their codes, the names of their values and their Vietnamese and
/// English templates, so none can drift from another.
/// Placeholders: {nK} number, {dK} date, {oK} organisation kind, {gK} ground, {fK} form,
/// {tK} topic set, {iK} infrastructure set, {pK} platform set, {bK} yes / no.
// clang-format off
#define SINHHOAT_REASONS(X) \
    X(org_kind_in_scope, "kind", \
      "{o0} thuộc phạm vi thí điểm sinh hoạt trực tuyến.", \
      "A {o0} is within the scope of online meetings.") \
    X(org_kind_out_of_scope, "kind", \
      "{o0} không thuộc phạm vi: chỉ đảng bộ cơ sở, chi bộ được thí điểm sinh hoạt trực tuyến.", \
      "A {o0} is out of scope: only a grassroots party committee or a party cell may pilot online meetings.") \
    X(majority_met, "unable,base,exempted,suspended", \
      "{n0}/{n1} đảng viên (đã trừ {n2} miễn sinh hoạt, {n3} bị đình chỉ) không thể sinh hoạt trực tiếp: trên một nửa.", \
      "{n0} of {n1} members (less {n2} exempted, {n3} suspended) cannot meet in person: more than half.") \
    X(majority_not_met, "unable,base,exempted,suspended,required", \
      "Chỉ {n0}/{n1} đảng viên (đã trừ {n2} miễn sinh hoạt, {n3} bị đình chỉ) không thể sinh hoạt trực tiếp vì căn cứ được chấp nhận; cần ít nhất {n4} (trên một nửa).", \
      "Only {n0} of {n1} members (less {n2} exempted, {n3} suspended) cannot meet in person on an accepted ground; at least {n4} (more than half) are needed.") \
    X(ground_listed, "ground", \
      "Căn cứ \"{g0}\" có trong danh sách của bộ quy tắc.", \
      "The ground \"{g0}\" is listed by the rule set.") \
    X(ground_missing, "", \
      "Cuộc họp trực tuyến không nêu căn cứ (tính chất đặc thù hoặc hoàn cảnh đặc biệt).", \
      "The online meeting states no ground (special nature or special circumstances).") \
    X(ground_not_listed, "ground", \
      "Căn cứ \"{g0}\" không có trong danh sách căn cứ của bộ quy tắc này.", \
      "The ground \"{g0}\" is not listed by this rule set.") \
    X(pilot_listed, "selected_on", \
      "Tổ chức có trong danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn (ngày chọn: {d0}).", \
      "The organisation is on the superior committee's online pilot list (selected on {d0}).") \
    X(pilot_listed_undated, "", \
      "Tổ chức có trong danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn.", \
      "The organisation is on the superior committee's online pilot list.") \
    X(pilot_not_listed, "", \
      "Tổ chức không có trong danh sách thí điểm sinh hoạt trực tuyến do cấp uỷ cấp trên lựa chọn.", \
      "The organisation is not on the superior committee's online pilot list.") \
    X(pilot_listed_after_meeting, "selected_on,meeting_date", \
      "Tổ chức chỉ được chọn thí điểm ngày {d0}, sau ngày họp {d1}.", \
      "The organisation was only selected for the pilot on {d0}, after the meeting on {d1}.") \
    X(decision_in_force, "ground,decided_on", \
      "Cấp uỷ cấp trên trực tiếp đã quyết định ngày {d1} cho hoàn cảnh \"{g0}\".", \
      "The directly superior committee decided on {d1} for the circumstance \"{g0}\".") \
    X(decision_missing, "ground", \
      "Không có quyết định của cấp uỷ cấp trên trực tiếp cho hoàn cảnh \"{g0}\" còn hiệu lực vào ngày họp.", \
      "No decision of the directly superior committee for the circumstance \"{g0}\" is in force on the meeting date.") \
    X(infrastructure_ready, "", \
      "Có đủ trang thiết bị kết nối internet và đường truyền ổn định.", \
      "Devices connected to the internet and a stable connection are in place.") \
    X(infrastructure_missing, "missing", \
      "Thiếu điều kiện hạ tầng: {i0}.", \
      "Infrastructure missing: {i0}.") \
    X(platform_compliant, "", \
      "Phần mềm của nhà cung cấp có trụ sở tại Việt Nam, hoạt động theo pháp luật Việt Nam, tuân thủ Luật An ninh mạng.", \
      "The software's provider is headquartered in Vietnam, operates under Vietnamese law and complies with the Cybersecurity Law.") \
    X(platform_not_compliant, "missing", \
      "Phần mềm hội họp không đáp ứng: {p0}.", \
      "The meeting platform fails: {p0}.") \
    X(form_in_person, "", \
      "Sinh hoạt trực tiếp: các quy định thí điểm không hạn chế.", \
      "An in-person meeting: the pilot rules impose no restriction.") \
    X(form_hybrid, "", \
      "Kết hợp trực tiếp và trực tuyến là hình thức thông thường.", \
      "Hybrid (in person and online) is the normal form.") \
    X(form_fully_online_justified, "unable,base,gathering_impossible", \
      "Trực tuyến toàn bộ: không thể tập trung đảng viên tại cùng một địa điểm ({n0}/{n1} không thể dự trực tiếp; không thể tập trung: {b2}).", \
      "Fully online: the members cannot be gathered at one place ({n0} of {n1} cannot attend in person; gathering impossible: {b2}).") \
    X(form_fully_online_not_justified, "unable,base,gathering_impossible", \
      "Chỉ được trực tuyến toàn bộ khi tất cả đảng viên không thể tập trung tại cùng một địa điểm; {n0}/{n1} không thể dự trực tiếp; không thể tập trung: {b2}.", \
      "Fully online only when the members cannot be gathered at one place at all; {n0} of {n1} cannot attend in person; gathering impossible: {b2}.") \
    X(quota_within, "ordinal,limit,period_first,period_last", \
      "Lần thứ {n0} trong giới hạn {n1} lần ({d2} – {d3}).", \
      "Meeting number {n0} within the limit of {n1} ({d2} to {d3}).") \
    X(quota_exceeded, "ordinal,limit,period_first,period_last", \
      "Lần thứ {n0} vượt giới hạn {n1} lần ({d2} – {d3}).", \
      "Meeting number {n0} exceeds the limit of {n1} ({d2} to {d3}).") \
    X(quota_outside_special_circumstance, "", \
      "Sinh hoạt do hoàn cảnh đặc biệt không tính vào số lần giới hạn.", \
      "A meeting on a special-circumstance ground does not use the special-nature quota.") \
    X(quota_hybrid_not_counted, "", \
      "Sinh hoạt kết hợp không tính là trực tuyến theo cách hiểu của bộ quy tắc.", \
      "Under this rule set's reading a hybrid meeting does not count as online.") \
    X(quota_committee_not_counted, "", \
      "Sinh hoạt cấp uỷ không tính vào số lần giới hạn theo cách hiểu của bộ quy tắc.", \
      "Under this rule set's reading committee meetings do not use the quota.") \
    X(quota_not_special_nature, "", \
      "Giới hạn số lần chỉ áp dụng cho tổ chức có tính chất đặc thù.", \
      "The quota applies to special-nature organisations only.") \
    X(return_not_required, "", \
      "Không có hoàn cảnh đặc biệt đã kết thúc trước ngày họp.", \
      "No special circumstance had ended before the meeting.") \
    X(return_in_person_required, "ground,ended_on", \
      "Hoàn cảnh \"{g0}\" đã kết thúc ngày {d1}: sau đó phải sinh hoạt trực tiếp.", \
      "The circumstance \"{g0}\" ended on {d1}: meetings after it must be in person.") \
    X(procedure_complete, "", \
      "Thực hiện đầy đủ các bước như sinh hoạt trực tiếp.", \
      "All the steps of an in-person meeting are held.") \
    X(procedure_steps_missing, "missing", \
      "Thiếu các bước sinh hoạt: {t0}.", \
      "Steps missing: {t0}.") \
    X(group_scope_met, "members,minimum", \
      "Chi bộ có {n0} đảng viên (từ {n1} trở lên), đã thành lập tổ đảng và được chọn thí điểm.", \
      "The cell has {n0} members ({n1} or more), has party groups and is selected for the pilot.") \
    X(group_not_a_cell, "kind", \
      "{o0}: chỉ chi bộ được sinh hoạt theo tổ đảng.", \
      "A {o0}: only a party cell may meet by party group.") \
    X(group_too_few_members, "members,minimum", \
      "Chi bộ có {n0} đảng viên; cần từ {n1} đảng viên trở lên.", \
      "The cell has {n0} members; {n1} or more are required.") \
    X(group_no_party_groups, "", \
      "Chi bộ chưa thành lập tổ đảng.", \
      "The cell has not established party groups.") \
    X(group_not_selected, "", \
      "Chi bộ không có trong danh sách thí điểm sinh hoạt theo tổ đảng.", \
      "The cell is not on the party-group pilot list.") \
    X(group_selected_after_meeting, "selected_on,meeting_date", \
      "Chi bộ chỉ được chọn thí điểm sinh hoạt theo tổ đảng ngày {d0}, sau ngày họp {d1}.", \
      "The cell was only selected for the party-group pilot on {d0}, after the meeting on {d1}.") \
    X(preparation_held, "date", \
      "Chi uỷ và tổ trưởng đã họp chuẩn bị ngày {d0}, phân công chi uỷ viên dự từng tổ.", \
      "The chi uỷ and group leaders met on {d0} and assigned a chi uỷ member to each group.") \
    X(preparation_missing, "", \
      "Không có cuộc họp chuẩn bị của chi uỷ và tổ trưởng trước khi sinh hoạt tổ.", \
      "No preparation meeting of the chi uỷ and group leaders before the group meetings.") \
    X(preparation_after_group_meeting, "preparation_date,first_group_date", \
      "Họp chuẩn bị ngày {d0}, sau cuộc họp tổ đầu tiên ngày {d1}.", \
      "The preparation meeting on {d0} came after the first group meeting on {d1}.") \
    X(preparation_incomplete, "leaders_absent,content_not_set,groups_unassigned", \
      "Họp chuẩn bị chưa đủ: tổ trưởng vắng: {b0}; chưa định hướng nội dung: {b1}; {n2} tổ chưa được phân công chi uỷ viên dự.", \
      "Preparation incomplete: group leaders absent: {b0}; content not set: {b1}; {n2} group(s) with no chi uỷ member assigned.") \
    X(conduct_in_order, "groups", \
      "{n0} tổ đảng sinh hoạt đúng trình tự, do tổ trưởng chủ trì, biên bản đầy đủ.", \
      "{n0} group meeting(s) in order, chaired by the group leader, with full minutes.") \
    X(conduct_steps_missing, "groups_affected,first_group,missing", \
      "{n0} tổ thiếu nội dung (ví dụ tổ {n1}: {t2}).", \
      "{n0} group meeting(s) miss steps (e.g. group {n1}: {t2}).") \
    X(conduct_chair_not_group_leader, "groups_affected,first_group", \
      "{n0} tổ không do tổ trưởng chủ trì (ví dụ tổ {n1}).", \
      "{n0} group meeting(s) not chaired by the group leader (e.g. group {n1}).") \
    X(conduct_minutes_incomplete, "groups_affected,first_group", \
      "{n0} tổ có biên bản thiếu (số đảng viên dự, ý kiến, ý kiến khác, ý kiến bảo lưu) (ví dụ tổ {n1}).", \
      "{n0} group meeting(s) with incomplete minutes (members present, opinions, differing and reserved opinions) (e.g. group {n1}).") \
    X(no_group_meetings, "", \
      "Đợt sinh hoạt không có cuộc họp tổ nào.", \
      "The round has no group meeting.") \
    X(reports_on_time, "groups,deadline_days", \
      "{n0} tổ trưởng báo cáo chi uỷ chậm nhất {n1} ngày sau khi họp.", \
      "{n0} group leader(s) reported to the chi uỷ within {n1} day(s) of the meeting.") \
    X(report_late, "groups_affected,first_group,meeting_date,report_date,deadline_days", \
      "{n0} tổ báo cáo muộn (ví dụ tổ {n1} họp {d2}, báo cáo {d3}; chậm nhất {n4} ngày sau khi họp).", \
      "{n0} group report(s) late (e.g. group {n1} met on {d2}, reported on {d3}; at most {n4} day(s) after).") \
    X(report_missing, "groups_affected,first_group,due", \
      "{n0} tổ chưa có báo cáo (ví dụ tổ {n1}, hạn {d2}).", \
      "{n0} group report(s) missing (e.g. group {n1}, due {d2}).") \
    X(consolidation_held, "date", \
      "Chi uỷ và tổ trưởng đã họp ngày {d0}, thông qua nghị quyết và phân công nhiệm vụ.", \
      "The chi uỷ and group leaders met on {d0}, passed the resolution and assigned tasks.") \
    X(consolidation_missing, "", \
      "Không có cuộc họp tổng hợp, thông qua nghị quyết của chi bộ sau sinh hoạt tổ.", \
      "No consolidation meeting passing the cell's resolution after the group meetings.") \
    X(consolidation_before_group_meeting, "consolidation_date,last_group_date", \
      "Họp tổng hợp ngày {d0}, trước cuộc họp tổ cuối cùng ngày {d1}.", \
      "The consolidation meeting on {d0} came before the last group meeting on {d1}.") \
    X(consolidation_incomplete, "leaders_absent,resolution_not_passed,tasks_not_assigned", \
      "Họp tổng hợp chưa đủ: tổ trưởng vắng: {b0}; chưa thông qua nghị quyết: {b1}; chưa phân công nhiệm vụ: {b2}.", \
      "Consolidation incomplete: group leaders absent: {b0}; resolution not passed: {b1}; tasks not assigned: {b2}.") \
    X(round_not_given, "", \
      "Chưa có dữ liệu về đợt sinh hoạt tổ đảng.", \
      "No data on the party-group round was given.") \
    X(content_allowed, "", \
      "Nội dung không thuộc danh mục không được thực hiện.", \
      "No agenda item is excluded.") \
    X(content_excluded_topics, "topics", \
      "Nội dung không được thực hiện khi sinh hoạt trực tuyến hoặc theo tổ đảng: {t0}.", \
      "Content that may not be dealt with online or by party group: {t0}.") \
    X(window_inside, "first,last,date", \
      "Ngày {d2} trong thời gian thí điểm ({d0} – {d1}).", \
      "{d2} is within the pilot period ({d0} to {d1}).") \
    X(window_outside, "first,last,date", \
      "Ngày {d2} ngoài thời gian thí điểm ({d0} – {d1}): bộ quy tắc không áp dụng.", \
      "{d2} is outside the pilot period ({d0} to {d1}): the rule set does not cover it.") \
    X(selection_met, "online,group", \
      "Đã chọn {n0} tổ chức thí điểm sinh hoạt trực tuyến, {n1} tổ chức sinh hoạt theo tổ đảng, gửi danh sách đúng hạn.", \
      "{n0} organisation(s) chosen for online meetings and {n1} for party-group meetings, list sent in time.") \
    X(selection_too_few_online, "online,minimum", \
      "Chỉ chọn {n0} tổ chức đủ điều kiện thí điểm sinh hoạt trực tuyến; cần ít nhất {n1}.", \
      "Only {n0} eligible organisation(s) chosen for online meetings; at least {n1} required.") \
    X(selection_too_few_group, "group,minimum", \
      "Chỉ chọn {n0} tổ chức đủ điều kiện thí điểm sinh hoạt theo tổ đảng; cần ít nhất {n1}.", \
      "Only {n0} eligible organisation(s) chosen for party-group meetings; at least {n1} required.") \
    X(selection_late, "submitted_on,deadline", \
      "Danh sách gửi ngày {d0}, không trước ngày {d1}.", \
      "The list was sent on {d0}, not before {d1}.") \
    X(selection_not_sent, "deadline", \
      "Danh sách tổ chức thí điểm chưa được gửi (hạn: trước ngày {d0}).", \
      "The list of pilot organisations was not sent (due before {d0}).") \
    X(selection_not_required, "", \
      "Bộ quy tắc không đặt yêu cầu tối thiểu cho đơn vị này.", \
      "The rule set sets no minimum for this unit.") \
    X(registration_done, "", \
      "Lịch sinh hoạt đã đăng ký với cấp uỷ cấp trên.", \
      "The meeting schedule was registered with the superior committee.") \
    X(registration_missing, "", \
      "Lịch sinh hoạt chưa đăng ký với cấp uỷ cấp trên để cử người dự.", \
      "The meeting schedule was not registered with the superior committee.") \
    X(registration_not_required, "", \
      "Bộ quy tắc không yêu cầu đăng ký lịch sinh hoạt.", \
      "The rule set does not require schedules to be registered.") \
    X(reporting_not_due, "last", \
      "Chưa đến hạn tổng kết (thí điểm kéo dài đến {d0}).", \
      "The final report is not due yet (the pilot runs to {d0}).") \
    X(reporting_done, "report_date", \
      "Đã gửi báo cáo đánh giá kết quả thí điểm ngày {d0}.", \
      "The evaluation report was sent on {d0}.") \
    X(reporting_outstanding, "last", \
      "Thí điểm kết thúc ngày {d0} nhưng chưa gửi báo cáo đánh giá kết quả.", \
      "The pilot ended on {d0} but no evaluation report was sent.") \
    X(reporting_not_required, "", \
      "Bộ quy tắc không yêu cầu đơn vị gửi báo cáo tổng kết.", \
      "The rule set does not ask units for a final report.") \
    X(not_online_meeting, "form", \
      "Sinh hoạt {f0}: quy định về sinh hoạt trực tuyến không áp dụng.", \
      "A meeting held {f0}: the online-meeting rules do not apply.") \
    X(not_group_meeting, "form", \
      "Sinh hoạt {f0}: quy định về sinh hoạt theo tổ đảng không áp dụng.", \
      "A meeting held {f0}: the party-group rules do not apply.") \
    X(parameter_not_in_force, "date", \
      "Bộ quy tắc không có giá trị tham số hiệu lực vào ngày {d0}.", \
      "The rule set has no parameter value in force on {d0}.")
// clang-format on

enum class reason : std::uint8_t {
#define SINHHOAT_X(id, params, vi, en) id,
    SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
};

/// A reason's labels are its message templates, with placeholders.
template <> struct enum_traits<reason> {
    static constexpr std::string_view name = "reason";
    static constexpr enum_label rows[] = {
#define SINHHOAT_X(id, params, vi, en) {#id, vi, en},
        SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
    };
    /// Names of a finding's values for each reason, comma-separated.
    static constexpr std::string_view params[] = {
#define SINHHOAT_X(id, params, vi, en) params,
        SINHHOAT_REASONS(SINHHOAT_X)
#undef SINHHOAT_X
    };
};

/// One rule's answer: the rule, its status, why, and the numbers it used. 48 bytes, no heap.
struct finding {
    static constexpr std::size_t max_values = 5;

    rule_id rule = rule_id::pilot_window;
    finding_status status = finding_status::passed;
    sinhhoat::reason reason = sinhhoat::reason::window_inside;
    std::array<std::int64_t, max_values> values{};

    std::string_view clause() const noexcept { return clause_of(rule); }
    /// Names of `values`, in order (`"unable,base,exempted,suspended"`).
    std::string_view value_names() const noexcept {
        return is_valid(reason) ? enum_traits<sinhhoat::reason>::params[std::size_t(reason)]
                                : std::string_view{};
    }
    std::size_t value_count() const noexcept {
        const auto names = value_names();
        if (names.empty())
            return 0;
        std::size_t n = 1;
        for (char c : names)
            n += c == ',';
        return n;
    }
    std::string message_vi() const;
    std::string message_en() const;

    friend bool operator==(const finding& a, const finding& b) {
        return a.rule == b.rule && a.status == b.status && a.reason == b.reason &&
               a.values == b.values;
    }
    friend bool operator!=(const finding& a, const finding& b) { return !(a == b); }
};

/// Stores a date in a finding's values.
inline std::int64_t date_value(date d) noexcept {
    return d.is_special() ? 0 : static_cast<std::int64_t>(d.day_number());
}
/// Reads back a date stored with `date_value`.
inline date value_date(std::int64_t v) {
    if (v <= 0)
        return date(boost::date_time::not_a_date_time);
    return date(boost::gregorian::gregorian_calendar::from_day_number(
        static_cast<boost::gregorian::gregorian_calendar::date_int_type>(v)));
}

namespace detail {
template <class E> std::string labels(std::int64_t bits, bool vi) {
    std::string out;
    enum_set<E>::from_bits(static_cast<std::uint64_t>(bits)).for_each([&](E e) {
        out += out.empty() ? "" : "; ";
        out += vi ? label_vi(e) : label_en(e);
    });
    return out;
}

template <class E> std::string_view label_at(std::int64_t v, bool vi) {
    const auto e = static_cast<E>(v);
    return vi ? label_vi(e) : label_en(e);
}

inline std::string render(std::string_view tmpl, const finding& f, bool vi) {
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '{' && i + 3 < tmpl.size() && tmpl[i + 3] == '}') {
            const char kind = tmpl[i + 1];
            const auto k = static_cast<std::size_t>(tmpl[i + 2] - '0');
            const std::int64_t v = k < finding::max_values ? f.values[k] : 0;
            switch (kind) {
            case 'n':
                out += std::to_string(v);
                break;
            case 'b':
                out += v ? (vi ? "có" : "yes") : (vi ? "không" : "no");
                break;
            case 'd':
                out += vi ? to_vn(value_date(v)) : to_iso(value_date(v));
                break;
            case 'o':
                out += label_at<organisation_kind>(v, vi);
                break;
            case 'g':
                out += label_at<ground>(v, vi);
                break;
            case 'f':
                out += label_at<meeting_form>(v, vi);
                break;
            case 't':
                out += labels<topic>(v, vi);
                break;
            case 'i':
                out += labels<infrastructure_item>(v, vi);
                break;
            case 'p':
                out += labels<platform_item>(v, vi);
                break;
            default:
                out.append(tmpl.substr(i, 4));
            }
            i += 3;
        } else {
            out += tmpl[i];
        }
    }
    return out;
}
} // namespace detail

inline std::string finding::message_vi() const {
    return is_valid(reason) ? detail::render(label_vi(reason), *this, true) : std::string{};
}
inline std::string finding::message_en() const {
    return is_valid(reason) ? detail::render(label_en(reason), *this, false) : std::string{};
}

/// Up to four findings of one rule function.
using findings = detail::static_vector<finding, 4>;

/// The answer of a check: its findings, in rule order, and the outcome they imply.
class verdict {
  public:
    static constexpr std::size_t capacity = 48;

    void add(const finding& f) { items_.push_back(f); }
    template <std::size_t M> void add(const detail::static_vector<finding, M>& fs) {
        items_.append(fs);
    }

    /// not_allowed if any finding is violated; else not_covered if any is; else incomplete if
    /// any is not_evaluated; else allowed. Missing data is never read as compliance.
    sinhhoat::outcome outcome() const noexcept {
        bool uncovered = false, unevaluated = false;
        for (const auto& f : items_) {
            if (f.status == finding_status::violated)
                return outcome::not_allowed;
            uncovered = uncovered || f.status == finding_status::not_covered;
            unevaluated = unevaluated || f.status == finding_status::not_evaluated;
        }
        if (uncovered)
            return outcome::not_covered;
        return unevaluated ? outcome::incomplete : outcome::allowed;
    }
    bool allowed() const noexcept { return outcome() == outcome::allowed; }

    std::size_t size() const noexcept { return items_.size(); }
    bool empty() const noexcept { return items_.empty(); }
    const finding& operator[](std::size_t i) const noexcept { return items_[i]; }
    const finding* begin() const noexcept { return items_.begin(); }
    const finding* end() const noexcept { return items_.end(); }

    /// The first finding of `rule`, or nullptr.
    const finding* find(rule_id rule) const noexcept {
        for (const auto& f : items_)
            if (f.rule == rule)
                return &f;
        return nullptr;
    }
    /// Findings with `status`.
    std::size_t count(finding_status status) const noexcept {
        std::size_t n = 0;
        for (const auto& f : items_)
            n += f.status == status;
        return n;
    }

    friend bool operator==(const verdict& a, const verdict& b) { return a.items_ == b.items_; }
    friend bool operator!=(const verdict& a, const verdict& b) { return !(a == b); }

  private:
    detail::static_vector<finding, capacity> items_;
};

inline std::ostream& operator<<(std::ostream& os, rule_id r) {
    return os << to_code(r);
}
inline std::ostream& operator<<(std::ostream& os, finding_status s) {
    return os << to_code(s);
}
inline std::ostream& operator<<(std::ostream& os, outcome o) {
    return os << to_code(o);
}
inline std::ostream& operator<<(std::ostream& os, reason r) {
    return os << to_code(r);
}

inline std::ostream& operator<<(std::ostream& os, const finding& f) {
    return os << f.rule << " [" << f.clause() << "] " << f.status << ": " << f.message_en();
}
inline std::ostream& operator<<(std::ostream& os, const verdict& v) {
    os << "verdict{" << v.outcome();
    for (const auto& f : v)
        os << "\n  " << f;
    return os << '}';
}

} // namespace sinhhoat
