#pragma once
// A rule set is data: one jurisdiction's documents, pilot window, quotas, grounds, excluded topics,
// deadlines and readings. Parameters carry the dates they are in force; a check takes the value
// in force on the meeting's date. Adding a province is adding data, not code.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <ostream>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace sinhhoat {

/// One value of a parameter and the days it is in force, both ends included. Open ends are
/// Boost's `neg_infin` / `pos_infin`.
template <class T> struct dated_value {
    sinhhoat::date from{boost::date_time::neg_infin};
    sinhhoat::date until{boost::date_time::pos_infin};
    T value{};

    friend bool operator==(const dated_value& a, const dated_value& b) {
        return a.from == b.from && a.until == b.until && a.value == b.value;
    }
    friend bool operator!=(const dated_value& a, const dated_value& b) { return !(a == b); }
};

/// A parameter as a sequence of dated values, sorted by start.
template <class T> class dated {
  public:
    dated() = default;
    /// One value, always in force.
    dated(T always)
        : values_{{date(boost::date_time::neg_infin), date(boost::date_time::pos_infin), always}} {}
    explicit dated(std::vector<dated_value<T>> values) : values_(std::move(values)) {
        std::stable_sort(values_.begin(), values_.end(),
                         [](const auto& a, const auto& b) { return a.from < b.from; });
    }

    /// The value in force on `d`, or nullptr when none is.
    const T* at(sinhhoat::date d) const noexcept {
        for (const auto& v : values_)
            if (v.from <= d && d <= v.until)
                return &v.value;
        return nullptr;
    }
    const std::vector<dated_value<T>>& values() const noexcept { return values_; }

    /// No overlap and no gap between consecutive values; each from <= until; every day of
    /// [first, last] has a value.
    void validate(const std::string& field, sinhhoat::date first, sinhhoat::date last) const {
        if (values_.empty())
            throw invalid_rule_set(field, "[]", "tham số không có giá trị nào",
                                   "the parameter has no value");
        for (std::size_t i = 0; i < values_.size(); ++i) {
            const auto& v = values_[i];
            const auto name = field + "[" + std::to_string(i) + "]";
            if (v.from.is_not_a_date() || v.until.is_not_a_date())
                throw invalid_rule_set(name, to_iso(v.from) + " .. " + to_iso(v.until),
                                       "ngày hiệu lực không hợp lệ", "invalid dates in force");
            if (v.until < v.from)
                throw invalid_rule_set(name, to_iso(v.from) + " .. " + to_iso(v.until),
                                       "ngày kết thúc trước ngày bắt đầu hiệu lực",
                                       "ends before it starts");
            if (i == 0)
                continue;
            const auto& prev = values_[i - 1];
            const auto span = to_iso(prev.until) + " / " + to_iso(v.from);
            if (!(prev.until < v.from))
                throw invalid_rule_set(name, span, "chồng lấn với giá trị trước",
                                       "overlaps the previous value");
            if (prev.until + days(1) != v.from)
                throw invalid_rule_set(name, span, "có khoảng trống sau giá trị trước",
                                       "leaves a gap after the previous value");
        }
        if (first < values_.front().from || values_.back().until < last)
            throw invalid_rule_set(
                field, to_iso(values_.front().from) + " .. " + to_iso(values_.back().until),
                "không phủ hết thời gian thí điểm " + to_vn(first) + " – " + to_vn(last),
                "does not cover the pilot window " + to_iso(first) + " to " + to_iso(last));
    }

    friend bool operator==(const dated& a, const dated& b) { return a.values_ == b.values_; }
    friend bool operator!=(const dated& a, const dated& b) { return !(a == b); }

  private:
    std::vector<dated_value<T>> values_;
};

/// The readings of ambiguous text (`interp.*` in the catalogue); each can be switched.
struct interpretations {
    year_basis year = year_basis::calendar_year;    ///< interp.year
    bool hybrid_counts = true;                      ///< interp.hybrid_counts
    bool special_circumstance_outside_quota = true; ///< interp.special_circumstance_outside_quota
    fully_online_basis fully_online = fully_online_basis::gathering_impossible_or_none_in_person;
    member_count_basis group_member_count = member_count_basis::all_on_roll;
    /// interp.committee_meetings_count: whether cấp uỷ meetings use the online quota (the text
    /// limits the organisation's own meetings; off by default).
    bool committee_meetings_count = false;

    friend bool operator==(const interpretations& a, const interpretations& b) {
        return std::tie(a.year, a.hybrid_counts, a.special_circumstance_outside_quota,
                        a.fully_online, a.group_member_count, a.committee_meetings_count) ==
               std::tie(b.year, b.hybrid_counts, b.special_circumstance_outside_quota,
                        b.fully_online, b.group_member_count, b.committee_meetings_count);
    }
    friend bool operator!=(const interpretations& a, const interpretations& b) { return !(a == b); }
};

/// A text the rule set rests on.
struct source_document {
    std::string code; ///< "03-HD/TW"
    std::string title;
    std::string issuer;
    sinhhoat::date issued;

    friend bool operator==(const source_document& a, const source_document& b) {
        return std::tie(a.code, a.title, a.issuer, a.issued) ==
               std::tie(b.code, b.title, b.issuer, b.issued);
    }
    friend bool operator!=(const source_document& a, const source_document& b) { return !(a == b); }
};

/// pilot.selection: what the lists of pilot organisations must meet (III.1).
struct selection_rule {
    sinhhoat::date deadline;       ///< lists must arrive strictly before this day
    std::int32_t min_online = 1;   ///< per district committee
    std::int32_t min_by_group = 1; ///< per district committee

    friend bool operator==(const selection_rule& a, const selection_rule& b) {
        return std::tie(a.deadline, a.min_online, a.min_by_group) ==
               std::tie(b.deadline, b.min_online, b.min_by_group);
    }
    friend bool operator!=(const selection_rule& a, const selection_rule& b) { return !(a == b); }
};

/// The pilot period, both ends included.
struct pilot_window {
    sinhhoat::date first;
    sinhhoat::date last;

    bool contains(sinhhoat::date d) const noexcept { return first <= d && d <= last; }

    friend bool operator==(const pilot_window& a, const pilot_window& b) {
        return a.first == b.first && a.last == b.last;
    }
    friend bool operator!=(const pilot_window& a, const pilot_window& b) { return !(a == b); }
};

struct rule_set {
    std::string id;   ///< stable identifier, e.g. "cao_bang"
    std::string name; ///< human name, Vietnamese
    std::vector<source_document> sources;
    pilot_window window;

    dated<std::int32_t> online_quota_committee; ///< đảng bộ cơ sở: online meetings a year
    dated<std::int32_t> online_quota_cell;      ///< chi bộ: online meetings a year
    dated<std::int32_t> group_quota;            ///< tổ đảng rounds a year
    dated<std::int32_t> group_min_members;      ///< "từ 50 đảng viên trở lên"
    dated<std::int32_t> report_deadline_days;   ///< days after the tổ meeting
    dated<ground_set> grounds;                  ///< grounds accepted for online meetings
    dated<topic_set> excluded_topics;           ///< II.3.2
    dated<topic_set> required_steps;            ///< II.4.1, II.4.2 ý 2

    interpretations interp;
    std::optional<selection_rule> selection; ///< absent: the text sets no list requirement
    bool registration_required = false;      ///< pilot.registration
    bool final_report_required = false;      ///< pilot.reporting

    /// Throws `invalid_rule_set` naming the parameter: window start after end, gaps or overlaps
    /// in dated values, a parameter not covering the window, negative quotas.
    void validate() const {
        const auto field = [&](const char* p) { return "rule_set(" + id + ")." + p; };
        if (id.empty())
            throw invalid_rule_set("rule_set.id", "''", "thiếu mã bộ quy tắc", "missing id");
        if (window.first.is_special() || window.last.is_special())
            throw invalid_rule_set(field("window"),
                                   to_iso(window.first) + " .. " + to_iso(window.last),
                                   "thời gian thí điểm phải có ngày bắt đầu và kết thúc",
                                   "the pilot window needs a first and a last day");
        if (window.last < window.first)
            throw invalid_rule_set(field("window"),
                                   to_iso(window.first) + " .. " + to_iso(window.last),
                                   "ngày bắt đầu sau ngày kết thúc", "starts after it ends");
        const auto counts = [&](const dated<std::int32_t>& p, const char* name, std::int32_t min) {
            p.validate(field(name), window.first, window.last);
            for (const auto& v : p.values())
                if (v.value < min)
                    throw invalid_rule_set(field(name), std::to_string(v.value),
                                           "giá trị phải từ " + std::to_string(min) + " trở lên",
                                           "must be at least " + std::to_string(min));
        };
        counts(online_quota_committee, "online_quota_committee", 0);
        counts(online_quota_cell, "online_quota_cell", 0);
        counts(group_quota, "group_quota", 0);
        counts(group_min_members, "group_min_members", 1);
        counts(report_deadline_days, "report_deadline_days", 0);
        grounds.validate(field("grounds"), window.first, window.last);
        excluded_topics.validate(field("excluded_topics"), window.first, window.last);
        required_steps.validate(field("required_steps"), window.first, window.last);
        for (const auto& v : required_steps.values())
            for (const auto& e : excluded_topics.values())
                if (v.value.intersects(e.value) && !(v.until < e.from) && !(e.until < v.from))
                    throw invalid_rule_set(field("required_steps"), join_codes(v.value & e.value),
                                           "bước bắt buộc lại thuộc nội dung không được thực hiện",
                                           "a required step is also an excluded topic");
        const auto reading = [&](bool ok, const char* name, int v) {
            if (!ok)
                throw invalid_rule_set(field(name), std::to_string(v), "cách hiểu không hợp lệ",
                                       "not a valid reading");
        };
        reading(is_valid(interp.year), "interp.year", int(interp.year));
        reading(is_valid(interp.fully_online), "interp.fully_online", int(interp.fully_online));
        reading(is_valid(interp.group_member_count), "interp.group_member_count",
                int(interp.group_member_count));
        if (selection) {
            if (selection->deadline.is_special())
                throw invalid_rule_set(field("selection.deadline"), to_iso(selection->deadline),
                                       "thiếu hạn gửi danh sách", "missing list deadline");
            if (selection->min_online < 0 || selection->min_by_group < 0)
                throw invalid_rule_set(field("selection"),
                                       std::to_string(selection->min_online) + "/" +
                                           std::to_string(selection->min_by_group),
                                       "số tối thiểu không được âm", "minimums cannot be negative");
        }
    }

    friend bool operator==(const rule_set& a, const rule_set& b) {
        return std::tie(a.id, a.name, a.sources, a.window, a.online_quota_committee,
                        a.online_quota_cell, a.group_quota, a.group_min_members,
                        a.report_deadline_days, a.grounds, a.excluded_topics, a.required_steps,
                        a.interp, a.selection, a.registration_required, a.final_report_required) ==
               std::tie(b.id, b.name, b.sources, b.window, b.online_quota_committee,
                        b.online_quota_cell, b.group_quota, b.group_min_members,
                        b.report_deadline_days, b.grounds, b.excluded_topics, b.required_steps,
                        b.interp, b.selection, b.registration_required, b.final_report_required);
    }
    friend bool operator!=(const rule_set& a, const rule_set& b) { return !(a == b); }
};

template <class T> std::ostream& operator<<(std::ostream& os, const dated_value<T>& v) {
    return os << to_iso(v.from) << ".." << to_iso(v.until) << ": " << v.value;
}
template <class T> std::ostream& operator<<(std::ostream& os, const dated<T>& p) {
    os << "dated[";
    for (std::size_t i = 0; i < p.values().size(); ++i)
        os << (i ? ", " : "") << p.values()[i];
    return os << ']';
}
inline std::ostream& operator<<(std::ostream& os, const pilot_window& w) {
    return os << "pilot_window{" << to_iso(w.first) << ".." << to_iso(w.last) << '}';
}
inline std::ostream& operator<<(std::ostream& os, const interpretations& i) {
    return os << "interpretations{year=" << i.year << ", hybrid_counts=" << i.hybrid_counts
              << ", special_circumstance_outside_quota=" << i.special_circumstance_outside_quota
              << ", fully_online=" << i.fully_online
              << ", group_member_count=" << i.group_member_count
              << ", committee_meetings_count=" << i.committee_meetings_count << '}';
}
inline std::ostream& operator<<(std::ostream& os, const source_document& d) {
    return os << "source_document{" << d.code << ", \"" << d.title << "\", " << d.issuer << ", "
              << to_iso(d.issued) << '}';
}
inline std::ostream& operator<<(std::ostream& os, const selection_rule& s) {
    return os << "selection_rule{deadline=" << to_iso(s.deadline) << ", min_online=" << s.min_online
              << ", min_by_group=" << s.min_by_group << '}';
}
inline std::ostream& operator<<(std::ostream& os, const rule_set& r) {
    return os << "rule_set{" << r.id << ", \"" << r.name << "\", window=" << to_iso(r.window.first)
              << ".." << to_iso(r.window.last) << '}';
}

namespace rule_sets {

namespace detail {
inline rule_set common(std::string id, std::string name, pilot_window window) {
    rule_set r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.window = window;
    r.online_quota_committee = 1; // II.2 ý 3: "không quá 01 lần trong năm"
    r.online_quota_cell = 3;      // II.2 ý 3: "không quá 03 lần trong năm"
    r.group_quota = 3;            // II.2 ý 5
    r.group_min_members = 50;     // II.1.2: "từ 50 đảng viên trở lên"
    r.report_deadline_days = 1; // II.4.2 ý 2: "chậm nhất 01 ngày sau khi họp tổ đảng"
    r.excluded_topics = excluded_topics_ii32();
    r.required_steps = cell_meeting_steps();
    return r;
}

inline source_document hd03_document() {
    return {
        "03-HD/TW",
        "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc "
        "thù hoặc trong hoàn cảnh đặc biệt và sinh hoạt đảng theo tổ đảng ở chi bộ đông đảng viên",
        "Ban Bí thư Trung ương Đảng", make_date(2022, 12, 27)};
}
} // namespace detail

/// Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022). The window's end, 30/6/2025, is the one
/// the implementing texts we hold give (Cao Bằng III; Nghệ An Khối's summary in Q2 2025).
inline const rule_set& hd03() {
    static const rule_set r = [] {
        auto r = detail::common("hd03", "Hướng dẫn 03-HD/TW (Ban Bí thư, 27/12/2022)",
                                {make_date(2022, 12, 27), make_date(2025, 6, 30)});
        r.sources = {detail::hd03_document()};
        // HD03 names members abroad and seafarers; it does not name teachers.
        r.grounds = ground_set::all() - ground_set{ground::teacher_summer_break};
        r.final_report_required = true;
        return r;
    }();
    return r;
}

/// Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng (implements 03-HD/TW).
inline const rule_set& cao_bang() {
    static const rule_set r = [] {
        // III: "từ tháng 8 năm 2023 đến hết ngày 30/6/2025".
        auto r = detail::common("cao_bang", "Hướng dẫn thí điểm của Ban Thường vụ Tỉnh uỷ Cao Bằng",
                                {make_date(2023, 8, 1), make_date(2025, 6, 30)});
        r.sources = {{"HD-TU Cao Bằng",
                      "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ... và sinh hoạt đảng theo tổ "
                      "đảng ở chi bộ đông đảng viên",
                      "Ban Thường vụ Tỉnh uỷ Cao Bằng", date(boost::date_time::not_a_date_time)},
                     detail::hd03_document()};
        // II.1.1 a): adds teachers; does not name members abroad or seafarers.
        r.grounds =
            ground_set::all() - ground_set{ground::abroad, ground::seafarer_offshore_island};
        // III.1: lists "trước ngày 30/7/2023"; at least one of each pilot per district.
        r.selection = selection_rule{make_date(2023, 7, 30), 1, 1};
        r.final_report_required = true;
        return r;
    }();
    return r;
}

/// Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An (20/02/2023), as reported
/// by the Khối's news item: its own text is not held. Grounds are the two special-nature classes
/// the item names, plus the special circumstances of HD03 it says it follows.
inline const rule_set& nghe_an_khoi() {
    static const rule_set r = [] {
        auto r = detail::common("nghe_an_khoi",
                                "Hướng dẫn 08-HD/ĐUK (Đảng ủy Khối các cơ quan tỉnh Nghệ An)",
                                {make_date(2023, 2, 20), make_date(2025, 6, 30)});
        r.sources = {
            {"08-HD/ĐUK",
             "Hướng dẫn sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc thù",
             "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An", make_date(2023, 2, 20)},
            detail::hd03_document()};
        r.grounds = ground_set{ground::dispersed_wide_area, ground::not_regularly_same_place} |
                    grounds_of(ground_kind::special_circumstance);
        r.registration_required = true; // schedules registered so the Khối can send attendees
        return r;
    }();
    return r;
}

/// Every built-in rule set.
inline std::vector<const rule_set*> builtin() {
    return {&hd03(), &cao_bang(), &nghe_an_khoi()};
}

/// The built-in rule set with this id; `unknown_code` otherwise.
inline const rule_set& by_id(std::string_view id) {
    for (const auto* r : builtin())
        if (r->id == id)
            return *r;
    throw unknown_code("rule_set.id", "'" + std::string(id) + "'",
                       "không có bộ quy tắc này (hd03, cao_bang, nghe_an_khoi)",
                       "no such rule set (hd03, cao_bang, nghe_an_khoi)");
}

} // namespace rule_sets
} // namespace sinhhoat
