#pragma once
// The party organisation whose meetings are checked: its kind, its member roll, whether it has
// tổ đảng, its pilot selection and the superior committee's special-circumstance decisions.

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

/// `count` active members who cannot attend in person, each for every ground in `grounds`.
/// A member with several grounds appears once, in the entry holding all of them.
struct unable_members {
    ground_set grounds;
    std::int32_t count = 0;

    friend bool operator==(const unable_members& a, const unable_members& b) {
        return a.grounds == b.grounds && a.count == b.count;
    }
    friend bool operator!=(const unable_members& a, const unable_members& b) { return !(a == b); }
};

/// One member, for rolls kept member by member. Empty `unable_grounds`: can attend in person.
struct member {
    member_status status = member_status::active;
    ground_set unable_grounds;

    friend bool operator==(const member& a, const member& b) {
        return a.status == b.status && a.unable_grounds == b.unable_grounds;
    }
    friend bool operator!=(const member& a, const member& b) { return !(a == b); }
};

/// The member roll as counts. `members` is everyone on the roll, exempted and suspended included.
struct member_roll {
    std::int32_t members = 0;
    std::int32_t exempted = 0;  ///< miễn công tác và sinh hoạt đảng
    std::int32_t suspended = 0; ///< bị đình chỉ sinh hoạt đảng
    std::vector<unable_members> unable;

    /// Counts a roll kept member by member; members sharing the same grounds share one entry.
    static member_roll from_members(const std::vector<member>& list) {
        member_roll roll;
        roll.members = static_cast<std::int32_t>(list.size());
        for (const auto& m : list) {
            if (!is_valid(m.status))
                throw invalid_value("member.status", std::to_string(int(m.status)),
                                    "trạng thái không hợp lệ", "not a valid status");
            if (m.status == member_status::exempted)
                ++roll.exempted;
            else if (m.status == member_status::suspended)
                ++roll.suspended;
            else if (!m.unable_grounds.empty()) {
                auto it = roll.unable.begin();
                while (it != roll.unable.end() && it->grounds != m.unable_grounds)
                    ++it;
                if (it == roll.unable.end())
                    roll.unable.push_back({m.unable_grounds, 1});
                else
                    ++it->count;
            }
        }
        return roll;
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

    /// Throws `invalid_value` / `inconsistent_input` naming `field.<member>`. Field names are
    /// built only when throwing: validation runs on every check.
    void validate(std::string_view field = "roll") const {
        const auto name = [&](const std::string& member) {
            return std::string(field) + "." + member;
        };
        const auto non_negative = [&](std::int32_t v, const char* member) {
            if (v < 0)
                throw invalid_value(name(member), std::to_string(v), "số lượng không được âm",
                                    "a count cannot be negative");
        };
        non_negative(members, "members");
        non_negative(exempted, "exempted");
        non_negative(suspended, "suspended");
        if (std::int64_t{exempted} + suspended > members)
            throw inconsistent_input(
                name("exempted") + " + " + name("suspended"),
                std::to_string(exempted) + " + " + std::to_string(suspended) + " > " +
                    std::to_string(members),
                "số đảng viên miễn và bị đình chỉ sinh hoạt vượt quá tổng số đảng viên",
                "exempted plus suspended members exceed the members on the roll");
        std::int64_t total = 0;
        for (std::size_t i = 0; i < unable.size(); ++i) {
            const auto entry = [&](const char* member) {
                return name("unable[" + std::to_string(i) + "]." + member);
            };
            if (unable[i].count < 0)
                throw invalid_value(entry("count"), std::to_string(unable[i].count),
                                    "số lượng không được âm", "a count cannot be negative");
            if (unable[i].grounds.empty())
                throw invalid_value(entry("grounds"), "{}", "phải nêu ít nhất một căn cứ",
                                    "at least one ground is required");
            total += unable[i].count;
        }
        if (total > base())
            throw inconsistent_input(name("unable"), std::to_string(total),
                                     "số đảng viên không thể dự trực tiếp vượt quá " +
                                         std::to_string(base()) + " đảng viên đang sinh hoạt",
                                     "members unable to attend exceed the " +
                                         std::to_string(base()) + " active members");
    }

    friend bool operator==(const member_roll& a, const member_roll& b) {
        return std::tie(a.members, a.exempted, a.suspended, a.unable) ==
               std::tie(b.members, b.exempted, b.suspended, b.unable);
    }
    friend bool operator!=(const member_roll& a, const member_roll& b) { return !(a == b); }
};

/// The superior committee's choice of this organisation for the pilots (III.1).
struct pilot_selection {
    bool online = false;                       ///< chosen for the online-meeting pilot
    bool by_group = false;                     ///< chosen for the tổ đảng pilot
    std::optional<sinhhoat::date> selected_on; ///< when chosen; unknown means "before any meeting"

    friend bool operator==(const pilot_selection& a, const pilot_selection& b) {
        return std::tie(a.online, a.by_group, a.selected_on) ==
               std::tie(b.online, b.by_group, b.selected_on);
    }
    friend bool operator!=(const pilot_selection& a, const pilot_selection& b) { return !(a == b); }
};

/// A decision of the directly superior committee allowing online meetings on a
/// special-circumstance ground (III.1, second paragraph), and the circumstance's span.
struct circumstance_decision {
    sinhhoat::ground ground = sinhhoat::ground::natural_disaster;
    sinhhoat::date decided_on;           ///< the decision's date
    sinhhoat::date from;                 ///< first day of the circumstance
    std::optional<sinhhoat::date> until; ///< last day; unknown while it lasts
    std::string reference;               ///< the decision's number, e.g. "123-QĐ/HU"

    bool covers(sinhhoat::date d) const noexcept {
        return decided_on <= d && from <= d && (!until || d <= *until);
    }

    /// Throws naming `organisation.decisions[index].<member>`.
    void validate(std::size_t index) const {
        const auto field = [index](const char* member) {
            return "organisation.decisions[" + std::to_string(index) + "]." + member;
        };
        if (!is_valid(ground))
            throw invalid_value(field("ground"), std::to_string(int(ground)), "căn cứ không hợp lệ",
                                "not a valid ground");
        if (kind_of(ground) != ground_kind::special_circumstance)
            throw inconsistent_input(
                field("ground"), std::string(to_code(ground)),
                "quyết định của cấp uỷ cấp trên chỉ dành cho hoàn cảnh đặc biệt",
                "a superior decision is for special circumstances only");
        detail::require_date(decided_on, [&] { return field("decided_on"); });
        detail::require_date(from, [&] { return field("from"); });
        if (until) {
            detail::require_date(*until, [&] { return field("until"); });
            if (*until < from)
                throw inconsistent_input(field("until"), to_iso(*until),
                                         "ngày kết thúc trước ngày bắt đầu " + to_vn(from),
                                         "ends before it starts on " + to_iso(from));
        }
    }

    friend bool operator==(const circumstance_decision& a, const circumstance_decision& b) {
        return std::tie(a.ground, a.decided_on, a.from, a.until, a.reference) ==
               std::tie(b.ground, b.decided_on, b.from, b.until, b.reference);
    }
    friend bool operator!=(const circumstance_decision& a, const circumstance_decision& b) {
        return !(a == b);
    }
};

/// A đảng bộ cơ sở or chi bộ (or an organisation outside the pilot's scope).
struct organisation {
    std::string name;
    organisation_kind kind = organisation_kind::grassroots_cell;
    member_roll roll;
    bool has_party_groups = false; ///< has established tổ đảng
    pilot_selection pilot;
    std::vector<circumstance_decision> decisions;

    void validate() const {
        if (!is_valid(kind))
            throw invalid_value("organisation.kind", std::to_string(int(kind)),
                                "loại tổ chức không hợp lệ", "not a valid organisation kind");
        roll.validate("organisation.roll");
        if (pilot.selected_on)
            detail::require_date(*pilot.selected_on, "organisation.pilot.selected_on");
        for (std::size_t i = 0; i < decisions.size(); ++i)
            decisions[i].validate(i);
    }

    friend bool operator==(const organisation& a, const organisation& b) {
        return std::tie(a.name, a.kind, a.roll, a.has_party_groups, a.pilot, a.decisions) ==
               std::tie(b.name, b.kind, b.roll, b.has_party_groups, b.pilot, b.decisions);
    }
    friend bool operator!=(const organisation& a, const organisation& b) { return !(a == b); }
};

inline std::ostream& operator<<(std::ostream& os, const unable_members& u) {
    return os << "unable_members{" << u.grounds << ", " << u.count << '}';
}
inline std::ostream& operator<<(std::ostream& os, const member& m) {
    return os << "member{" << m.status << ", " << m.unable_grounds << '}';
}
inline std::ostream& operator<<(std::ostream& os, const member_roll& r) {
    os << "member_roll{members=" << r.members << ", exempted=" << r.exempted
       << ", suspended=" << r.suspended << ", unable=[";
    for (std::size_t i = 0; i < r.unable.size(); ++i)
        os << (i ? ", " : "") << r.unable[i];
    return os << "]}";
}
inline std::ostream& operator<<(std::ostream& os, const pilot_selection& p) {
    os << "pilot_selection{online=" << p.online << ", by_group=" << p.by_group;
    if (p.selected_on)
        os << ", selected_on=" << to_iso(*p.selected_on);
    return os << '}';
}
inline std::ostream& operator<<(std::ostream& os, const circumstance_decision& d) {
    os << "circumstance_decision{" << d.ground << ", decided_on=" << to_iso(d.decided_on)
       << ", from=" << to_iso(d.from);
    if (d.until)
        os << ", until=" << to_iso(*d.until);
    return os << ", reference=\"" << d.reference << "\"}";
}
inline std::ostream& operator<<(std::ostream& os, const organisation& o) {
    os << "organisation{\"" << o.name << "\", " << o.kind << ", " << o.roll
       << ", has_party_groups=" << o.has_party_groups << ", " << o.pilot << ", decisions=[";
    for (std::size_t i = 0; i < o.decisions.size(); ++i)
        os << (i ? ", " : "") << o.decisions[i];
    return os << "]}";
}

} // namespace sinhhoat
