// JSON: round trips (property tests over random values made from the descriptions), strict
// reading (every kind of bad input names its JSON Pointer), findings and verdicts that contradict
// themselves, rule sets as files, and the Đồng Nai rule set, defined by its file only.

#include "fixtures.hpp"

#include <random>
#include <sinhhoat/json.hpp>
#include <string>
#include <vector>

using namespace fixtures;
namespace json = sinhhoat::json;

namespace {

// --- random values from the descriptions --------------------------------------------------------

template <class M> M random_value(std::mt19937& rng, std::int64_t min, std::int64_t max);

template <class T> T random_object(std::mt19937& rng) {
    T t{};
    for_each_field<T>([&](const auto& fd) {
        using M = typename std::decay_t<decltype(fd)>::member_type;
        fd.get(t) = random_value<M>(rng, fd.min, fd.max);
    });
    return t;
}

int pick(std::mt19937& rng, int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

template <class T> struct is_dated_t : std::false_type {};
template <class T> struct is_dated_t<dated<T>> : std::true_type {};

template <class M> M random_value(std::mt19937& rng, std::int64_t min, std::int64_t max) {
    if constexpr (is_described_v<M>) {
        return random_object<M>(rng);
    } else if constexpr (is_dated_t<M>::value) {
        using T = typename M::value_type;
        if (pick(rng, 2))
            return M(random_value<T>(rng, min, max));
        // Two periods meeting at a random day, open at both ends.
        const date cut = d(2024, 1, 1) + days(pick(rng, 400));
        return M(
            {{date(boost::date_time::neg_infin), cut - days(1), random_value<T>(rng, min, max)},
             {cut, date(boost::date_time::pos_infin), random_value<T>(rng, min, max)}});
    } else if constexpr (is_optional<M>::value) {
        if (pick(rng, 2))
            return std::nullopt;
        return random_value<typename M::value_type>(rng, min, max);
    } else if constexpr (is_vector<M>::value) {
        M out;
        for (int i = pick(rng, 3); i > 0; --i)
            out.push_back(random_value<typename M::value_type>(rng, min, max));
        return out;
    } else if constexpr (std::is_same_v<M, date>) {
        // Boost's limits included.
        switch (pick(rng, 6)) {
        case 0:
            return d(1400, 1, 1);
        case 1:
            return d(9999, 12, 31);
        default:
            return d(2023, 1, 1) + days(pick(rng, 1100));
        }
    } else if constexpr (std::is_same_v<M, bool>) {
        return pick(rng, 2) == 1;
    } else if constexpr (is_enum_set<M>::value) {
        return M::from_bits(std::uniform_int_distribution<std::uint64_t>()(rng));
    } else if constexpr (is_coded_enum<M>::value) {
        return static_cast<M>(pick(rng, static_cast<int>(enum_size<M>())));
    } else if constexpr (std::is_integral_v<M>) {
        const std::int64_t lo = std::max<std::int64_t>(min, -5);
        const std::int64_t hi = std::min<std::int64_t>(max, 120);
        if (pick(rng, 10) == 0) // the type's own edges, where the range allows them
            return static_cast<M>(pick(rng, 2)
                                      ? std::max<std::int64_t>(min, std::numeric_limits<M>::min())
                                      : std::min<std::int64_t>(max, std::numeric_limits<M>::max()));
        return static_cast<M>(std::uniform_int_distribution<std::int64_t>(lo, hi)(rng));
    } else if constexpr (std::is_same_v<M, std::string>) {
        static const char* const texts[] = {"",
                                            "Chi bộ Hạt Kiểm lâm",
                                            "quote \" backslash \\ slash /",
                                            "tab\tnewline\ncontrol \x01",
                                            "Đảng ủy Khối 🇻🇳",
                                            "~0/~1 not a pointer"};
        return texts[pick(rng, 6)];
    }
}

/// `n` random values of `T` that validate, made and round-tripped: from_json(to_json(x)) == x,
/// and the text is a fixed point.
template <class T> void round_trips(int n, unsigned seed) {
    std::mt19937 rng(seed);
    int valid = 0;
    for (int i = 0; i < 100 * n && valid < n; ++i) {
        const T x = random_object<T>(rng);
        try {
            if constexpr (std::is_same_v<T, rule_set>)
                x.validate();
            else
                validate(x);
        } catch (const sinhhoat::error&) {
            continue; // random fields that contradict each other: not a value
        }
        ++valid;
        CAPTURE(x);
        const auto text = json::dump(x);
        const T back = json::parse<T>(text);
        CHECK(back == x);
        CHECK(json::dump(back) == text);
    }
    // The generator must make enough valid values for the property to mean something.
    CHECK(valid == n);
}

/// The error `f` throws, of class `E`, with its field (a JSON Pointer) and value.
template <class E, class F>
void refuses(F&& f, const std::string& field, const std::string& value) {
    const auto e = thrown_as<E>(f);
    CHECK(e.field() == field);
    if (!value.empty())
        CHECK(e.value() == value);
    // Both languages, as every error.
    CHECK_FALSE(e.message_vi().empty());
    CHECK_FALSE(e.message_en().empty());
}

rule_set dong_nai() {
    return json::load_by_id("dong_nai");
}

} // namespace

TEST_CASE("json: every value type round-trips losslessly (property test over the descriptions)") {
    round_trips<meeting>(300, 1);
    round_trips<past_meeting>(300, 2);
    round_trips<organisation>(300, 3);
    round_trips<group_round>(200, 4);
    round_trips<unit_selection>(100, 5);
    round_trips<quota_status>(100, 6);
    round_trips<interpretations>(100, 7);
    round_trips<source_document>(100, 8);
}

TEST_CASE("json: rule sets round-trip, and the canonical text is stable") {
    for (const auto* r : rule_sets::builtin()) {
        CAPTURE(r->id);
        const auto text = json::canonical(*r);
        CHECK(json::parse_rule_set(text) == *r);
        CHECK(json::canonical(json::parse_rule_set(text)) == text);
        CHECK(json::parse_rule_set(json::dump(*r, 2)) == *r);
    }
    // A rule set with dated values that change mid-window.
    auto r = rule_sets::cao_bang();
    r.online_quota_cell =
        dated<std::int32_t>({{date(boost::date_time::neg_infin), d(2024, 6, 30), 3},
                             {d(2024, 7, 1), date(boost::date_time::pos_infin), 2}});
    CHECK(json::parse_rule_set(json::canonical(r)) == r);
}

TEST_CASE("json: histories, findings and verdicts round-trip") {
    std::mt19937 rng(11);
    const auto& rules = rule_sets::cao_bang();
    for (int i = 0; i < 200; ++i) {
        const auto day = d(2023, 7, 1) + days(pick(rng, 800));
        auto org = cell(10 + pick(rng, 50), pick(rng, 10),
                        static_cast<ground>(pick(rng, static_cast<int>(enum_size<ground>()))));
        auto m = online_meeting(
            day, static_cast<ground>(pick(rng, static_cast<int>(enum_size<ground>()))),
            pick(rng, 2) ? meeting_form::hybrid : meeting_form::fully_online);
        m.agenda = topic_set::from_bits(std::uniform_int_distribution<std::uint64_t>()(rng));
        meeting_history h;
        for (int k = pick(rng, 5); k > 0; --k)
            h.add(online_meeting(day - days(1 + pick(rng, 300))));
        const auto v = check(m, org, h, rules);
        CAPTURE(v);
        CHECK(json::parse<verdict>(json::dump(v)) == v);
        CHECK(json::parse<meeting_history>(json::dump(h)) == h);
        for (const auto& f : v)
            CHECK(json::parse<finding>(json::dump(f)) == f);
    }
    // A round's verdict, with dates, sets and counts among its values.
    auto round = round_on(d(2024, 3, 1), 3);
    round.groups[1].report_date = d(2024, 3, 5);
    const auto v =
        check(group_meeting_on(d(2024, 3, 1)), cell(60, 0), meeting_history{}, rules, round);
    CHECK(json::parse<verdict>(json::dump(v)) == v);
}

TEST_CASE("json: a finding carries rule, clause, status, reason, typed values and, on request, "
          "messages") {
    const auto f = online::quota(online_meeting(d(2024, 9, 10)), cell(10, 6), meeting_history{},
                                 rule_sets::cao_bang());
    const auto j = json::to_json(f);
    CHECK(j["rule"] == "online.quota");
    CHECK(j["clause"] == "II.2 ý 3");
    CHECK(j["status"] == "passed");
    CHECK(j["reason"] == "quota_within");
    CHECK(j["values"]["ordinal"] == 1);
    CHECK(j["values"]["limit"] == 3);
    CHECK(j["values"]["period_first"] == "2024-01-01");
    CHECK(j["values"]["period_last"] == "2024-12-31");
    CHECK_FALSE(j.contains("message_vi"));
    const auto with = json::to_json(f, {true});
    CHECK(with["message_vi"] == f.message_vi());
    CHECK(with["message_en"] == f.message_en());
    // Messages and clause are derived: given back, they are read and not trusted.
    CHECK(json::from_json<finding>(with) == f);
}

TEST_CASE("json: strict reading names the JSON Pointer and the value of every bad input") {
    SUBCASE("an unknown field, at any depth") {
        refuses<invalid_value>(
            [] { json::parse<meeting>(R"({"date": "2024-01-01", "colour": 1})"); }, "/colour", "1");
        refuses<invalid_value>(
            [] {
                json::parse<organisation>(R"({"roll": {"unable": [{"count": 1, "grunds": []}]}})");
            },
            "/roll/unable/0/grunds", "[]");
    }
    SUBCASE("a missing required field") {
        refuses<invalid_value>([] { json::parse<meeting>(R"({"form": "hybrid"})"); }, "/date",
                               "(missing)");
        refuses<invalid_value>([] { json::parse<group_round>(R"({"groups": [{"group": 1}]})"); },
                               "/groups/0/date", "(missing)");
    }
    SUBCASE("a wrong type") {
        refuses<invalid_value>([] { json::parse<organisation>(R"({"roll": {"members": "10"}})"); },
                               "/roll/members", "\"10\"");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"roll": {"members": 7.9}})"); },
                               "/roll/members", "7.9");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"roll": {"members": true}})"); },
                               "/roll/members", "true");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"has_party_groups": 1})"); },
                               "/has_party_groups", "1");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"has_party_groups": null})"); },
                               "/has_party_groups", "null");
        refuses<invalid_value>(
            [] { json::parse<meeting>(R"({"date": "2024-01-01", "agenda": "party_dues"})"); },
            "/agenda", "\"party_dues\"");
        refuses<invalid_value>([] { json::parse<organisation>(R"([])"); }, "/", "[]");
    }
    SUBCASE("integers out of range: the type's and the description's") {
        refuses<invalid_value>(
            [] { json::parse<organisation>(R"({"roll": {"members": 2147483648}})"); },
            "/roll/members", "2147483648");
        refuses<invalid_value>(
            [] { json::parse<organisation>(R"({"roll": {"members": 100000000000000000000000}})"); },
            "/roll/members", "");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"roll": {"members": -1}})"); },
                               "/roll/members", "-1");
        refuses<invalid_value>(
            [] {
                json::parse<group_round>(R"({"groups": [{"group": -2, "date": "2024-01-01"}]})");
            },
            "/groups/0/group", "-2");
    }
    SUBCASE("dates: impossible, malformed, outside Boost's years") {
        refuses<invalid_date>([] { json::parse<meeting>(R"({"date": "2023-02-29"})"); }, "/date",
                              "'2023-02-29'");
        refuses<invalid_date>([] { json::parse<meeting>(R"({"date": "1399-12-31"})"); }, "/date",
                              "'1399-12-31'");
        refuses<invalid_date>([] { json::parse<meeting>(R"({"date": "10/09/2024"})"); }, "/date",
                              "'10/09/2024'");
        refuses<invalid_date>([] { json::parse<meeting>(R"({"date": 20240910})"); }, "/date",
                              "20240910");
        refuses<invalid_date>([] { json::parse<meeting>(R"({"date": null})"); }, "/date", "null");
    }
    SUBCASE("codes: unknown, or given twice in a set") {
        refuses<unknown_code>(
            [] { json::parse<meeting>(R"({"date": "2024-01-01", "form": "online"})"); }, "/form",
            "'online'");
        refuses<invalid_value>(
            [] {
                json::parse<meeting>(
                    R"({"date": "2024-01-01", "agenda": ["programme", "programme"]})");
            },
            "/agenda/1", "\"programme\"");
    }
    SUBCASE("text: invalid JSON, a duplicate key, a lone surrogate, invalid UTF-8") {
        refuses<invalid_value>([] { json::parse<meeting>(R"({"date": "2024-01-01",})"); }, "/", "");
        refuses<invalid_value>(
            [] {
                json::parse<meeting>(
                    R"({"date": "2024-01-01", "form": "hybrid", "form": "in_person"})");
            },
            "/form", "'form'");
        refuses<invalid_value>([] { json::parse<organisation>(R"({"name": "\ud800"})"); }, "/", "");
        refuses<invalid_value>([] { json::parse<organisation>("{\"name\": \"\xff\"}"); }, "/", "");
    }
    SUBCASE("a long value in an error is cut before a character, never inside one") {
        std::string many;
        for (int i = 0; i < 60; ++i)
            many += "Đ"; // two bytes each: a cut at a fixed byte count would split one
        const auto e = thrown_as<invalid_value>(
            [&] { json::parse<organisation>(R"({"roll": {"members": ")" + many + R"("}})"); });
        CHECK(e.field() == "/roll/members");
        CHECK(sinhhoat::detail::valid_utf8(e.value()));
        CHECK(sinhhoat::detail::valid_utf8(e.what()));
        CHECK(e.value().size() <= 80);
        CHECK(e.value().substr(e.value().size() - 3) == "...");
    }
    SUBCASE("a contradiction is refused as the constructor would, with its pointer") {
        refuses<inconsistent_input>(
            [] {
                json::parse<organisation>(
                    R"({"roll": {"members": 10, "exempted": 6, "suspended": 5}})");
            },
            "/roll/exempted + /roll/suspended", "6 + 5 > 10");
        refuses<inconsistent_input>(
            [] { json::parse<meeting>(R"({"date": "2024-01-01", "form": "by_group"})"); },
            "/form / /body", "by_group / whole_organisation");
        refuses<inconsistent_input>(
            [] {
                json::parse<meeting_history>(
                    R"({"meetings": [{"date": "2024-01-01", "form": "by_group"}]})");
            },
            "/meetings/0/form / /meetings/0/body", "");
    }
}

TEST_CASE("json: a finding or verdict that contradicts itself is refused") {
    const auto quota = R"({"rule": "online.quota", "status": "passed", "reason": "quota_within",
        "values": {"ordinal": 1, "limit": 3, "period_first": "2024-01-01", "period_last": "2024-12-31"}})";
    REQUIRE_NOTHROW(json::parse<finding>(quota));
    SUBCASE("a status its reason does not go with") {
        refuses<inconsistent_input>(
            [] {
                json::parse<finding>(
                    R"({"rule": "online.quota", "status": "violated", "reason": "quota_within",
                    "values": {"ordinal": 1, "limit": 3, "period_first": "2024-01-01", "period_last": "2024-12-31"}})");
            },
            "/status", "violated");
    }
    SUBCASE("a value the reason does not declare, or one missing") {
        refuses<invalid_value>(
            [] {
                json::parse<finding>(
                    R"({"rule": "content.excluded", "status": "passed", "reason": "content_allowed",
                    "values": {"topics": []}})");
            },
            "/values/topics", "[]");
        refuses<invalid_value>(
            [] {
                json::parse<finding>(
                    R"({"rule": "online.quota", "status": "passed", "reason": "quota_within",
                    "values": {"ordinal": 1, "limit": 3, "period_first": "2024-01-01"}})");
            },
            "/values/period_last", "(missing)");
    }
    SUBCASE("a coded value out of range, made in C++") {
        finding f;
        f.rule = rule_id::online_scope_ground;
        f.status = finding_status::passed;
        f.reason = reason::ground_listed;
        f.values[0] = 200;
        refuses<invalid_value>([&] { json::validate(f, path::pointer()); }, "/values/ground",
                               "200");
        f.values[0] = 0;
        f.values[3] = 7; // past the declared values
        refuses<inconsistent_input>([&] { json::validate(f, path::pointer()); }, "/values/3", "7");
    }
    SUBCASE("an outcome that the findings do not give") {
        const std::string text =
            std::string(R"({"outcome": "allowed", "findings": [)") +
            R"({"rule": "pilot.window", "status": "not_covered", "reason": "window_outside",
                                    "values": {"first": "2023-08-01", "last": "2025-06-30", "date": "2025-07-01"}}]})";
        refuses<inconsistent_input>([&] { json::parse<verdict>(text); }, "/outcome", "allowed");
    }
}

TEST_CASE("json: the built-in rule-set files equal the constants") {
    for (const auto* r : rule_sets::builtin()) {
        CAPTURE(r->id);
        CHECK(json::load_by_id(r->id) == *r);
    }
    const auto ids = json::available();
    for (const auto* id : {"hd03", "cao_bang", "nghe_an_khoi", "dong_nai"})
        CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    refuses<unknown_code>([] { json::load_by_id("quang_ninh"); }, "rule_set.id", "'quang_ninh'");
}

TEST_CASE("json: a rule-set file with a bad value names the file and the path") {
    auto j = json::to_json(rule_sets::cao_bang());
    SUBCASE("a count out of range inside a dated parameter") {
        j["group_quota"] = json::value::parse(R"([{"from": null, "until": null, "value": -1}])");
        refuses<invalid_rule_set>([&] { json::from_json<rule_set>(j); }, "/group_quota/0/value",
                                  "-1");
    }
    SUBCASE("a parameter that does not cover the window") {
        j["group_quota"] =
            json::value::parse(R"([{"from": "2024-01-01", "until": null, "value": 3}])");
        refuses<invalid_rule_set>([&] { json::from_json<rule_set>(j); }, "/group_quota", "");
    }
    SUBCASE("an unknown parameter") {
        j["group_quotas"] = 3;
        refuses<invalid_value>([&] { json::from_json<rule_set>(j); }, "/group_quotas", "3");
    }
    SUBCASE("a file: its name prefixes the pointer") {
        const auto file = std::filesystem::temp_directory_path() / "sinhhoat-bad-rule-set.json";
        j["periods"][0]["last"] = "2023-02-30";
        std::ofstream(file) << j.dump();
        refuses<invalid_rule_set>([&] { json::load_rule_set(file); },
                                  "sinhhoat-bad-rule-set.json#/periods/0/last", "'2023-02-30'");
        std::filesystem::remove(file);
        refuses<invalid_value>([&] { json::load_rule_set(file); }, "file", file.string());
    }
}

// Đồng Nai (15-HD/BTCTU) is defined by rule-sets/dong_nai.json alone: no code names it.
TEST_CASE("dong_nai: tổ đảng only, every chi bộ of 50 or more with tổ đảng, 3 rounds a year, from "
          "1/6/2023") {
    const auto rules = dong_nai();
    REQUIRE_NOTHROW(rules.validate());
    auto org = cell(50, 0);
    org.pilot = {}; // on no list: none is asked for
    const auto first = d(2024, 3, 1);

    SUBCASE("a round of a chi bộ of exactly 50 with tổ đảng and no selection is allowed") {
        const auto v =
            check(group_meeting_on(first), org, meeting_history{}, rules, round_on(first));
        CAPTURE(v);
        CHECK(v.outcome() == outcome::allowed);
        const auto scope = of(v, rule_id::group_scope);
        REQUIRE(scope.size() == 1);
        CHECK(scope[0].reason == reason::group_scope_met_unlisted);
        CHECK(scope[0].values[0] == 50);
    }
    SUBCASE("49 members, or no tổ đảng, is not allowed") {
        auto small = cell(49, 0);
        small.pilot = {};
        CHECK(check(group_meeting_on(first), small, meeting_history{}, rules, round_on(first))
                  .outcome() == outcome::not_allowed);
        auto no_groups = org;
        no_groups.has_party_groups = false;
        no_groups.party_groups.reset();
        CHECK(check(group_meeting_on(first), no_groups, meeting_history{}, rules, round_on(first))
                  .outcome() == outcome::not_allowed);
    }
    SUBCASE("the fourth round of a calendar year is one too many") {
        meeting_history h;
        for (int month : {1, 4, 7})
            h.add(group_meeting_on(d(2024, month, 10)));
        const auto day = d(2024, 10, 10);
        const auto v = check(group_meeting_on(day), org, h, rules, round_on(day));
        CHECK(status_of(v, rule_id::group_quota) == finding_status::violated);
        // 1 January starts a new year.
        const auto next = d(2025, 1, 1);
        CHECK(status_of(check(group_meeting_on(next), org, h, rules, round_on(next)),
                        rule_id::group_quota) == finding_status::passed);
    }
    SUBCASE("an online meeting is not covered, which is not 'not allowed'") {
        auto online_org = cell(10, 9);
        const auto v = check(online_meeting(first), online_org, meeting_history{}, rules);
        CHECK(v.outcome() == outcome::not_covered);
        const auto f = of(v, rule_id::pilot_window);
        REQUIRE(f.size() == 2);
        CHECK(f[1].reason == reason::pilot_not_covered);
        CHECK(f[1].message_en().find("online party meetings") != std::string::npos);
        CHECK(online_eligibility(online_org, ground::dispersed_wide_area, first, rules).outcome() ==
              outcome::not_covered);
    }
    SUBCASE(
        "the window: 31/5/2023 is outside, 1/6/2023 inside; 30/6/2025 inside, 1/7/2025 outside") {
        const auto verdict_on = [&](date day) {
            return check(group_meeting_on(day), org, meeting_history{}, rules, round_on(day))
                .outcome();
        };
        CHECK(verdict_on(d(2023, 5, 31)) == outcome::not_covered);
        CHECK(verdict_on(d(2023, 6, 1)) == outcome::allowed);
        // R20: a round on the last day consolidated two days later is not covered; consolidated
        // the same day, it is.
        CHECK(verdict_on(d(2025, 6, 30)) == outcome::not_covered);
        CHECK(check(group_meeting_on(d(2025, 6, 30)), org, meeting_history{}, rules,
                    round_on(d(2025, 6, 30), 3, 0))
                  .outcome() == outcome::allowed);
        CHECK(verdict_on(d(2025, 7, 1)) == outcome::not_covered);
    }
    SUBCASE(
        "what the passages do not speak of follows HD03: excluded content, reports within a day") {
        auto m = group_meeting_on(first);
        m.agenda = m.agenda | topic_set{topic::discipline};
        CHECK(status_of(check(m, org, meeting_history{}, rules, round_on(first)),
                        rule_id::content_excluded) == finding_status::violated);
        auto r = round_on(first);
        r.groups[0].report_date = first + days(2);
        const auto v = check(group_meeting_on(first), org, meeting_history{}, rules, r);
        CHECK(of(v, rule_id::group_report_deadline)[0].status == finding_status::violated);
    }
}

TEST_CASE("json: every schema is generated, versioned and names its draft") {
    const auto all = json::schemas();
    CHECK(all.size() == 9);
    for (const auto& [name, s] : all) {
        CAPTURE(name);
        CHECK(s["$schema"] == "https://json-schema.org/draft/2020-12/schema");
        CHECK(s["$id"] == "urn:sinhhoat:schema:v2:" + name);
    }
    // Every field of a described type is in its schema, with its doc; required ones are required.
    const auto m = json::schema<meeting>("meeting")["$defs"]["meeting"];
    for_each_field<meeting>([&](const auto& fd) {
        CHECK(m["properties"].contains(std::string(fd.name)));
        CHECK(m["properties"][std::string(fd.name)]["description"] == std::string(fd.doc));
    });
    CHECK(m["required"] == json::value::array({"date"}));
    CHECK(m["additionalProperties"] == false);
}

TEST_CASE(
    "json: a rule set's identity is the SHA-256 of its canonical JSON, and verdicts name it") {
    // The hash is SHA-256 (FIPS 180-2's test vector).
    CHECK(json::sha256_of("abc").hex() ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256{}.empty());
    CHECK(sha256{}.hex().empty());

    SUBCASE("the built-in constants carry the digest of their canonical JSON, as their files do") {
        for (const auto* r : rule_sets::builtin()) {
            CAPTURE(r->id);
            CHECK_FALSE(r->digest.empty());
            CHECK(r->digest == json::sha256_of(json::canonical(*r)));
            CHECK(json::load_by_id(r->id).digest == r->digest);
        }
        CHECK(json::load_by_id("dong_nai").digest ==
              json::sha256_of(json::canonical(json::load_by_id("dong_nai"))));
    }
    SUBCASE("any change to the data changes the digest; identify() renews it") {
        auto r = rule_sets::cao_bang();
        const auto before = r.digest;
        r.interp.year = year_basis::rolling_year;
        CHECK(r.digest == before); // stale until identified: documented
        CHECK(json::identify(r) != before);
        r.interp.year = year_basis::calendar_year;
        CHECK(json::identify(r) == before);
        r.version = "5";
        CHECK(json::identify(r) != before);
    }
    SUBCASE("a verdict names the rule set, and a stored verdict replays to the same verdict") {
        const auto& rules = rule_sets::cao_bang();
        const auto v = check(online_meeting(d(2024, 9, 10)), cell(10, 6), meeting_history{}, rules);
        CHECK(v.rule_set().id == "cao_bang");
        CHECK(v.rule_set().version == rules.version);
        CHECK(v.rule_set().digest == rules.digest);
        const auto stored = json::dump(v);
        const auto j = json::parse_value(stored);
        CHECK(j["rule_set"]["digest"] == rules.digest.hex());
        // Replay: find the rule set by id, make sure it is the same one, check again.
        const auto back = json::parse<verdict>(stored);
        const auto again = json::load_by_id(back.rule_set().id);
        REQUIRE(again.digest == back.rule_set().digest);
        CHECK(check(online_meeting(d(2024, 9, 10)), cell(10, 6), meeting_history{}, again) == back);
        // The same findings under another rule set are another verdict.
        CHECK(check(online_meeting(d(2024, 9, 10)), cell(10, 6), meeting_history{},
                    rule_sets::hd03()) != back);
    }
    SUBCASE("a verdict stored before verdicts named rule sets reads as naming none") {
        const auto v = json::parse<verdict>(R"({"outcome": "allowed", "findings": []})");
        CHECK(v.rule_set().id.empty());
        CHECK(v.rule_set().digest.empty());
        refuses<invalid_value>(
            [] {
                json::parse<verdict>(
                    R"({"rule_set": {"id": "x", "digest": "ABC"}, "findings": []})");
            },
            "/rule_set/digest", "'ABC'");
    }
}

TEST_CASE("R26: a stored verdict keeps the citations it was written with") {
    const auto v = check(online_meeting(d(2024, 9, 10)), cell(10, 6), meeting_history{},
                         rule_sets::cao_bang());
    const auto text = json::dump(v);
    CHECK(text.find("\"clause\":\"HD Cao Bằng II.2 ý 3\"") != std::string::npos);
    const auto back = json::parse<verdict>(text);
    CHECK(back.clause(*back.find(rule_id::online_quota)) == "HD Cao Bằng II.2 ý 3");
    CHECK(json::dump(back) == text);
    // Written with the catalogue's clauses: no table, the catalogue's.
    auto plain = json::to_json(v);
    for (auto& f : plain["findings"])
        f["clause"] = std::string(clause_of(json::from_json<finding>(f).rule));
    const auto read = json::from_json<verdict>(plain);
    CHECK_FALSE(read.rule_set().citations);
    CHECK(read.clause(*read.find(rule_id::online_quota)) == "II.2 ý 3");
    // One rule cited two ways in one verdict is an edit.
    auto twice = json::to_json(v);
    twice["findings"].push_back(twice["findings"][1]);
    twice["findings"].back()["clause"] = "khác";
    CHECK(thrown_as<inconsistent_input>([&] { json::from_json<verdict>(twice); }).field() ==
          "/findings/" + std::to_string(twice["findings"].size() - 1) + "/clause");
}
