#pragma once
// The party organisation whose meetings are checked: its kind, its member roll, whether it has
// tổ đảng, its pilot selection and the superior committee's special-circumstance decisions.

#include <cstdint>
#include <iterator>
#include <optional>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/error.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sinhhoat {

/// `count` active members who cannot attend in person, each for every ground in `grounds`.
/// A member with several grounds appears once, in the entry holding all of them.
struct unable_members {
    ground_set grounds;
    std::int32_t count = 0;
};
template <> struct describe<unable_members> {
    static constexpr std::string_view name = "unable_members";
    static constexpr std::string_view doc =
        "`count` active members who cannot attend in person, each for every ground in `grounds`.";
    static constexpr auto fields = std::make_tuple(
        field("grounds", &unable_members::grounds, "The grounds each of these members has."),
        field("count", &unable_members::count, "How many members.").at_least(0));
    static void check(const unable_members& u, const path& at) {
        if (u.grounds.empty())
            throw invalid_value((at / "grounds").str(), "{}", "phải nêu ít nhất một căn cứ",
                                "at least one ground is required");
    }
};

/// One member, for rolls kept member by member. Empty `unable_grounds`: can attend in person.
struct member {
    member_status status = member_status::active;
    ground_set unable_grounds;
};
template <> struct describe<member> {
    static constexpr std::string_view name = "member";
    static constexpr std::string_view doc = "One member, for rolls kept member by member.";
    static constexpr auto fields =
        std::make_tuple(field("status", &member::status, "Standing on the roll."),
                        field("unable_grounds", &member::unable_grounds,
                              "Why the member cannot attend in person; empty: can attend."));
};

/// The member roll as counts. `members` is everyone on the roll, exempted and suspended included.
struct member_roll {
    std::int32_t members = 0;
    std::int32_t exempted = 0;  ///< miễn công tác và sinh hoạt đảng
    std::int32_t suspended = 0; ///< bị đình chỉ sinh hoạt đảng
    std::vector<unable_members> unable;

    /// Counts a roll kept member by member; members sharing the same grounds share one entry.
    static member_roll from_members(const std::vector<member>& list) {
        const path root("members");
        for (std::size_t i = 0; i < list.size(); ++i)
            validate(list[i], root[i]);
        member_roll roll;
        roll.members = static_cast<std::int32_t>(list.size());
        for (const auto& m : list) {
            if (m.status == member_status::exempted)
                ++roll.exempted;
            else if (m.status == member_status::suspended)
                ++roll.suspended;
            else if (!m.unable_grounds.empty())
                roll.unable.push_back({m.unable_grounds, 1});
        }
        roll.merge_same_grounds();
        return roll;
    }

    /// Puts the entries that share their grounds into one, where the first of them was: the same
    /// roll (unable_for answers the same) in at most one entry per set of grounds, so that asking
    /// it costs no more for a roll given in a million rows (an audit's table of unable members)
    /// than for one given in a thousand. The counts must fit when summed, as a valid roll's do.
    void merge_same_grounds() {
        static_assert(std::size(enum_traits<ground>::rows) <= 16, "a table of every set");
        std::vector<std::int32_t> at(std::size_t{1} << std::size(enum_traits<ground>::rows), -1);
        std::size_t kept = 0;
        for (const auto& u : unable) {
            auto& i = at[static_cast<std::size_t>(u.grounds.bits())];
            if (i >= 0) {
                unable[static_cast<std::size_t>(i)].count += u.count;
                continue;
            }
            i = static_cast<std::int32_t>(kept);
            unable[kept++] = u;
        }
        unable.resize(kept);
    }

    /// The II.1.1 base: members less exempted and suspended members.
    std::int32_t base() const noexcept { return members - exempted - suspended; }

    /// Distinct members unable to attend for at least one ground in `accepted`.
    std::int32_t unable_for(ground_set accepted) const noexcept {
        std::int32_t n = 0;
        for (const auto& u : unable)
            if (u.grounds.intersects(accepted))
                n += u.count;
        return n;
    }
};
template <> struct describe<member_roll> {
    static constexpr std::string_view name = "roll";
    static constexpr std::string_view doc = "The member roll as counts.";
    static constexpr auto fields = std::make_tuple(
        field("members", &member_roll::members,
              "Everyone on the roll, exempted and suspended members included.")
            .at_least(0),
        field("exempted", &member_roll::exempted, "Miễn công tác và sinh hoạt đảng.").at_least(0),
        field("suspended", &member_roll::suspended, "Bị đình chỉ sinh hoạt đảng.").at_least(0),
        field("unable", &member_roll::unable,
              "Members unable to attend in person, grouped by their set of grounds."));
    static void check(const member_roll& r, const path& at) {
        if (std::int64_t{r.exempted} + r.suspended > r.members)
            throw inconsistent_input(
                (at / "exempted").str() + " + " + (at / "suspended").str(),
                std::to_string(r.exempted) + " + " + std::to_string(r.suspended) + " > " +
                    std::to_string(r.members),
                "số đảng viên miễn và bị đình chỉ sinh hoạt vượt quá tổng số đảng viên",
                "exempted plus suspended members exceed the members on the roll");
        std::int64_t total = 0;
        for (const auto& u : r.unable)
            total += u.count;
        if (total > r.base())
            throw inconsistent_input((at / "unable").str(), std::to_string(total),
                                     "số đảng viên không thể dự trực tiếp vượt quá " +
                                         std::to_string(r.base()) + " đảng viên đang sinh hoạt",
                                     "members unable to attend exceed the " +
                                         std::to_string(r.base()) + " active members");
    }
};

/// The superior committee's choice of this organisation for the pilots (III.1).
struct pilot_selection {
    bool online = false;   ///< chosen for the online-meeting pilot
    bool by_group = false; ///< chosen for the tổ đảng pilot
    /// R2: the two pilots are separate choices with their own dates. R1: unknown is no evidence
    /// that the choice came before a meeting, so the rules that need it are not evaluated.
    std::optional<sinhhoat::date> online_selected_on;
    std::optional<sinhhoat::date> by_group_selected_on;
    /// The 0.1 single date, kept so that old records load: it dates a pilot only when the
    /// organisation was chosen for that one alone (R2: one date must not serve both).
    std::optional<sinhhoat::date> selected_on;

    bool chosen(pilot_kind k) const noexcept { return k == pilot_kind::online ? online : by_group; }

    /// When the organisation was chosen for `k` (nothing when unknown or not chosen).
    std::optional<sinhhoat::date> date_for(pilot_kind k) const noexcept {
        if (!chosen(k))
            return std::nullopt;
        const auto& own = k == pilot_kind::online ? online_selected_on : by_group_selected_on;
        if (own)
            return own;
        return (online && by_group) ? std::nullopt : selected_on;
    }
};
template <> struct describe<pilot_selection> {
    static constexpr std::string_view name = "pilot";
    static constexpr std::string_view doc =
        "The superior committee's choice of this organisation for the pilots (III.1).";
    static constexpr auto fields = std::make_tuple(
        field("online", &pilot_selection::online, "Chosen for the online-meeting pilot."),
        field("by_group", &pilot_selection::by_group, "Chosen for the tổ đảng pilot."),
        field("online_selected_on", &pilot_selection::online_selected_on,
              "When chosen for the online pilot; None: not known, and the rules that need it are "
              "not evaluated (R1, R2)."),
        field("by_group_selected_on", &pilot_selection::by_group_selected_on,
              "When chosen for the tổ đảng pilot; None: not known (R1, R2)."),
        field("selected_on", &pilot_selection::selected_on,
              "Deprecated (0.1): one date for both; it dates a pilot only when the organisation "
              "was chosen for that one alone (R2)."));
    static void check(const pilot_selection& p, const path& at) {
        const auto refuse = [&](std::string_view name) {
            throw inconsistent_input(
                (at / "selected_on").str() + " / " + (at / name).str(), to_iso(*p.selected_on),
                "ngày chọn chung (bản 0.1) không dùng cùng ngày chọn riêng của từng thí điểm",
                "the 0.1 single date does not go with a pilot's own date");
        };
        if (p.selected_on && p.online_selected_on)
            refuse("online_selected_on");
        if (p.selected_on && p.by_group_selected_on)
            refuse("by_group_selected_on");
    }
};

/// A decision of the directly superior committee allowing online meetings on a
/// special-circumstance ground (III.1, second paragraph), and the circumstance's span.
struct circumstance_decision {
    sinhhoat::ground ground = sinhhoat::ground::natural_disaster;
    sinhhoat::date decided_on;           ///< the decision's date
    sinhhoat::date from;                 ///< first day of the circumstance
    std::optional<sinhhoat::date> until; ///< last day; unknown while it lasts
    std::string reference;               ///< the decision's number, e.g. "123-QĐ/HU"
    /// R42: the decision finds that members cannot be gathered at one place, which alone
    /// justifies a fully online meeting on its ground; None: it does not say.
    std::optional<bool> gathering_impossible;

    bool covers(sinhhoat::date d) const noexcept {
        return decided_on <= d && from <= d && (!until || d <= *until);
    }
};
template <> struct describe<circumstance_decision> {
    static constexpr std::string_view name = "decision";
    static constexpr std::string_view doc =
        "A decision of the directly superior committee allowing online meetings on a "
        "special-circumstance ground.";
    static constexpr auto fields = std::make_tuple(
        field("ground", &circumstance_decision::ground, "A special-circumstance ground.")
            .required(),
        field("decided_on", &circumstance_decision::decided_on, "The decision's date.").required(),
        field("from", &circumstance_decision::from, "First day of the circumstance.").required(),
        field("until", &circumstance_decision::until,
              "Last day of the circumstance; None while it lasts."),
        field("reference", &circumstance_decision::reference,
              "The decision's number, e.g. '123-QĐ/HU'."),
        field("gathering_impossible", &circumstance_decision::gathering_impossible,
              "The decision finds that members cannot be gathered at one place (R42: what "
              "justifies a fully online meeting on its ground); None: it does not say."));
    static void check(const circumstance_decision& d, const path& at) {
        if (kind_of(d.ground) != ground_kind::special_circumstance)
            throw inconsistent_input(
                (at / "ground").str(), std::string(to_code(d.ground)),
                "quyết định của cấp uỷ cấp trên chỉ dành cho hoàn cảnh đặc biệt",
                "a superior decision is for special circumstances only");
        if (d.until && *d.until < d.from)
            throw inconsistent_input((at / "until").str(), to_iso(*d.until),
                                     "ngày kết thúc trước ngày bắt đầu " + to_vn(d.from),
                                     "ends before it starts on " + to_iso(d.from));
    }
};

/// How an organisation is on a pilot's list: directly, through its đảng bộ cơ sở (R3), and
/// from when: the earliest dated listing (R39); none when no listing is dated (R1).
struct pilot_listing {
    bool listed = false;
    bool through_parent = false; ///< the dated listing used is the đảng bộ cơ sở's
    std::optional<sinhhoat::date> since;
};

/// A đảng bộ cơ sở or chi bộ (or an organisation outside the pilot's scope).
struct organisation {
    std::string name;
    organisation_kind kind = organisation_kind::grassroots_cell;
    member_roll roll;
    bool has_party_groups = false; ///< has established tổ đảng
    /// R18: how many tổ đảng; unknown leaves "every tổ meets" of a round not evaluated.
    std::optional<std::int32_t> party_groups;
    pilot_selection pilot;
    /// R3: for a chi bộ trực thuộc, its đảng bộ cơ sở's selection (a listed đảng bộ cơ sở's
    /// subordinate cells are in its online pilot; interp.subordinate_cells_inherit).
    std::optional<pilot_selection> parent_pilot;
    std::vector<circumstance_decision> decisions;
    /// R35: how many members the cấp uỷ (chi uỷ, đảng uỷ) has; a committee meeting cannot have
    /// more present. None: not stated.
    std::optional<std::int32_t> committee_size;

    /// Its listing for pilot `k`; `through_parent`: whether a chi bộ trực thuộc is listed
    /// through its đảng bộ cơ sở's listing too (R3, interp.subordinate_cells_inherit; the online
    /// pilot only). Listed both ways, it counts from the earlier dated one (R39).
    pilot_listing listing_for(pilot_kind k, bool through_parent) const noexcept {
        pilot_listing out;
        if (pilot.chosen(k)) {
            out.listed = true;
            out.since = pilot.date_for(k);
        }
        if (through_parent && k == pilot_kind::online &&
            kind == organisation_kind::subordinate_cell && parent_pilot &&
            parent_pilot->chosen(k)) {
            const auto inherited = parent_pilot->date_for(k);
            if (!out.listed || (inherited && (!out.since || *inherited < *out.since))) {
                out.through_parent = true;
                out.since = inherited;
            }
            out.listed = true;
        }
        return out;
    }

    /// Throws a `sinhhoat::error` naming `organisation.<field>`.
    void validate() const;
};
template <> struct describe<organisation> {
    static constexpr std::string_view name = "organisation";
    static constexpr std::string_view doc = "A đảng bộ cơ sở or chi bộ.";
    static constexpr auto fields = std::make_tuple(
        field("name", &organisation::name, "The organisation's name."),
        field("kind", &organisation::kind, "Đảng bộ cơ sở, chi bộ, ..."),
        field("roll", &organisation::roll, "The member roll as counts."),
        field("has_party_groups", &organisation::has_party_groups, "Has established tổ đảng."),
        field("party_groups", &organisation::party_groups,
              "How many tổ đảng; None: not stated (R18).")
            .at_least(0),
        field("pilot", &organisation::pilot, "The superior committee's pilot selection."),
        field("parent_pilot", &organisation::parent_pilot,
              "For a chi bộ trực thuộc: its đảng bộ cơ sở's pilot selection (R3)."),
        field("decisions", &organisation::decisions,
              "The superior committee's special-circumstance decisions."),
        field("committee_size", &organisation::committee_size,
              "Members of its cấp uỷ; None: not stated (R35).")
            .at_least(1));
    static void check(const organisation& o, const path& at) {
        if (o.parent_pilot && o.kind != organisation_kind::subordinate_cell)
            throw inconsistent_input((at / "parent_pilot").str(), std::string(to_code(o.kind)),
                                     "chỉ chi bộ trực thuộc mới có đảng bộ cơ sở cấp trên",
                                     "only a subordinate cell has a parent đảng bộ cơ sở");
        if (o.party_groups && (*o.party_groups > 0) != o.has_party_groups)
            throw inconsistent_input(
                (at / "party_groups").str() + " / " + (at / "has_party_groups").str(),
                std::to_string(*o.party_groups) + " / " + (o.has_party_groups ? "true" : "false"),
                "số tổ đảng không khớp với việc đã thành lập tổ đảng",
                "the number of tổ đảng contradicts whether tổ đảng are established");
        if (o.committee_size && *o.committee_size > o.roll.members)
            throw inconsistent_input(
                (at / "committee_size").str(), std::to_string(*o.committee_size),
                "nhiều hơn " + std::to_string(o.roll.members) + " đảng viên của tổ chức",
                "more than the organisation's " + std::to_string(o.roll.members) + " members");
    }
};

inline void organisation::validate() const {
    sinhhoat::validate(*this);
}

} // namespace sinhhoat
