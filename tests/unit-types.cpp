// Value types and vocabularies: enums and their codes, rule IDs and clauses, reason templates,
// enum sets, member rolls, meeting histories, equality and printing, layout, verdicts, dates.

#include "fixtures.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace fixtures;

namespace {

template <class T> std::string str(const T& v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

template <class... E> struct enum_list {};

// Every public enum with a code table.
using public_enums =
    enum_list<organisation_kind, meeting_body, meeting_form, ground_kind, ground, topic,
              infrastructure_item, platform_item, member_status, selecting_unit_kind, year_basis,
              fully_online_basis, member_count_basis, rule_id, finding_status, outcome, reason,
              pilot_kind, value_kind>;

template <class E> void check_enum() {
    static_assert(sizeof(E) == 1, "enums are on one byte");
    CAPTURE(enum_traits<E>::name);
    REQUIRE(enum_size<E>() > 0);
    std::set<std::string_view> codes;
    for (std::size_t i = 0; i < enum_size<E>(); ++i) {
        const auto e = static_cast<E>(i);
        const auto code = to_code(e);
        CAPTURE(code);
        CHECK(is_valid(e));
        CHECK_FALSE(code.empty());
        CHECK(from_code<E>(code) == e);
        CHECK(codes.insert(code).second); // codes are unique
        CHECK_FALSE(label_vi(e).empty());
        CHECK_FALSE(label_en(e).empty());
        CHECK(str(e) == code); // enums print as their codes
    }
    CHECK_FALSE(is_valid(static_cast<E>(enum_size<E>())));
    CHECK_THROWS_AS(from_code<E>("no_such_code"), unknown_code);
}

template <class... E> void check_enums(enum_list<E...>) {
    (check_enum<E>(), ...);
}

template <class E> std::string codes_of(enum_set<E> s) {
    return join_codes(s);
}

/// The placeholders `{K}` of a template, as the value indices K.
std::set<std::size_t> placeholders(std::string_view tmpl) {
    std::set<std::size_t> out;
    for (std::size_t i = 0; i + 2 < tmpl.size(); ++i)
        if (tmpl[i] == '{' && tmpl[i + 2] == '}') {
            REQUIRE(tmpl[i + 1] >= '0');
            REQUIRE(tmpl[i + 1] <= '9');
            out.insert(static_cast<std::size_t>(tmpl[i + 1] - '0'));
        }
    return out;
}

template <class T, class = void> struct printable : std::false_type {};
template <class T>
struct printable<T,
                 std::void_t<decltype(std::declval<std::ostream&>() << std::declval<const T&>())>>
    : std::true_type {};

/// Copies are equal; a copy changed by `change` is not. Both directions of == and !=.
template <class T, class F> void check_equality(const T& a, F&& change) {
    T b = a;
    CHECK(a == b);
    CHECK_FALSE(a != b);
    change(b);
    CHECK(a != b);
    CHECK_FALSE(a == b);
    CHECK(b != a);
}

} // namespace

TEST_CASE("types: every enum round-trips through to_code / from_code and has vi and en labels") {
    check_enums(public_enums{});
}

TEST_CASE("types: enum sizes and the catalogue's codes") {
    CHECK(enum_size<organisation_kind>() == 4);
    CHECK(enum_size<meeting_body>() == 3);
    CHECK(enum_size<meeting_form>() == 4);
    CHECK(enum_size<ground_kind>() == 2);
    CHECK(enum_size<ground>() == 10);
    CHECK(enum_size<topic>() == 23);
    CHECK(enum_size<infrastructure_item>() == 3);
    CHECK(enum_size<platform_item>() == 3);
    CHECK(enum_size<member_status>() == 3);
    CHECK(enum_size<selecting_unit_kind>() == 5);
    CHECK(enum_size<finding_status>() == 5);
    CHECK(enum_size<outcome>() == 5);

    SUBCASE("grounds: the six catalogue classes, and the four entries the texts differ on") {
        const ground_set classes{ground::dispersed_wide_area, ground::not_regularly_same_place,
                                 ground::cannot_leave_post,   ground::natural_disaster,
                                 ground::prolonged_isolation, ground::epidemic};
        CHECK(codes_of(classes) == "dispersed_wide_area, not_regularly_same_place, "
                                   "cannot_leave_post, natural_disaster, prolonged_isolation, "
                                   "epidemic");
        for (std::size_t i = 0; i < enum_size<ground>(); ++i) {
            const auto g = static_cast<ground>(i);
            CAPTURE(g);
            CHECK(classes.contains(ground_class(g)));
            CHECK(kind_of(ground_class(g)) == kind_of(g));
        }
        CHECK(ground_class(ground::abroad) == ground::dispersed_wide_area);
        CHECK(ground_class(ground::teacher_summer_break) == ground::not_regularly_same_place);
        CHECK(ground_class(ground::student_summer_break) == ground::not_regularly_same_place);
        CHECK(seasonal_grounds() ==
              ground_set{ground::teacher_summer_break, ground::student_summer_break});
        CHECK(ground_class(ground::seafarer_offshore_island) == ground::cannot_leave_post);
        CHECK(grounds_of(ground_kind::special_circumstance) ==
              ground_set{ground::natural_disaster, ground::prolonged_isolation, ground::epidemic});
        CHECK(grounds_of(ground_kind::special_nature).size() == 7);
    }
    SUBCASE("the excluded topics of RULES.md §4, in its order") {
        CHECK(codes_of(excluded_topics_ii32()) ==
              "organisation_and_personnel, admission, official_membership, removal_from_rolls, "
              "resignation, inspection_supervision, discipline, emulation_commendation, "
              "screening_unqualified, internal_political_protection, state_party_secrets, "
              "secret_ballot, self_criticism_review, quality_grading, major_policy_decision");
        CHECK(codes_of(cell_meeting_steps()) ==
              "party_dues, programme, superior_documents, "
              "current_affairs, draft_documents, discussion_vote");
        CHECK_FALSE(excluded_topics_ii32().intersects(cell_meeting_steps()));
    }
}

TEST_CASE("types: rule_id codes are exactly the 21 IDs of RULES.md with their clauses") {
    const std::vector<std::pair<std::string_view, std::string_view>> catalogue = {
        {"online.scope.org_kind", "II.1.1; II.2 ý 1"},
        {"online.scope.majority", "II.1.1"},
        {"online.scope.ground", "II.1.1 a), b)"},
        {"online.authorisation", "III.1"},
        {"online.infrastructure", "II.2 ý 1"},
        {"online.platform", "II.2 ý 1"},
        {"online.form", "II.2 ý 2"},
        {"online.quota", "II.2 ý 3"},
        {"online.return_in_person", "II.2 ý 4"},
        {"online.procedure", "II.4.1; II.3.1"}, // R25
        {"group.scope", "II.1.2; III.1"},       // R25: the list is III.1
        {"group.quota", "II.2 ý 5"},
        {"group.preparation", "II.4.2 ý 1"},
        {"group.conduct", "II.4.2 ý 2; II.3.1"}, // R25
        {"group.report_deadline", "II.4.2 ý 2"},
        {"group.consolidation", "II.4.2 ý 3"},
        {"content.excluded", "II.3.2"}, // R25: II.3.1 is not what it checks
        {"pilot.window", "III (thời gian thực hiện)"},
        {"pilot.selection", "III.1"},
        {"pilot.registration", "08-HD/ĐUK (Nghệ An Khối)"},
        {"pilot.reporting", "III (đoạn cuối)"},
    };
    REQUIRE(enum_size<rule_id>() == 21);
    REQUIRE(catalogue.size() == 21);
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const auto r = static_cast<rule_id>(i);
        CAPTURE(catalogue[i].first);
        CHECK(to_code(r) == catalogue[i].first);
        CHECK(from_code<rule_id>(catalogue[i].first) == r);
        CHECK(clause_of(r) == catalogue[i].second);
        CHECK_FALSE(clause_of(r).empty());
        finding f;
        f.rule = r;
        CHECK(f.clause() == clause_of(r));
    }
    CHECK(clause_of(static_cast<rule_id>(21)).empty());
}

TEST_CASE("types: every reason's vi and en templates render completely") {
    const auto base_date = d(2024, 12, 31);
    for (std::size_t i = 0; i < enum_size<reason>(); ++i) {
        const auto r = static_cast<reason>(i);
        CAPTURE(r);
        finding f;
        f.reason = r;
        const auto vi = placeholders(label_vi(r));
        const auto en = placeholders(label_en(r));
        // The two languages show the same values.
        CHECK(vi == en);
        // Value names: at most max_values, distinct identifiers.
        const auto names = std::string(f.value_names());
        std::set<std::string> seen;
        std::size_t start = 0;
        while (!names.empty() && start <= names.size()) {
            const auto comma = std::min(names.find(',', start), names.size());
            const auto name = names.substr(start, comma - start);
            CHECK_FALSE(name.empty());
            CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") == std::string::npos);
            CHECK(seen.insert(name).second);
            start = comma + 1;
        }
        CHECK(seen.size() == f.value_count());
        CHECK(f.value_count() <= finding::max_values);
        // Every declared value is shown in both languages, and every placeholder names one.
        CHECK(vi.size() == f.value_count());
        CHECK(f.info().statuses.size() >= 1);

        // Fill each value by its declared kind and remember what the text must then contain.
        std::vector<std::string> expect_vi, expect_en;
        for (std::size_t k = 0; k < f.value_count(); ++k) {
            const auto kind = f.info().values[k].kind;
            CAPTURE(k);
            CAPTURE(kind);
            REQUIRE(vi.count(k) == 1);
            switch (kind) {
            case value_kind::count:
                f.values[k] = 40 + static_cast<std::int64_t>(k);
                expect_vi.push_back(std::to_string(f.values[k]));
                expect_en.push_back(std::to_string(f.values[k]));
                break;
            case value_kind::flag:
                f.values[k] = 1;
                expect_vi.emplace_back("có");
                expect_en.emplace_back("yes");
                break;
            case value_kind::date: {
                const auto day = base_date - days(static_cast<long>(k));
                f.values[k] = date_value(day);
                expect_vi.push_back(to_vn(day));
                expect_en.push_back(to_iso(day));
                break;
            }
            case value_kind::organisation_kind:
                f.values[k] = static_cast<std::int64_t>(organisation_kind::subordinate_cell);
                expect_vi.emplace_back(label_vi(organisation_kind::subordinate_cell));
                expect_en.emplace_back(label_en(organisation_kind::subordinate_cell));
                break;
            case value_kind::ground:
                f.values[k] = static_cast<std::int64_t>(ground::teacher_summer_break);
                expect_vi.emplace_back(label_vi(ground::teacher_summer_break));
                expect_en.emplace_back(label_en(ground::teacher_summer_break));
                break;
            case value_kind::meeting_form:
                f.values[k] = static_cast<std::int64_t>(meeting_form::fully_online);
                expect_vi.emplace_back(label_vi(meeting_form::fully_online));
                expect_en.emplace_back(label_en(meeting_form::fully_online));
                break;
            case value_kind::topics:
                f.values[k] = static_cast<std::int64_t>(
                    topic_set{topic::admission, topic::discipline}.bits());
                expect_vi.push_back(std::string(label_vi(topic::admission)) + "; " +
                                    std::string(label_vi(topic::discipline)));
                expect_en.push_back(std::string(label_en(topic::admission)) + "; " +
                                    std::string(label_en(topic::discipline)));
                break;
            case value_kind::infrastructure:
                f.values[k] = static_cast<std::int64_t>(
                    infrastructure_set{infrastructure_item::stable_connection}.bits());
                expect_vi.emplace_back(label_vi(infrastructure_item::stable_connection));
                expect_en.emplace_back(label_en(infrastructure_item::stable_connection));
                break;
            case value_kind::platform:
                f.values[k] = static_cast<std::int64_t>(
                    platform_set{platform_item::headquartered_in_vietnam}.bits());
                expect_vi.emplace_back(label_vi(platform_item::headquartered_in_vietnam));
                expect_en.emplace_back(label_en(platform_item::headquartered_in_vietnam));
                break;
            case value_kind::pilot:
                f.values[k] = static_cast<std::int64_t>(pilot_kind::by_group);
                expect_vi.emplace_back(label_vi(pilot_kind::by_group));
                expect_en.emplace_back(label_en(pilot_kind::by_group));
                break;
            }
        }
        const auto mvi = f.message_vi();
        const auto men = f.message_en();
        CAPTURE(mvi);
        CAPTURE(men);
        CHECK_FALSE(mvi.empty());
        CHECK_FALSE(men.empty());
        CHECK(mvi.find('{') == std::string::npos);
        CHECK(mvi.find('}') == std::string::npos);
        CHECK(men.find('{') == std::string::npos);
        CHECK(men.find('}') == std::string::npos);
        for (const auto& s : expect_vi)
            CHECK(contains(mvi, s));
        for (const auto& s : expect_en)
            CHECK(contains(men, s));
    }
}

// erase of a value cast out of range must be a no-op, not a shift by 200 (undefined behaviour).
TEST_CASE("types: enum_set::erase of an out-of-range value leaves the set unchanged") {
    auto s = ground_set::all();
    s.erase(static_cast<ground>(200));
    CHECK(s == ground_set::all());
    CHECK(s.contains(ground::epidemic));
}

TEST_CASE("types: enum_set operations") {
    constexpr ground_set a{ground::abroad, ground::epidemic, ground::abroad};
    constexpr ground_set b{ground::epidemic, ground::natural_disaster};
    static_assert(a.size() == 2, "duplicates are stored once");
    static_assert((a & b) == ground_set{ground::epidemic}, "");
    static_assert((a | b).size() == 3, "");
    static_assert((a - b) == ground_set{ground::abroad}, "");
    static_assert(sizeof(ground_set) == 2, "a set is the smallest word with a bit per code");
    static_assert(sizeof(platform_set) == 1 && sizeof(topic_set) == 4, "");
    static_assert(sizeof(std::optional<platform_set>) == 2, "R38: not stated costs a byte");

    CHECK(a.contains(ground::abroad));
    CHECK_FALSE(a.contains(ground::natural_disaster));
    CHECK(a.intersects(b));
    CHECK_FALSE(a.intersects(ground_set{ground::natural_disaster}));
    CHECK(ground_set::all().includes(a));
    CHECK_FALSE(a.includes(b));
    CHECK(a.includes(ground_set{}));
    CHECK(ground_set{}.empty());
    CHECK_FALSE(a.empty());
    CHECK(ground_set::all().size() == enum_size<ground>());
    CHECK(topic_set::all().size() == 23);

    auto c = a;
    c.insert(ground::natural_disaster).erase(ground::abroad);
    CHECK(c == b);
    c.erase(ground::abroad); // not there: no change
    CHECK(c == b);
    c.insert(static_cast<ground>(200)); // out of range: ignored
    CHECK(c == b);
    CHECK_FALSE(c.contains(static_cast<ground>(200)));

    // from_bits keeps only bits of real enumerators.
    CHECK(ground_set::from_bits(~std::uint64_t{0}) == ground_set::all());
    CHECK(ground_set::from_bits(std::uint64_t{1} << 40).empty());
    CHECK(ground_set::from_bits(a.bits()) == a);

    std::vector<ground> order;
    (a | b).for_each([&](ground g) { order.push_back(g); });
    CHECK(order == std::vector<ground>{ground::abroad, ground::natural_disaster, ground::epidemic});
    CHECK(join_codes(a | b) == "abroad, natural_disaster, epidemic");
    CHECK(str(a) == "{abroad, epidemic}");
    CHECK(str(ground_set{}) == "{}");
}

TEST_CASE("types: member_roll::from_members counts each member once") {
    const member active{};
    const member dispersed{member_status::active, {ground::dispersed_wide_area}};
    const member two_grounds{member_status::active,
                             {ground::dispersed_wide_area, ground::epidemic}};
    const member exempted{member_status::exempted, {ground::dispersed_wide_area}};
    const member suspended{member_status::suspended, {}};
    const auto roll =
        member_roll::from_members({dispersed, active, two_grounds, dispersed, exempted, suspended,
                                   two_grounds, dispersed, active});

    CHECK(roll.members == 9);
    CHECK(roll.exempted == 1);
    CHECK(roll.suspended == 1);
    CHECK(roll.base() == 7);
    // Members sharing the same grounds share one entry, in first-seen order; the exempted
    // member's ground does not count.
    REQUIRE(roll.unable.size() == 2);
    CHECK(roll.unable[0] == unable_members{{ground::dispersed_wide_area}, 3});
    CHECK(roll.unable[1] == unable_members{{ground::dispersed_wide_area, ground::epidemic}, 2});
    CHECK(roll.unable_for({ground::dispersed_wide_area}) == 5);
    CHECK(roll.unable_for({ground::epidemic}) == 2);
    // A member with two accepted grounds is counted once.
    CHECK(roll.unable_for({ground::dispersed_wide_area, ground::epidemic}) == 5);
    CHECK(roll.unable_for({ground::abroad}) == 0);
    CHECK_NOTHROW(validate(roll));

    const auto empty = member_roll::from_members({});
    CHECK(empty.members == 0);
    CHECK(empty.unable.empty());
    CHECK(empty.base() == 0);
}

TEST_CASE("types: meeting_history sorts its meetings and count() includes both bounds") {
    const auto at = [](date day, meeting_form form = meeting_form::hybrid) {
        past_meeting p;
        p.date = day;
        p.form = form;
        if (form == meeting_form::by_group)
            p.body = meeting_body::party_group_round;
        return p;
    };
    meeting_history h({at(d(2024, 5, 1)), at(d(2024, 1, 1)),
                       at(d(2024, 3, 1), meeting_form::in_person),
                       at(d(2024, 3, 1), meeting_form::fully_online), at(d(2023, 12, 31))});
    REQUIRE(h.size() == 5);
    std::vector<date> dates;
    for (const auto& m : h)
        dates.push_back(m.date);
    CHECK(dates == std::vector<date>{d(2023, 12, 31), d(2024, 1, 1), d(2024, 3, 1), d(2024, 3, 1),
                                     d(2024, 5, 1)});
    // Equal dates keep their given order.
    CHECK(h.meetings()[2].form == meeting_form::in_person);
    CHECK(h.meetings()[3].form == meeting_form::fully_online);

    // add() keeps the order and puts a meeting after those of the same date.
    h.add(at(d(2024, 3, 1), meeting_form::by_group));
    h.add(at(d(2022, 6, 1)));
    CHECK(h.meetings().front().date == d(2022, 6, 1));
    CHECK(h.meetings()[5].form == meeting_form::by_group);
    CHECK(h.meetings()[5].date == d(2024, 3, 1));

    const auto all = [](const past_meeting&) { return true; };
    CHECK(h.count(d(2024, 1, 1), d(2024, 12, 31), all) == 5);
    CHECK(h.count(d(2024, 1, 2), d(2024, 12, 31), all) == 4);
    CHECK(h.count(d(2024, 1, 1), d(2024, 4, 30), all) == 4);
    CHECK(h.count(d(2024, 3, 1), d(2024, 3, 1), all) == 3);
    CHECK(h.count(d(2024, 3, 2), d(2024, 4, 30), all) == 0);
    CHECK(h.count(d(2024, 5, 1), d(2024, 3, 1), all) == 0); // first after last
    CHECK(h.count(d(2000, 1, 1), d(2100, 1, 1), all) == 7);
    CHECK(h.count(d(2024, 1, 1), d(2024, 12, 31),
                  [](const past_meeting& p) { return p.form == meeting_form::hybrid; }) == 2);
    CHECK(meeting_history{}.count(d(2000, 1, 1), d(2100, 1, 1), all) == 0);

    // A meeting added from a full meeting keeps what the quotas need.
    meeting_history g;
    g.add(online_meeting(d(2024, 2, 2), ground::epidemic, meeting_form::fully_online));
    CHECK(g.meetings()[0] == past_meeting{d(2024, 2, 2), meeting_body::whole_organisation,
                                          meeting_form::fully_online, ground::epidemic});
}

TEST_CASE("types: value types compare equal and unequal") {
    const auto day = d(2024, 3, 1);
    check_equality(online_meeting(day), [](meeting& m) { m.registered = false; });
    check_equality(online_meeting(day), [](meeting& m) { m.ground.reset(); });
    check_equality(online_meeting(day), [](meeting& m) { m.agenda.insert(topic::thematic); });
    check_equality(cell(10, 6), [](organisation& o) { o.roll.suspended = 1; });
    check_equality(cell(10, 6), [](organisation& o) { o.name = "Chi bộ khác"; });
    check_equality(cell(10, 6),
                   [](organisation& o) { o.pilot.online_selected_on = d(2023, 8, 1); });
    check_equality(cell(10, 6), [&](organisation& o) {
        o.decisions.push_back({ground::epidemic, day, day, std::nullopt, "1-QĐ/HU", true});
    });
    check_equality(member_roll{},
                   [](member_roll& r) { r.unable.push_back({{ground::abroad}, 1}); });
    check_equality(member{}, [](member& m) { m.status = member_status::exempted; });
    check_equality(round_on(day), [](group_round& r) { r.groups[1].report_date = std::nullopt; });
    check_equality(round_on(day), [](group_round& r) { r.consolidation->tasks_assigned = false; });
    check_equality(round_on(day), [](group_round& r) { r.preparation.reset(); });
    check_equality(past_meeting::of(online_meeting(day)),
                   [](past_meeting& p) { p.ground.reset(); });
    check_equality(meeting_history{}, [&](meeting_history& h) { h.add(online_meeting(day)); });
    check_equality(unit_selection{}, [](unit_selection& s) { s.online.push_back(cell(10, 6)); });
    check_equality(pilot::window(day, rule_sets::cao_bang()), [](finding& f) { f.values[2] += 1; });
    check_equality(pilot::window(day, rule_sets::cao_bang()),
                   [](finding& f) { f.status = finding_status::violated; });
    check_equality(rule_sets::cao_bang().periods[0],
                   [](coverage_period& p) { *p.last += days(1); });
    check_equality(rule_sets::hd03().periods[1], [](coverage_period& p) { p.last = p.first; });
    check_equality(*rule_sets::cao_bang().succeeded_by, [](successor& s) { s.since += days(1); });
    check_equality(rule_sets::hd03().caveats[0], [](caveat& c) { c.en += "."; });
    check_equality(interpretations{},
                   [](interpretations& i) { i.committee_meetings_count = false; });
    check_equality(interpretations{},
                   [](interpretations& i) { i.year = year_basis::rolling_year; });
    check_equality(dated<std::int32_t>(3),
                   [](dated<std::int32_t>& p) { p = dated<std::int32_t>(2); });
    check_equality(*rule_sets::cao_bang().selection, [](selection_rule& s) { s.min_online = 2; });
    check_equality(quota_status{3, 1, 2, {d(2024, 1, 1), d(2024, 12, 31)}},
                   [](quota_status& q) { q.used = 2; });

    verdict v;
    v.add(pilot::window(day, rule_sets::cao_bang()));
    verdict w = v;
    CHECK(v == w);
    w.add(pilot::window(day, rule_sets::hd03()));
    CHECK(v != w);
}

TEST_CASE("types: value types print their key fields") {
    const auto day = d(2024, 3, 1);
    SUBCASE("meeting and past meeting") {
        const auto s = str(online_meeting(day, ground::epidemic, meeting_form::fully_online));
        CHECK(contains(s, "2024-03-01"));
        CHECK(contains(s, "fully_online"));
        CHECK(contains(s, "ground=epidemic"));
        CHECK(contains(s, "party_dues"));
        CHECK(contains(s, "registered=true"));
        CHECK(contains(str(past_meeting::of(group_meeting_on(day))), "by_group"));
        meeting_history h;
        h.add(online_meeting(day));
        CHECK(contains(str(h), "past_meeting{date=2024-03-01"));
    }
    SUBCASE("organisation") {
        auto o = cell(10, 6, ground::cannot_leave_post, organisation_kind::subordinate_cell);
        o.decisions.push_back({ground::epidemic, day, day, d(2024, 4, 1), "7-QĐ/HU", {}});
        const auto s = str(o);
        CHECK(contains(s, "Chi bộ kiểm thử"));
        CHECK(contains(s, "subordinate_cell"));
        CHECK(contains(s, "members=10"));
        CHECK(contains(s, "cannot_leave_post"));
        CHECK(contains(s, "7-QĐ/HU"));
        CHECK(contains(s, "until=2024-04-01"));
    }
    SUBCASE("tổ đảng round") {
        const auto s = str(round_on(day, 2));
        CHECK(contains(s, "group_preparation{date=2024-02-29"));
        CHECK(contains(s, "group=2"));
        CHECK(contains(s, "report_date=2024-03-01"));
        CHECK(contains(s, "group_consolidation{date=2024-03-03"));
    }
    SUBCASE("unit selection") {
        unit_selection u;
        u.unit = "Huyện uỷ Bảo Lạc";
        u.submitted_on = d(2023, 7, 29);
        u.online = {cell(10, 6)};
        const auto s = str(u);
        CHECK(contains(s, "Huyện uỷ Bảo Lạc"));
        CHECK(contains(s, "district_committee"));
        CHECK(contains(s, "submitted_on=2023-07-29"));
        CHECK(contains(s, "online=[organisation{name=\"Chi bộ kiểm thử 10/6"));
    }
    SUBCASE("finding and verdict") {
        const auto f = pilot::window(d(2025, 7, 1), rule_sets::cao_bang());
        const auto s = str(f);
        CHECK(contains(s, "pilot.window"));
        CHECK(contains(s, "III (thời gian thực hiện)"));
        CHECK(contains(s, "not_covered"));
        CHECK(contains(s, "2025-07-01"));
        verdict v;
        v.add(f);
        CHECK(contains(str(v), "verdict{not_covered"));
        CHECK(contains(str(v), "pilot.window"));
    }
    SUBCASE("quota status and rule set") {
        const auto q = quota_status{3, 1, 2, {d(2024, 1, 1), d(2024, 12, 31)}};
        CHECK(str(q) == "quota_status{limit=3, used=1, remaining=2, "
                        "period=window{first=2024-01-01, last=2024-12-31}, undetermined=0}");
        CHECK(contains(str(rule_sets::hd03()), "hd03"));
    }
}

// Every value type prints, so that a failed CHECK reads as a sentence (STYLE.md).
TEST_CASE("types: the rule set's value types are printable") {
    CHECK(printable<pilot_window>::value);
    CHECK(printable<interpretations>::value);
    CHECK(printable<source_document>::value);
    CHECK(printable<selection_rule>::value);
    CHECK(printable<dated<std::int32_t>>::value);
    CHECK(printable<dated_value<std::int32_t>>::value);
}

static_assert(printable<meeting>::value && printable<organisation>::value &&
                  printable<finding>::value && printable<verdict>::value &&
                  printable<rule_set>::value && printable<group_round>::value &&
                  printable<meeting_history>::value && printable<unit_selection>::value &&
                  printable<quota_status>::value && printable<member_roll>::value,
              "the main value types print");

// The design requires a flat meeting and flat findings: no heap, copied with memcpy.
static_assert(sizeof(meeting) <= 64, "a meeting is a few dozen bytes (one cache line)");
static_assert(std::is_trivially_copyable<meeting>::value, "a meeting is flat");
static_assert(std::is_trivially_copyable<finding>::value, "a finding is flat");
static_assert(sizeof(finding) <= 48, "a finding is 48 bytes");
static_assert(std::is_trivially_copyable<past_meeting>::value, "a past meeting is flat");
static_assert(std::is_trivially_copyable<ground_set>::value, "an enum set is flat");

TEST_CASE("types: layout of the flat types") {
    CHECK(sizeof(meeting) <= 64);
    CHECK(std::is_trivially_copyable<meeting>::value);
    CHECK(std::is_trivially_copyable<finding>::value);
    CHECK(verdict::capacity >= 21);
}

TEST_CASE("types: verdict outcome precedence: violated beats not_covered beats not_evaluated beats "
          "passed") {
    const auto with = [](finding_status s, rule_id r = rule_id::online_quota) {
        finding f;
        f.rule = r;
        f.status = s;
        return f;
    };
    const auto P = finding_status::passed, V = finding_status::violated,
               C = finding_status::not_covered, A = finding_status::not_applicable,
               E = finding_status::not_evaluated;
    struct row {
        std::vector<finding_status> statuses;
        outcome expected;
    };
    const std::vector<row> table = {
        {{}, outcome::allowed},
        {{P}, outcome::allowed},
        {{P, A}, outcome::allowed},
        // Missing data is never read as compliance.
        {{P, A, E}, outcome::incomplete},
        {{E}, outcome::incomplete},
        {{C}, outcome::not_covered},
        {{E, C}, outcome::not_covered},
        {{C, E}, outcome::not_covered},
        {{P, C, P}, outcome::not_covered},
        {{A, C}, outcome::not_covered},
        {{V}, outcome::not_allowed},
        {{P, V}, outcome::not_allowed},
        {{C, V}, outcome::not_allowed},
        {{V, C}, outcome::not_allowed},
        {{P, C, A, V, E}, outcome::not_allowed},
    };
    for (std::size_t i = 0; i < table.size(); ++i) {
        CAPTURE(i);
        verdict v;
        for (const auto s : table[i].statuses)
            v.add(with(s));
        CHECK(v.outcome() == table[i].expected);
        CHECK(v.allowed() == (table[i].expected == outcome::allowed));
        CHECK(v.size() == table[i].statuses.size());
    }

    verdict v;
    v.add(with(P, rule_id::online_form));
    v.add(with(V, rule_id::online_quota));
    v.add(with(V, rule_id::online_quota));
    CHECK(v.count(V) == 2);
    CHECK(v.count(C) == 0);
    REQUIRE(v.find(rule_id::online_quota) != nullptr);
    CHECK(v.find(rule_id::online_quota) == &v[1]);
    CHECK(v.find(rule_id::pilot_window) == nullptr);
}

TEST_CASE("types: date helpers") {
    SUBCASE("to_iso and to_vn, including the turn of the year") {
        struct row {
            date day;
            const char* iso;
            const char* vn;
        };
        for (const auto& r : {row{d(2024, 12, 31), "2024-12-31", "31/12/2024"},
                              row{d(2025, 1, 1), "2025-01-01", "01/01/2025"},
                              row{d(2024, 2, 29), "2024-02-29", "29/02/2024"},
                              row{d(2023, 7, 30), "2023-07-30", "30/07/2023"},
                              row{d(1400, 1, 1), "1400-01-01", "01/01/1400"},
                              row{d(9999, 12, 31), "9999-12-31", "31/12/9999"}}) {
            CAPTURE(r.iso);
            CHECK(to_iso(r.day) == r.iso);
            CHECK(to_vn(r.day) == r.vn);
            CHECK(parse_date(r.iso) == r.day);
            CHECK(value_date(date_value(r.day)) == r.day);
        }
        CHECK(d(2024, 12, 31) + days(1) == d(2025, 1, 1));
    }
    SUBCASE("special values") {
        CHECK(to_iso(date()) == "not-a-date-time");
        CHECK(to_vn(date()) == "not-a-date-time");
        CHECK(to_iso(date(boost::date_time::pos_infin)) == "+infinity");
        CHECK(to_vn(date(boost::date_time::neg_infin)) == "-infinity");
        CHECK(date_value(date()) == 0);
        CHECK(value_date(0).is_not_a_date());
        CHECK(value_date(-5).is_not_a_date());
    }
    SUBCASE("a date in a finding renders in each language's form") {
        finding f = pilot::reporting(rule_sets::cao_bang(), d(2026, 1, 1), d(2025, 12, 31));
        CHECK(contains(f.message_vi(), "31/12/2025"));
        CHECK(contains(f.message_en(), "2025-12-31"));
        f = pilot::reporting(rule_sets::cao_bang(), d(2026, 1, 2), d(2026, 1, 1));
        CHECK(contains(f.message_vi(), "01/01/2026"));
        CHECK(contains(f.message_en(), "2026-01-01"));
    }
}

namespace {
template <class E>
void pinned(const std::string& kind, std::size_t number, const std::string& code,
            std::vector<bool>& seen) {
    if (kind != enum_traits<E>::name)
        return;
    CAPTURE(kind);
    CAPTURE(number);
    REQUIRE(number < enum_size<E>()); // a pinned code was removed
    CHECK(to_code(static_cast<E>(number)) == code);
    seen[number] = true;
}
} // namespace

TEST_CASE("types: the numbers of rules, reasons, statuses and outcomes never move") {
    // Stored results, an audit's columns and the C ABI carry these numbers: a code inserted
    // before others, or removed, would change what every stored number means.
    std::ifstream in(std::string(SINHHOAT_TESTS_DIR) + "/pinned-codes.txt");
    REQUIRE(in);
    std::vector<bool> rules(enum_size<rule_id>()), reasons(enum_size<reason>()),
        statuses(enum_size<finding_status>()), outcomes(enum_size<outcome>());
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string kind, code;
        std::size_t number = 0;
        fields >> kind >> number >> code;
        pinned<rule_id>(kind, number, code, rules);
        pinned<reason>(kind, number, code, reasons);
        pinned<finding_status>(kind, number, code, statuses);
        pinned<outcome>(kind, number, code, outcomes);
    }
    // Every code is pinned: a new one is added to the file, at the end of its enum.
    for (const auto* seen : {&rules, &reasons, &statuses, &outcomes})
        CHECK(std::count(seen->begin(), seen->end(), false) == 0);
}

TEST_CASE("static_vector: copies hold the items in use, and a full one refuses more") {
    using vec = sinhhoat::detail::static_vector<finding, 3>;
    vec a;
    CHECK(a.empty());
    a.push_back(sinhhoat::detail::explain{}.violated(rule_id::online_quota, reason::quota_exceeded,
                                                     {4, 3, 1, 2}));
    a.push_back(
        sinhhoat::detail::explain{}.passed(rule_id::online_platform, reason::platform_compliant));
    const vec b = a; // copy
    REQUIRE(b.size() == 2);
    CHECK(b == a);
    CHECK(b[0].values[0] == 4);
    CHECK(b[1].reason == reason::platform_compliant);
    vec c;
    c.push_back(b[1]);
    c = a; // assignment over fewer items
    CHECK(c == a);
    const vec& same = c;
    c = same; // self-assignment keeps them
    CHECK(c == a);
    c.push_back(b[0]);
    CHECK(c != a);
    CHECK_THROWS_AS(c.push_back(b[0]), std::logic_error);
    CHECK(c.size() == 3);
    // A verdict copied is equal, findings and all.
    verdict v;
    v.add(b[0]);
    const verdict w = v;
    CHECK(w == v);
    CHECK(w[0] == b[0]);
}
