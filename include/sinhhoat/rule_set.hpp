#pragma once
// A rule set is data: one jurisdiction's documents, pilot window, quotas, grounds, excluded topics,
// deadlines and readings. Parameters carry the dates they are in force; a check takes the value
// in force on the meeting's date. Adding a province is adding data, not code.

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <sinhhoat/catalogue.hpp>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/detail/builtin_digests.hpp>
#include <sinhhoat/digest.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
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
    using value_type = T;

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
    /// One value with open ends: `always(v)` in JSON and Python.
    bool always() const noexcept {
        return values_.size() == 1 && values_[0].from.is_neg_infinity() &&
               values_[0].until.is_pos_infinity();
    }

    /// No value, ends that are not dates, overlap or gap between consecutive values, `until`
    /// before `from`; values outside [min, max]. Throws `invalid_rule_set` naming `at[i]`.
    void validate(const path& at, std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                  std::int64_t max = std::numeric_limits<std::int64_t>::max()) const {
        if (values_.empty())
            throw invalid_rule_set(at.str(), "[]", "tham số không có giá trị nào",
                                   "the parameter has no value");
        for (std::size_t i = 0; i < values_.size(); ++i) {
            const auto& v = values_[i];
            const auto span = [&] { return to_iso(v.from) + " .. " + to_iso(v.until); };
            if (v.from.is_not_a_date() || v.until.is_not_a_date() || v.from.is_pos_infinity() ||
                v.until.is_neg_infinity())
                throw invalid_rule_set(at[i].str(), span(), "ngày hiệu lực không hợp lệ",
                                       "invalid dates in force");
            if (v.until < v.from)
                throw invalid_rule_set(at[i].str(), span(),
                                       "ngày kết thúc trước ngày bắt đầu hiệu lực",
                                       "ends before it starts");
            try {
                detail::validate_value(v.value, at[i] / "value", min, max, true);
            } catch (const error& e) {
                throw invalid_rule_set(e.field(), e.value(), e.message_vi(), e.message_en());
            }
            if (i == 0)
                continue;
            const auto& prev = values_[i - 1];
            const auto joint = to_iso(prev.until) + " / " + to_iso(v.from);
            if (!(prev.until < v.from))
                throw invalid_rule_set(at[i].str(), joint, "chồng lấn với giá trị trước",
                                       "overlaps the previous value");
            if (prev.until + days(1) != v.from)
                throw invalid_rule_set(at[i].str(), joint, "có khoảng trống sau giá trị trước",
                                       "leaves a gap after the previous value");
        }
    }

    /// Every day from `first` to `last` (none: with no end) has a value, of a parameter that
    /// validate() accepted.
    void require_covers(const path& at, sinhhoat::date first,
                        std::optional<sinhhoat::date> last) const {
        const auto end = last ? *last : sinhhoat::date(boost::date_time::pos_infin);
        if (first < values_.front().from || values_.back().until < end)
            throw invalid_rule_set(
                at.str(), to_iso(values_.front().from) + " .. " + to_iso(values_.back().until),
                "không phủ hết thời kỳ áp dụng " + to_vn(first) + " – " +
                    (last ? to_vn(*last) : std::string("(không thời hạn)")),
                "does not cover the period " + to_iso(first) + " to " +
                    (last ? to_iso(*last) : std::string("(no end)")));
    }

    friend bool operator==(const dated& a, const dated& b) { return a.values_ == b.values_; }
    friend bool operator!=(const dated& a, const dated& b) { return !(a == b); }

  private:
    std::vector<dated_value<T>> values_;
};

template <class T> std::ostream& operator<<(std::ostream& os, const dated_value<T>& v) {
    os << to_iso(v.from) << ".." << to_iso(v.until) << ": ";
    detail::print_value(os, v.value);
    return os;
}
template <class T> std::ostream& operator<<(std::ostream& os, const dated<T>& p) {
    os << "dated[";
    for (std::size_t i = 0; i < p.values().size(); ++i)
        os << (i ? ", " : "") << p.values()[i];
    return os << ']';
}

/// Dated parameters are members of described types: validated, compared and printed as values.
template <class T> struct custom_value<dated<T>> : std::true_type {
    static void validate(const dated<T>& d, const path& at, std::int64_t min, std::int64_t max) {
        d.validate(at, min, max);
    }
    static bool equal(const dated<T>& a, const dated<T>& b) { return a == b; }
    static void print(std::ostream& os, const dated<T>& d) { os << d; }
};

/// The readings of ambiguous text (`interp.*` in the catalogue); each can be switched.
struct interpretations {
    year_basis year = year_basis::calendar_year;    ///< interp.year
    bool hybrid_counts = true;                      ///< interp.hybrid_counts
    bool special_circumstance_outside_quota = true; ///< interp.special_circumstance_outside_quota
    /// interp.fully_online: R8, by the meeting ground's kind (II.2 ý 2).
    fully_online_basis fully_online = fully_online_basis::by_ground_kind;
    member_count_basis group_member_count = member_count_basis::all_on_roll;
    /// interp.committee_meetings_count: whether online cấp uỷ meetings use the organisation's
    /// quota. R10: on by default, as II.2 ý 1 puts "sinh hoạt cấp uỷ" inside the pilot that
    /// II.2 ý 3 limits.
    bool committee_meetings_count = true;
    /// interp.quota_counts_window_only: R12, only meetings within the rule set's window (the
    /// pilot's meetings) count toward its quotas.
    bool quota_counts_window_only = true;
    /// interp.majority_mixes_kinds: R5, whether members unable on a ground of the other kind
    /// count toward a meeting's majority (II.1.1 "đặc thù hoặc … hoàn cảnh đặc biệt": the two
    /// kinds are authorised differently, so by default they do not add up).
    bool majority_mixes_kinds = false;
    /// interp.round_period: R17, every tổ meeting of a round falls in the first one's month.
    round_period_basis round_period = round_period_basis::month;
    /// interp.subordinate_cells_inherit: R3, a chi bộ trực thuộc of a đảng bộ cơ sở on the online
    /// list is on it through its đảng bộ (II.2 ý 1: "bao gồm cả … các tổ chức đảng trực thuộc").
    bool subordinate_cells_inherit = true;
    /// interp.selections_carry_over: R30, an organisation chosen before a continuation period
    /// (Chỉ thị 50-CT/TW continues the pilot, it does not restart it) stays chosen in it; off, a
    /// period after the first asks for a selection dated on or after its first day.
    bool selections_carry_over = true;
};
template <> struct describe<interpretations> {
    static constexpr std::string_view name = "interp";
    static constexpr std::string_view doc =
        "The readings of ambiguous text (interp.* in the catalogue).";
    static constexpr auto fields = std::make_tuple(
        field("year", &interpretations::year, "interp.year"),
        field("hybrid_counts", &interpretations::hybrid_counts, "interp.hybrid_counts"),
        field("special_circumstance_outside_quota",
              &interpretations::special_circumstance_outside_quota,
              "interp.special_circumstance_outside_quota"),
        field("fully_online", &interpretations::fully_online, "interp.fully_online"),
        field("group_member_count", &interpretations::group_member_count,
              "interp.group_member_count"),
        field("committee_meetings_count", &interpretations::committee_meetings_count,
              "interp.committee_meetings_count"),
        field("quota_counts_window_only", &interpretations::quota_counts_window_only,
              "interp.quota_counts_window_only"),
        field("majority_mixes_kinds", &interpretations::majority_mixes_kinds,
              "interp.majority_mixes_kinds"),
        field("round_period", &interpretations::round_period, "interp.round_period"),
        field("subordinate_cells_inherit", &interpretations::subordinate_cells_inherit,
              "interp.subordinate_cells_inherit"),
        field("selections_carry_over", &interpretations::selections_carry_over,
              "interp.selections_carry_over"));
};

/// Days of every year, from (first_month, first_day) to (last_month, last_day), both included,
/// within one calendar year: the summer break of R6.
struct annual_period {
    std::int32_t first_month = 6;
    std::int32_t first_day = 1;
    std::int32_t last_month = 8;
    std::int32_t last_day = 31;

    bool contains(sinhhoat::date d) const noexcept {
        const auto ymd = d.year_month_day(); // one conversion from the day number, not two
        const auto md = ymd.month * 100 + ymd.day;
        return first_month * 100 + first_day <= md && md <= last_month * 100 + last_day;
    }
};
template <> struct describe<annual_period> {
    static constexpr std::string_view name = "annual_period";
    static constexpr std::string_view doc =
        "Days of every year from a first to a last month and day, both included, within one "
        "calendar year.";
    static constexpr auto fields = std::make_tuple(
        field("first_month", &annual_period::first_month, "Month of the first day.")
            .at_least(1)
            .at_most(12),
        field("first_day", &annual_period::first_day, "Day of the month of the first day.")
            .at_least(1)
            .at_most(31),
        field("last_month", &annual_period::last_month, "Month of the last day.")
            .at_least(1)
            .at_most(12),
        field("last_day", &annual_period::last_day, "Day of the month of the last day.")
            .at_least(1)
            .at_most(31));
    static void check(const annual_period& p, const path& at) {
        // 29/2 is a day of some years: measured against a leap year.
        const auto month_days = [](std::int32_t m) {
            return static_cast<std::int32_t>(boost::gregorian::gregorian_calendar::end_of_month_day(
                2000, static_cast<unsigned short>(m)));
        };
        const auto day = [&](std::int32_t m, std::int32_t d) {
            return std::to_string(d) + "/" + std::to_string(m);
        };
        if (p.first_day > month_days(p.first_month))
            throw invalid_value((at / "first_day").str(), day(p.first_month, p.first_day),
                                "không có ngày này", "no such day");
        if (p.last_day > month_days(p.last_month))
            throw invalid_value((at / "last_day").str(), day(p.last_month, p.last_day),
                                "không có ngày này", "no such day");
        if (p.last_month * 100 + p.last_day < p.first_month * 100 + p.first_day)
            throw inconsistent_input(
                at.str(), day(p.first_month, p.first_day) + " .. " + day(p.last_month, p.last_day),
                "ngày đầu sau ngày cuối trong năm",
                "the first day comes after the last within the year");
    }
};

/// A text the rule set rests on.
struct source_document {
    std::string code; ///< "03-HD/TW"
    std::string title;
    std::string issuer;
    std::optional<sinhhoat::date> issued; ///< unknown when the text we hold does not say
};
template <> struct describe<source_document> {
    static constexpr std::string_view name = "source_document";
    static constexpr std::string_view doc = "A text a rule set rests on.";
    static constexpr auto fields = std::make_tuple(
        field("code", &source_document::code, "The document's number, e.g. '03-HD/TW'."),
        field("title", &source_document::title, "Its title."),
        field("issuer", &source_document::issuer, "Who issued it."),
        field("issued", &source_document::issued, "When it was issued; None if unknown."));
};

/// pilot.selection: what the lists of pilot organisations must meet (III.1).
struct selection_rule {
    sinhhoat::date deadline;       ///< lists must arrive strictly before this day
    std::int32_t min_online = 1;   ///< per district committee
    std::int32_t min_by_group = 1; ///< per district committee
};
template <> struct describe<selection_rule> {
    static constexpr std::string_view name = "selection";
    static constexpr std::string_view doc =
        "pilot.selection: what the lists of pilot organisations must meet.";
    static constexpr auto fields = std::make_tuple(
        field("deadline", &selection_rule::deadline, "Lists must arrive strictly before this day.")
            .required(),
        field("min_online", &selection_rule::min_online, "Per district committee.").at_least(0),
        field("min_by_group", &selection_rule::min_by_group, "Per district committee.")
            .at_least(0));
};

/// A period of days, both ends included: a quota year, or the legacy single pilot window.
struct pilot_window {
    sinhhoat::date first;
    sinhhoat::date last;

    bool contains(sinhhoat::date d) const noexcept { return first <= d && d <= last; }
};
template <> struct describe<pilot_window> {
    static constexpr std::string_view name = "window";
    static constexpr std::string_view doc = "A period of days, both ends included.";
    static constexpr auto fields =
        std::make_tuple(field("first", &pilot_window::first, "First day, included.").required(),
                        field("last", &pilot_window::last, "Last day, included.").required());
    static void check(const pilot_window& w, const path& at) {
        if (w.last < w.first)
            throw inconsistent_input(at.str(), to_iso(w.first) + " .. " + to_iso(w.last),
                                     "ngày bắt đầu sau ngày kết thúc", "starts after it ends");
    }
};

/// One period a rule set covers (R27, R28): the days from `first` to `last` (none: until a text
/// ends it, "đến khi có quy định, hướng dẫn mới"), and the texts that open and close it. A day
/// between two periods has no rule basis and is not covered.
struct coverage_period {
    sinhhoat::date first;
    std::optional<sinhhoat::date> last; ///< none: open-ended
    std::string opened_by;              ///< the text that opens it, e.g. "50-CT/TW"
    std::string closed_by;              ///< the text that closes it, where known
    /// How pilot.window cites a day of this period ("Chỉ thị 50-CT/TW Mục 2"); empty: as the
    /// rule set cites pilot.window.
    std::string citation;

    bool contains(sinhhoat::date d) const noexcept { return first <= d && (!last || d <= *last); }
};
template <> struct describe<coverage_period> {
    static constexpr std::string_view name = "period";
    static constexpr std::string_view doc =
        "A period a rule set covers, both ends included; no last day: until a new text ends it.";
    static constexpr auto fields = std::make_tuple(
        field("first", &coverage_period::first, "First day, included.").required(),
        field("last", &coverage_period::last,
              "Last day, included; None: open-ended (until new rules).")
            .required(),
        field("opened_by", &coverage_period::opened_by, "The text that opens it, e.g. '50-CT/TW'."),
        field("closed_by", &coverage_period::closed_by, "The text that closes it, where known."),
        field("citation", &coverage_period::citation,
              "How pilot.window cites a day of the period; empty: the rule set's citation."));
    static void check(const coverage_period& p, const path& at) {
        if (p.last && *p.last < p.first)
            throw inconsistent_input(at.str(), to_iso(p.first) + " .. " + to_iso(*p.last),
                                     "ngày bắt đầu sau ngày kết thúc", "starts after it ends");
    }
};

/// R29: the rule set that governs this one's jurisdiction from `since`, a day after its last
/// period (a provincial guidance that ended on its own terms, then the central continuation).
struct successor {
    std::string rule_set; ///< its id
    sinhhoat::date since; ///< the first day it governs
    std::string basis;    ///< the text it rests on, e.g. "Chỉ thị 50-CT/TW Mục 2"
};
template <> struct describe<successor> {
    static constexpr std::string_view name = "successor";
    static constexpr std::string_view doc =
        "The rule set that governs the same jurisdiction from a day after this one's periods "
        "(R29).";
    static constexpr auto fields =
        std::make_tuple(field("rule_set", &successor::rule_set, "Its id, e.g. 'hd03'.").required(),
                        field("since", &successor::since, "The first day it governs.").required(),
                        field("basis", &successor::basis, "The text it rests on."));
    static void check(const successor& s, const path& at) {
        require_rule_set_id(s.rule_set, at / "rule_set");
    }
};

/// R26: a rule set's own citation of one rule, where its text numbers the clause otherwise.
struct citation {
    rule_id rule = rule_id::online_scope_org_kind;
    std::string clause; ///< e.g. "HD Cao Bằng III.1"
};
template <> struct describe<citation> {
    static constexpr std::string_view name = "citation";
    static constexpr std::string_view doc = "A rule set's own citation of one rule (R26).";
    static constexpr auto fields = std::make_tuple(
        field("rule", &citation::rule, "The rule.").required(),
        field("clause", &citation::clause, "The clause as the rule set cites it.").required());
    static void check(const citation& c, const path& at) {
        if (c.clause.empty())
            throw invalid_value((at / "clause").str(), "''", "thiếu trích dẫn",
                                "the citation is empty");
    }
};

/// What a rule set says on a span of days, both ends included: the value in force of each dated
/// parameter (none where none is) and the period that covers the days (R27, R28). The rules read
/// their parameters here, resolved once for a meeting's day (check()) or once for every meeting
/// of the span (an audit's parameter_spans), not once per rule.
struct parameters {
    sinhhoat::date first; ///< the first day of the span
    sinhhoat::date last;  ///< its last day
    /// The index in rule_set::periods of the period covering the span; -1: none covers it.
    std::int32_t period = -1;
    std::optional<std::int32_t> online_quota_committee;
    std::optional<std::int32_t> online_quota_cell;
    std::optional<std::int32_t> group_quota;
    std::optional<std::int32_t> group_min_members;
    std::optional<std::int32_t> report_deadline_days;
    std::optional<ground_set> grounds;
    std::optional<topic_set> excluded_topics;
    std::optional<topic_set> required_steps;
    std::optional<topic_set> committee_steps;
    std::optional<topic_set> thematic_steps;

    bool covered() const noexcept { return period >= 0; }
};

struct rule_set {
    std::string id;      ///< stable identifier, e.g. "cao_bang" (is_rule_set_id)
    std::string name;    ///< human name, Vietnamese
    std::string version; ///< the rule set's own version: a changed rule set has a new one
    std::vector<source_document> sources;
    std::vector<std::string> notes; ///< readings taken where the texts held are silent
    /// The periods it covers, in order, apart; only the last may be open-ended (R27, R28).
    std::vector<coverage_period> periods;
    /// R29: the rule set that governs the jurisdiction after the last period, from a day.
    std::optional<successor> succeeded_by;
    /// R32: notes every verdict for a day on or after theirs carries, in order of that day.
    std::vector<caveat> caveats;
    pilot_set covers = pilot_set::all(); ///< the pilots the texts speak of; others not covered
    /// Pilots for which an organisation must be on its superior's list (III.1); Đồng Nai lets
    /// every chi bộ that meets the conditions use the tổ đảng form.
    pilot_set list_required = pilot_set::all();

    dated<std::int32_t> online_quota_committee; ///< đảng bộ cơ sở: online meetings a year
    dated<std::int32_t> online_quota_cell;      ///< chi bộ: online meetings a year
    dated<std::int32_t> group_quota;            ///< tổ đảng rounds a year
    dated<std::int32_t> group_min_members;      ///< "từ 50 đảng viên trở lên"
    dated<std::int32_t> report_deadline_days;   ///< days after the tổ meeting
    dated<ground_set> grounds;                  ///< grounds accepted for online meetings
    dated<topic_set> excluded_topics;           ///< II.3.2
    dated<topic_set> required_steps;            ///< II.4.1, II.4.2 ý 2: a chi bộ's meeting
    /// R15: the steps of a cấp uỷ meeting and of a đảng bộ cơ sở's general meeting.
    dated<topic_set> committee_steps = committee_meeting_steps();
    /// R41: the steps of a thematic meeting (sinh hoạt chuyên đề), of any body.
    dated<topic_set> thematic_steps = thematic_meeting_steps();
    /// R6: when the teacher and student grounds hold (II.1.1 a: "trong thời gian nghỉ hè").
    annual_period summer_break;
    /// R17 under interp.round_period = days: the last tổ meeting of a round is at most this many
    /// days after the first.
    std::int32_t round_max_days = 30;

    /// R26: how findings under this rule set cite a clause: `citation_prefix` before the
    /// catalogue's clause ("HD Cao Bằng" + "II.2 ý 3"), unless `citations` names the rule.
    std::string citation_prefix;
    std::vector<citation> citations;

    interpretations interp;
    std::optional<selection_rule> selection; ///< absent: the text sets no list requirement
    bool registration_required = false;      ///< pilot.registration
    /// R44: where registration is required, whether a đảng bộ cơ sở's general meeting is among
    /// the meetings to register (Nghệ An Khối's item lists cấp uỷ, online chi bộ and tổ đảng
    /// meetings only).
    bool registration_general_meeting = true;
    /// pilot.reporting: units send a final evaluation report. R40: None, the texts held do not
    /// say (not evaluated).
    std::optional<bool> final_report_required = false;
    /// R40: the last day for the final report, where a text states one; None, no deadline is
    /// stated, and a report not yet sent after the window is not evaluated.
    std::optional<date> final_report_due;

    /// SHA-256 of the canonical JSON of the fields above (json::canonical): what a verdict names
    /// so that it can be replayed. Not part of the rule set's data, equality or JSON. Set by the
    /// JSON loaders and json::identify(), and for the built-in constants from a generated table;
    /// empty (unknown) for a rule set made in C++ without them. Changing a field after loading
    /// leaves it stale: call json::identify() again.
    sha256 digest;
    /// The citations of every rule, computed with the digest (seal_citations()); empty: the
    /// catalogue's.
    std::shared_ptr<const citation_table> cited;
    /// `cited` with each period's own citation of pilot.window (R27), one per period; and the
    /// caveats in force from each caveat's day (R32): shared by the verdicts, computed once.
    std::vector<std::shared_ptr<const citation_table>> cited_by_period;
    std::vector<std::shared_ptr<const caveat_list>> caveats_from;
    /// R29: `cited` with pilot.window naming the successor, for the days it governs.
    std::shared_ptr<const citation_table> cited_after;

    /// R34: the day of the earliest dated text the rule set rests on (HD03, 27/12/2022, for
    /// every built-in set): a decision or a pilot selection dated before it was not made under
    /// the guidance. Nothing when no source is dated.
    std::optional<sinhhoat::date> earliest_source() const noexcept {
        std::optional<sinhhoat::date> first;
        for (const auto& s : sources)
            if (s.issued && (!first || *s.issued < *first))
                first = s.issued;
        return first;
    }

    /// Its parameters on `d`: a span of that one day (parameter_spans finds the longer ones).
    parameters parameters_on(sinhhoat::date d) const noexcept;

    /// The period containing `d`, or nullptr: a day outside every period is not covered.
    const coverage_period* period_at(sinhhoat::date d) const noexcept {
        for (const auto& p : periods)
            if (p.contains(d))
                return &p;
        return nullptr;
    }
    /// Whether a period covers `d`.
    bool applies_on(sinhhoat::date d) const noexcept { return period_at(d) != nullptr; }
    /// R29: the successor that governs `d` (after every period, from its day), or nullptr.
    const successor* successor_on(sinhhoat::date d) const noexcept {
        if (!succeeded_by || d < succeeded_by->since || periods.empty() || !periods.back().last ||
            !(*periods.back().last < d))
            return nullptr;
        return &*succeeded_by;
    }

    /// How findings of `rule` cite their clause under this rule set (R26).
    std::string citation_of(rule_id rule) const {
        for (const auto& c : citations)
            if (c.rule == rule)
                return c.clause;
        const auto clause = std::string(clause_of(rule));
        return citation_prefix.empty() ? clause : citation_prefix + " " + clause;
    }
    /// Computes `cited`, `cited_by_period` and `caveats_from` from the fields (the JSON loaders,
    /// json::identify() and the built-in constants do it; a rule set changed after that must be
    /// sealed again, like its digest).
    void seal_citations() {
        auto table = std::make_shared<citation_table>();
        for (std::size_t i = 0; i < enum_size<rule_id>(); ++i)
            table->push_back(citation_of(static_cast<rule_id>(i)));
        cited = std::move(table);
        cited_by_period.clear();
        for (const auto& p : periods)
            cited_by_period.push_back(
                p.citation.empty() ? cited : with_window_citation(*cited, p.citation));
        cited_after = succeeded_by ? with_window_citation(*cited, successor_citation()) : nullptr;
        caveats_from.clear();
        for (std::size_t k = 1; k <= caveats.size(); ++k)
            caveats_from.push_back(std::make_shared<const caveat_list>(
                caveats.begin(), caveats.begin() + static_cast<std::ptrdiff_t>(k)));
    }
    /// The citations of a verdict for `d`: the period's (R27), or naming the successor that
    /// governs the day (R29), else the rule set's; the catalogue's (nullptr) when not sealed.
    std::shared_ptr<const citation_table> citations_on(sinhhoat::date d) const {
        const auto unsealed = [&](std::string window) { // made for this verdict
            citation_table all;
            for (std::size_t r = 0; r < enum_size<rule_id>(); ++r)
                all.push_back(cited ? (*cited)[r] : citation_of(static_cast<rule_id>(r)));
            return with_window_citation(all, std::move(window));
        };
        if (const auto* p = period_at(d)) {
            const auto i = static_cast<std::size_t>(p - periods.data());
            if (cited_by_period.size() == periods.size())
                return cited_by_period[i];
            if (!p->citation.empty())
                return unsealed(p->citation);
        } else if (successor_on(d)) {
            return cited_after ? cited_after : unsealed(successor_citation());
        }
        return cited;
    }
    /// R29: how pilot.window cites a day the successor governs: the rule set's own clause, then
    /// the successor's id and the text it rests on ("HD Cao Bằng III (thời gian thực hiện);
    /// từ 01/07/2025: hd03 (Chỉ thị 50-CT/TW Mục 2)").
    std::string successor_citation() const {
        if (!succeeded_by)
            return citation_of(rule_id::pilot_window);
        const auto& next = *succeeded_by;
        return citation_of(rule_id::pilot_window) + "; từ " + to_vn(next.since) + ": " +
               next.rule_set + (next.basis.empty() ? "" : " (" + next.basis + ")");
    }
    /// R32: the caveats a verdict for `d` carries (nullptr: none), those dated on or before it.
    std::shared_ptr<const caveat_list> caveats_on(sinhhoat::date d) const {
        std::size_t k = 0;
        while (k < caveats.size() && !(d < caveats[k].since))
            ++k;
        if (k == 0)
            return nullptr;
        if (caveats_from.size() == caveats.size() && caveats_from[k - 1]->size() == k)
            return caveats_from[k - 1];
        return std::make_shared<const caveat_list>(
            caveats.begin(), caveats.begin() + static_cast<std::ptrdiff_t>(k));
    }

  private:
    static std::shared_ptr<const citation_table> with_window_citation(const citation_table& base,
                                                                      std::string window) {
        auto out = std::make_shared<citation_table>(base);
        (*out)[static_cast<std::size_t>(rule_id::pilot_window)] = std::move(window);
        return out;
    }

  public:
    /// Throws `invalid_rule_set` naming the parameter (`rule_set(cao_bang).group_quota[1]`):
    /// periods none, overlapping, out of order or open before the last; gaps or overlaps in dated
    /// values, a parameter not covering every period, counts out of range, a required step that
    /// is also excluded, a successor that does not follow the last period, caveats out of order.
    void validate() const;
    /// As validate(), naming paths below `at` (a JSON Pointer when read from a file).
    void validate(const path& at) const;
};
template <> struct describe<rule_set> {
    static constexpr std::string_view name = "rule_set";
    static constexpr std::string_view doc =
        "One jurisdiction's rules as data: documents, pilot window, quotas, grounds, excluded "
        "topics, deadlines and readings.";
    static constexpr auto fields = std::make_tuple(
        field("id", &rule_set::id, "Stable identifier, e.g. 'cao_bang'.").required(),
        field("name", &rule_set::name, "Human name, in Vietnamese."),
        field("version", &rule_set::version,
              "The rule set's own version; a changed rule set has a new one."),
        field("sources", &rule_set::sources, "The texts the rule set rests on."),
        field("notes", &rule_set::notes,
              "Readings the rule set takes where the texts it holds are silent."),
        field("periods", &rule_set::periods,
              "The periods the rule set covers, in order (R27, R28); files with the single "
              "'window' of earlier versions read as one period.")
            .required(),
        field("succeeded_by", &rule_set::succeeded_by,
              "The rule set that governs the jurisdiction after the last period (R29); None: "
              "none named."),
        field("caveats", &rule_set::caveats,
              "Notes carried by every verdict for a day on or after theirs (R32)."),
        field("covers", &rule_set::covers, "The pilots the texts speak of; others not covered."),
        field("list_required", &rule_set::list_required,
              "Pilots for which an organisation must be on its superior's list (III.1)."),
        field("online_quota_committee", &rule_set::online_quota_committee,
              "Online meetings a year of a special-nature đảng bộ cơ sở (II.2 ý 3).")
            .required()
            .at_least(0),
        field("online_quota_cell", &rule_set::online_quota_cell,
              "Online meetings a year of a special-nature chi bộ (II.2 ý 3).")
            .required()
            .at_least(0),
        field("group_quota", &rule_set::group_quota, "Tổ đảng rounds a year (II.2 ý 5).")
            .required()
            .at_least(0),
        field("group_min_members", &rule_set::group_min_members,
              "Members a chi bộ needs to meet by tổ đảng (II.1.2).")
            .required()
            .at_least(1),
        field("report_deadline_days", &rule_set::report_deadline_days,
              "Days after a tổ meeting by which the tổ trưởng reports (II.4.2 ý 2).")
            .required()
            .at_least(0)
            .at_most(366),
        field("grounds", &rule_set::grounds, "Grounds accepted for online meetings (II.1.1).")
            .required(),
        field("excluded_topics", &rule_set::excluded_topics,
              "Topics not dealt with online or by tổ đảng (II.3.2).")
            .required(),
        field("required_steps", &rule_set::required_steps,
              "Steps every online and tổ meeting holds (II.4.1, II.4.2 ý 2).")
            .required(),
        field("committee_steps", &rule_set::committee_steps,
              "Steps of an online cấp uỷ meeting and of a đảng bộ cơ sở's general meeting (R15; "
              "II.4.1)."),
        field("thematic_steps", &rule_set::thematic_steps,
              "Steps of an online thematic meeting (sinh hoạt chuyên đề) of any body (R41; "
              "II.4.1; a reading: the texts held list only the regular order)."),
        field("summer_break", &rule_set::summer_break,
              "When the teacher and student grounds hold, each year (R6; II.1.1 a)."),
        field("round_max_days", &rule_set::round_max_days,
              "Under interp.round_period = days: the last tổ meeting of a round is at most this "
              "many days after the first (R17).")
            .at_least(0)
            .at_most(366),
        field("citation_prefix", &rule_set::citation_prefix,
              "How findings cite a clause: this before the catalogue's clause, e.g. 'HD Cao Bằng' "
              "(R26)."),
        field("citations", &rule_set::citations,
              "Citations of rules whose clause the rule set numbers otherwise (R26)."),
        field("interp", &rule_set::interp, "The readings of ambiguous text."),
        field("selection", &rule_set::selection,
              "What the units' pilot lists must meet; None: the text sets no requirement."),
        field("registration_required", &rule_set::registration_required,
              "Meeting schedules are registered with the superior committee."),
        field("final_report_required", &rule_set::final_report_required,
              "Units send a final evaluation report; None: the texts held do not say (not "
              "evaluated, R40)."),
        field("final_report_due", &rule_set::final_report_due,
              "The last day for the final report, where a text states one; None: no deadline "
              "is stated (a report not yet sent after the window is not evaluated, R40)."),
        field("registration_general_meeting", &rule_set::registration_general_meeting,
              "Where registration is required, whether a đảng bộ cơ sở's general meeting "
              "registers too (R44)."));

    static void check(const rule_set& r, const path& at) {
        if (r.id.empty())
            throw invalid_rule_set((at / "id").str(), "''", "thiếu mã bộ quy tắc", "missing id");
        require_rule_set_id(r.id, at / "id");
        const path periods = at / "periods";
        if (r.periods.empty())
            throw invalid_rule_set(periods.str(), "[]", "không có thời kỳ áp dụng nào",
                                   "no period is covered");
        for (std::size_t i = 1; i < r.periods.size(); ++i) {
            const auto& prev = r.periods[i - 1];
            if (!prev.last)
                throw invalid_rule_set((periods[i - 1] / "last").str(), "null",
                                       "chỉ thời kỳ cuối cùng được không có thời hạn",
                                       "only the last period may be open-ended");
            if (!(*prev.last < r.periods[i].first))
                throw invalid_rule_set((periods[i] / "first").str(),
                                       to_iso(*prev.last) + " / " + to_iso(r.periods[i].first),
                                       "thời kỳ chồng lấn hoặc sai thứ tự với thời kỳ trước",
                                       "overlaps or comes before the previous period");
        }
        if (r.succeeded_by) {
            const auto& next = *r.succeeded_by;
            const auto& last = r.periods.back().last;
            if (!last || !(*last < next.since))
                throw invalid_rule_set((at / "succeeded_by" / "since").str(), to_iso(next.since),
                                       "phải sau ngày cuối của thời kỳ cuối cùng",
                                       "must come after the last period's last day");
            if (next.rule_set == r.id)
                throw invalid_rule_set((at / "succeeded_by" / "rule_set").str(), next.rule_set,
                                       "bộ quy tắc không thể kế tiếp chính nó",
                                       "a rule set cannot succeed itself");
        }
        if (r.final_report_due) { // R40: the report comes "hết thời gian trên"
            const auto due = (at / "final_report_due").str();
            if (r.final_report_required != true)
                throw invalid_rule_set(due, to_iso(*r.final_report_due),
                                       "có hạn gửi báo cáo tổng kết nhưng không yêu cầu báo cáo",
                                       "a deadline for a final report the rule set does not "
                                       "require (final_report_required)");
            const auto& last = r.periods.back().last;
            if (!last || !(*last < *r.final_report_due))
                throw invalid_rule_set(due, to_iso(*r.final_report_due),
                                       "phải sau ngày cuối của thời kỳ cuối cùng",
                                       "must come after the last period's last day");
        }
        for (std::size_t i = 1; i < r.caveats.size(); ++i)
            if (r.caveats[i].since < r.caveats[i - 1].since)
                throw invalid_rule_set(((at / "caveats")[i] / "since").str(),
                                       to_iso(r.caveats[i].since),
                                       "các lưu ý phải theo thứ tự ngày áp dụng",
                                       "caveats must be in order of their day");
        const auto covering = [&](const auto& p, std::string_view name) {
            // Each parameter was validated with its field; what is left is every period.
            for (const auto& period : r.periods)
                p.require_covers(at / name, period.first, period.last);
        };
        for (std::size_t i = 0; i < r.citations.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (r.citations[i].rule == r.citations[j].rule)
                    throw invalid_rule_set(((at / "citations")[i] / "rule").str(),
                                           std::string(to_code(r.citations[i].rule)),
                                           "quy tắc đã được trích dẫn ở vị trí " +
                                               std::to_string(j),
                                           "the rule is already cited at " + std::to_string(j));
        covering(r.online_quota_committee, "online_quota_committee");
        covering(r.online_quota_cell, "online_quota_cell");
        covering(r.group_quota, "group_quota");
        covering(r.group_min_members, "group_min_members");
        covering(r.report_deadline_days, "report_deadline_days");
        covering(r.grounds, "grounds");
        covering(r.excluded_topics, "excluded_topics");
        covering(r.required_steps, "required_steps");
        covering(r.committee_steps, "committee_steps");
        covering(r.thematic_steps, "thematic_steps");
        const auto not_excluded = [&](const dated<topic_set>& steps, std::string_view name) {
            for (const auto& v : steps.values())
                for (const auto& e : r.excluded_topics.values())
                    if (v.value.intersects(e.value) && !(v.until < e.from) && !(e.until < v.from))
                        throw invalid_rule_set(
                            (at / name).str(), join_codes(v.value & e.value),
                            "bước bắt buộc lại thuộc nội dung không được thực hiện",
                            "a required step is also an excluded topic");
        };
        not_excluded(r.required_steps, "required_steps");
        not_excluded(r.committee_steps, "committee_steps");
        not_excluded(r.thematic_steps, "thematic_steps");
    }
};

inline void rule_set::validate() const {
    const std::string root = is_rule_set_id(id) ? "rule_set(" + id + ")" : "rule_set";
    validate(path(root));
}

inline void rule_set::validate(const path& at) const {
    try {
        sinhhoat::validate(*this, at);
    } catch (const invalid_rule_set&) {
        throw;
    } catch (const error& e) {
        // Whatever is wrong inside a rule set makes the rule set invalid.
        throw invalid_rule_set(e.field(), e.value(), e.message_vi(), e.message_en());
    }
}

namespace detail {
/// Each dated parameter of a rule set beside where `parameters` holds its value: the one list
/// both are read through.
inline constexpr auto dated_parameters = std::make_tuple(
    std::make_pair(&rule_set::online_quota_committee, &parameters::online_quota_committee),
    std::make_pair(&rule_set::online_quota_cell, &parameters::online_quota_cell),
    std::make_pair(&rule_set::group_quota, &parameters::group_quota),
    std::make_pair(&rule_set::group_min_members, &parameters::group_min_members),
    std::make_pair(&rule_set::report_deadline_days, &parameters::report_deadline_days),
    std::make_pair(&rule_set::grounds, &parameters::grounds),
    std::make_pair(&rule_set::excluded_topics, &parameters::excluded_topics),
    std::make_pair(&rule_set::required_steps, &parameters::required_steps),
    std::make_pair(&rule_set::committee_steps, &parameters::committee_steps),
    std::make_pair(&rule_set::thematic_steps, &parameters::thematic_steps));

} // namespace detail

inline bool operator==(const parameters& a, const parameters& b) {
    return a.first == b.first && a.last == b.last && a.period == b.period &&
           std::apply([&](const auto&... f) { return ((a.*f.second == b.*f.second) && ...); },
                      detail::dated_parameters);
}
inline bool operator!=(const parameters& a, const parameters& b) {
    return !(a == b);
}

inline parameters rule_set::parameters_on(sinhhoat::date d) const noexcept {
    parameters p;
    p.first = p.last = d;
    std::apply(
        [&](const auto&... field) {
            const auto one = [&](const auto& f) {
                if (const auto* v = (this->*f.first).at(d))
                    p.*f.second = *v;
            };
            (one(field), ...);
        },
        detail::dated_parameters);
    if (const auto* c = period_at(d))
        p.period = static_cast<std::int32_t>(c - periods.data());
    return p;
}

/// A rule set's parameters on every day of the calendar, as the spans over which none changes, in
/// order: found once, then a day's by a binary search. An audit asks them of every meeting.
class parameter_spans {
  public:
    /// `rules` is valid (validate()): each parameter's values, and its periods, in order and
    /// apart, which are then each read once, in n log n for n of them together.
    explicit parameter_spans(const rule_set& rules) {
        // The days on which a value or a period starts, or the day after it ends: between two
        // of them nothing changes. Those outside the calendar (1400 to 9999) are no meeting's.
        const sinhhoat::date first_day(1400, 1, 1), last_day(9999, 12, 31);
        const sinhhoat::date open(boost::date_time::pos_infin);
        std::vector<sinhhoat::date> starts{first_day};
        const auto ends = [&](sinhhoat::date from, sinhhoat::date until) {
            if (!from.is_special() && first_day < from && !(last_day < from))
                starts.push_back(from);
            if (!until.is_special() && !(until < first_day) && until < last_day)
                starts.push_back(until + days(1));
        };
        const auto each_parameter = [&](auto&& f) {
            std::apply([&](const auto&... field) { (f(field), ...); }, detail::dated_parameters);
        };
        each_parameter([&](const auto& field) {
            for (const auto& v : (rules.*field.first).values())
                ends(v.from, v.until);
        });
        for (const auto& c : rules.periods)
            ends(c.first, c.last.value_or(open));
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

        // Each parameter's value (and the period) in force from each start: a cursor each,
        // moved past what ended before it.
        std::array<std::size_t, std::tuple_size_v<decltype(detail::dated_parameters)>> at{};
        std::size_t period = 0;
        spans_.reserve(starts.size());
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const auto d = starts[i];
            parameters p;
            p.first = d;
            p.last = i + 1 < starts.size() ? starts[i + 1] - days(1) : last_day;
            std::size_t k = 0;
            each_parameter([&](const auto& field) {
                const auto& values = (rules.*field.first).values();
                auto& j = at[k++];
                while (j < values.size() && values[j].until < d)
                    ++j;
                if (j < values.size() && !(d < values[j].from))
                    p.*field.second = values[j].value;
            });
            const auto& periods = rules.periods;
            while (period < periods.size() && periods[period].last && *periods[period].last < d)
                ++period;
            if (period < periods.size() && periods[period].contains(d))
                p.period = static_cast<std::int32_t>(period);
            spans_.push_back(p);
            starts_.push_back(d.day_number());
        }
    }

    /// The parameters in force on `d`, a day of the calendar (1400 to 9999).
    const parameters& on(sinhhoat::date d) const noexcept {
        const auto at = std::upper_bound(starts_.begin(), starts_.end(), d.day_number());
        return spans_[at == starts_.begin() ? 0
                                            : static_cast<std::size_t>(at - starts_.begin()) - 1];
    }
    const std::vector<parameters>& spans() const noexcept { return spans_; }

  private:
    std::vector<parameters> spans_;
    std::vector<std::uint32_t> starts_; ///< the first day of each span
};

namespace rule_sets {

namespace detail {
inline rule_set common(std::string id, std::string name, std::vector<coverage_period> periods) {
    rule_set r;
    r.id = std::move(id);
    r.name = std::move(name);
    // 2: the readings R1-R26 of the second review; 3: periods, successors and caveats (R27-R32);
    // 4: the third review's rule-set data (R41 thematic_steps, R44, R40 final_report_due and the
    // citations that say what is a reading)
    r.version = "4";
    r.periods = std::move(periods);
    r.online_quota_committee = 1; // II.2 ý 3: "không quá 01 lần trong năm"
    r.online_quota_cell = 3;      // II.2 ý 3: "không quá 03 lần trong năm"
    r.group_quota = 3;            // II.2 ý 5
    r.group_min_members = 50;     // II.1.2: "từ 50 đảng viên trở lên"
    r.report_deadline_days = 1;   // II.4.2 ý 2: "chậm nhất 01 ngày sau khi họp tổ đảng"
    r.excluded_topics = excluded_topics_ii32();
    r.required_steps = cell_meeting_steps();
    return r;
}

/// A built-in rule set with the digest of its canonical JSON, from the generated table.
inline rule_set sealed(rule_set r) {
    r.seal_citations();
    for (const auto& row : sinhhoat::detail::builtin_digests)
        if (row[0] == r.id)
            r.digest = sha256::from_hex(row[1], path("builtin_digests"));
    return r;
}

inline source_document hd03_document() {
    return {
        "03-HD/TW",
        "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc "
        "thù hoặc trong hoàn cảnh đặc biệt và sinh hoạt đảng theo tổ đảng ở chi bộ đông đảng viên",
        "Ban Bí thư Trung ương Đảng", make_date(2022, 12, 27)};
}

inline source_document chi_thi_50_document() {
    return {"50-CT/TW",
            "Chỉ thị về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn "
            "mới (Mục 2: tiếp tục thực hiện Hướng dẫn 03-HD/TW)",
            "Ban Bí thư Trung ương Đảng", make_date(2025, 7, 23)};
}

/// R29: after a provincial guidance's own period, the central continuation (R27) governs.
inline successor central_continuation() {
    return {"hd03", make_date(2025, 7, 1), "Chỉ thị 50-CT/TW Mục 2"};
}
} // namespace detail

/// Hướng dẫn 03-HD/TW of the Ban Bí thư (27/12/2022), continued by Chỉ thị 50-CT/TW (23/7/2025)
/// "đến khi có quy định, hướng dẫn mới của Trung ương" (R27). The first period ends on 30/6/2025,
/// the end the implementing texts we hold give (Cao Bằng III; Nghệ An Khối's summary in Q2 2025);
/// no text held covers 1/7-22/7/2025 (R28).
inline const rule_set& hd03() {
    static const rule_set r = [] {
        auto r = detail::common(
            "hd03", "Hướng dẫn 03-HD/TW (Ban Bí thư, 27/12/2022), tiếp tục theo Chỉ thị 50-CT/TW",
            {{make_date(2022, 12, 27), make_date(2025, 6, 30), "03-HD/TW", "",
              "HD 03-HD/TW: từ 27/12/2022 đến 30/6/2025 (cách đọc, theo HD Cao Bằng III; văn "
              "bản HD03 không có trong nguồn)"},
             {make_date(2025, 7, 23), std::nullopt, "50-CT/TW", "", "Chỉ thị 50-CT/TW Mục 2"}});
        r.sources = {detail::hd03_document(), detail::chi_thi_50_document()};
        // R26: HD03's numbering is the catalogue's (Cao Bằng follows it clause for clause).
        r.citation_prefix = "HD 03-HD/TW";
        // R40: HD03's own text is not held: its final report is Cao Bằng's (III), a reading.
        r.citations = {{rule_id::pilot_registration, "03-HD/TW: không quy định"},
                       {rule_id::pilot_reporting, "HD 03-HD/TW (cách đọc, theo HD Cao Bằng III; "
                                                  "văn bản HD03 không có trong nguồn)"}};
        r.notes = {
            "HD03's own text is not held: its first period ends on 30/6/2025, the end the "
            "implementing texts give (Cao Bằng III; Nghệ An Khối's summary in Q2 2025).",
            "R27: Chỉ thị 50-CT/TW (23/7/2025) Mục 2 continues HD03 'đến khi có quy định, hướng "
            "dẫn mới của Trung ương': a second period from 23/7/2025 with no end, with the same "
            "parameters; it is still a pilot.",
            "R28: no text held continues the pilot from 1/7/2025 to 22/7/2025: a meeting on those "
            "days has no rule basis and is not covered."};
        // R32: texts that may be the "new central rules" ending the continuation, not held.
        r.caveats = {
            {make_date(2026, 5, 19),
             "Hướng dẫn 01-HD/TW (Ban Bí thư, 19/5/2026) về thi hành Điều lệ Đảng có thể là hướng "
             "dẫn mới của Trung ương chấm dứt việc tiếp tục thí điểm; quy định của văn bản này về "
             "sinh hoạt đảng trực tuyến và theo tổ đảng chưa được đối chiếu.",
             "Hướng dẫn 01-HD/TW (Ban Bí thư, 19/5/2026) on implementing the Party Charter may be "
             "the new central guidance that ends the continued pilot; what it says of online and "
             "party-group meetings has not been checked."},
            {make_date(2026, 7, 26),
             "Quy định 208-QĐ/TW (Ban Chấp hành Trung ương, 26/7/2026) về thi hành Điều lệ Đảng "
             "có thể là quy định mới của Trung ương chấm dứt việc tiếp tục thí điểm; quy định của "
             "văn bản này về sinh hoạt đảng trực tuyến và theo tổ đảng chưa được đối chiếu.",
             "Quy định 208-QĐ/TW (Central Committee, 26/7/2026) on implementing the Party Charter "
             "may be the new central rules that end the continued pilot; what it says of online "
             "and party-group meetings has not been checked."}};
        // HD03 names members abroad and seafarers; it does not name teachers.
        r.grounds = ground_set::all() - ground_set{ground::teacher_summer_break};
        r.final_report_required = true;
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Hướng dẫn thí điểm of the Ban Thường vụ Tỉnh uỷ Cao Bằng (implements 03-HD/TW).
inline const rule_set& cao_bang() {
    static const rule_set r = [] {
        // III: "từ tháng 8 năm 2023 đến hết ngày 30/6/2025".
        auto r = detail::common("cao_bang", "Hướng dẫn thí điểm của Ban Thường vụ Tỉnh uỷ Cao Bằng",
                                {{make_date(2023, 8, 1), make_date(2025, 6, 30), "HD-TU Cao Bằng",
                                  "HD-TU Cao Bằng", ""}});
        // R29: no provincial continuation is held; the central one governs after the window.
        r.succeeded_by = detail::central_continuation();
        r.sources = {{"HD-TU Cao Bằng",
                      "Hướng dẫn thí điểm sinh hoạt đảng trực tuyến ... và sinh hoạt đảng theo tổ "
                      "đảng ở chi bộ đông đảng viên",
                      "Ban Thường vụ Tỉnh uỷ Cao Bằng", std::nullopt},
                     detail::hd03_document()};
        r.notes = {"R29: no continuation by the Tỉnh uỷ is held; from 1/7/2025 the central rules "
                   "(hd03) govern."};
        r.citation_prefix = "HD Cao Bằng"; // R26
        r.citations = {{rule_id::pilot_registration, "HD Cao Bằng: không quy định"}};
        // II.1.1 a): adds teachers; does not name members abroad or seafarers.
        r.grounds =
            ground_set::all() - ground_set{ground::abroad, ground::seafarer_offshore_island};
        // III.1: lists "trước ngày 30/7/2023"; at least one of each pilot per district.
        r.selection = selection_rule{make_date(2023, 7, 30), 1, 1};
        r.final_report_required = true;
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Hướng dẫn 08-HD/ĐUK of the Đảng ủy Khối các cơ quan tỉnh Nghệ An (20/02/2023), as reported
/// by the Khối's news item: its own text is not held. Grounds: HD03's (R7), as the item names
/// them with "như" (such as) and says it follows HD03.
inline const rule_set& nghe_an_khoi() {
    static const rule_set r = [] {
        auto r = detail::common(
            "nghe_an_khoi", "Hướng dẫn 08-HD/ĐUK (Đảng ủy Khối các cơ quan tỉnh Nghệ An)",
            {{make_date(2023, 2, 20), make_date(2025, 6, 30), "08-HD/ĐUK", "08-HD/ĐUK", ""}});
        r.succeeded_by = detail::central_continuation(); // R29
        r.sources = {
            {"08-HD/ĐUK",
             "Hướng dẫn sinh hoạt đảng trực tuyến ở đảng bộ cơ sở, chi bộ có tính chất đặc thù",
             "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Nghệ An", make_date(2023, 2, 20)},
            detail::hd03_document()};
        // R7: the item lists grounds with "như" (such as) and says the guidance follows HD03
        // closely: HD03's grounds.
        r.grounds = hd03().grounds;
        r.notes = {"The text of 08-HD/ĐUK is not held; the rules follow the Khối's news item.",
                   "R7: the item lists grounds with 'như' (such as) and says the guidance follows "
                   "HD03 closely: the set accepts HD03's grounds.",
                   "The window ends on 30/6/2025, a reading: the item says the pilot is summed "
                   "up ('tổng kết, rút kinh nghiệm') in Q2 2025 (R40).",
                   "R29: no continuation by the Khối is held; from 1/7/2025 the central rules "
                   "(hd03) govern."};
        r.registration_required = true; // schedules registered so the Khối can send attendees
        // R44: the item lists cấp uỷ meetings, online chi bộ meetings and tổ đảng meetings.
        r.registration_general_meeting = false;
        // R26: only the news item is held: it says so, and names the HD03 clause it follows.
        r.citation_prefix = "08-HD/ĐUK (theo tin bài; HD03)";
        r.citations = {{rule_id::pilot_registration, "08-HD/ĐUK (theo tin bài): đăng ký lịch"},
                       // R40: the item says "tổng kết, rút kinh nghiệm vào quý II năm 2025";
                       // its last day, 30/6/2025, is our reading.
                       {rule_id::pilot_window,
                        "08-HD/ĐUK (theo tin bài): từ 20/02/2023 đến tổng kết, rút kinh nghiệm "
                        "vào quý II năm 2025 (đến 30/6/2025: cách đọc; không có trong tin bài)"}};
        return detail::sealed(std::move(r));
    }();
    return r;
}

/// Every built-in rule set.
inline std::vector<const rule_set*> builtin() {
    return {&hd03(), &cao_bang(), &nghe_an_khoi()};
}

/// The built-in rule set with this id; `unknown_code` naming the ones there are otherwise.
inline const rule_set& by_id(std::string_view id) {
    std::string known;
    for (const auto* r : builtin()) {
        if (r->id == id)
            return *r;
        known += (known.empty() ? "" : ", ") + r->id;
    }
    throw unknown_code("rule_set.id", "'" + std::string(id) + "'",
                       "không có bộ quy tắc này (" + known + ")",
                       "no such rule set (" + known + ")");
}

/// R29: the rule set that governs `start`'s jurisdiction on `d`: `start` itself, or, on a day
/// after its periods, the successor it names, followed as far as they go. `load(id)` gives the
/// rule set with that id (its result is kept while it is followed). A chain that comes back to
/// a rule set it has passed is `inconsistent_input` naming it.
template <class RuleSet, class Load> RuleSet governing(RuleSet start, date d, Load&& load) {
    sinhhoat::detail::require_date(d, "date");
    // A rule set held by value (loaded from a file) or by pointer (a built-in constant).
    const auto as_rule_set = [](const RuleSet& r) -> const rule_set& {
        if constexpr (std::is_pointer_v<RuleSet>)
            return *r;
        else
            return r;
    };
    std::vector<std::string> passed;
    RuleSet current = std::move(start);
    for (const successor* next = as_rule_set(current).successor_on(d); next;
         next = as_rule_set(current).successor_on(d)) {
        passed.push_back(as_rule_set(current).id);
        if (std::find(passed.begin(), passed.end(), next->rule_set) != passed.end()) {
            std::string chain;
            for (const auto& id : passed)
                chain += id + " -> ";
            throw inconsistent_input(as_rule_set(current).id + ".succeeded_by",
                                     chain + next->rule_set,
                                     "chuỗi bộ quy tắc kế tiếp quay lại chính nó",
                                     "the chain of successors comes back on itself");
        }
        current = load(next->rule_set);
    }
    return current;
}

/// The built-in rule set that governs `id`'s jurisdiction on `d` (R29): Cao Bằng's on
/// 10/9/2024, the central continuation's (hd03) on 3/3/2026. Rule-set files:
/// json::governing().
inline const rule_set& governing(std::string_view id, date d) {
    return *governing(&by_id(id), d, [](const std::string& next) { return &by_id(next); });
}

} // namespace rule_sets
} // namespace sinhhoat
