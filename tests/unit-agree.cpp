// R39: every entry point decides the same facts as check() does. Random records (a fixed seed, so
// a failure replays) are asked of each entry point and of check() on the same facts; what the
// entry point answers must be what check() finds.

#include "fixtures.hpp"
#include "records.hpp"

#include <optional>
#include <set>
#include <vector>

using namespace fixtures;

namespace {

/// The quota finding's reasons that answer "how many are used".
bool counts_quota(const finding& f) {
    return f.reason == reason::quota_within || f.reason == reason::quota_exceeded ||
           f.reason == reason::quota_exemption_not_shown;
}

/// What a quota_status says of one more meeting on its day, as a finding's status.
finding_status next_meeting(const quota_status& q) {
    if (q.remaining >= 1)
        return finding_status::passed;
    if (q.used >= q.limit)
        return finding_status::violated;
    return finding_status::not_evaluated;
}

/// Checks the quota answer `q` against check()'s finding `f` for a meeting on the same day.
void agree_on_quota(const std::optional<quota_status>& q, const verdict& whole, rule_id rule) {
    const auto fs = of(whole, rule);
    const bool counted = fs.size() == 1 && counts_quota(fs[0]);
    CHECK(q.has_value() == counted);
    if (!q || !counted)
        return;
    const auto& f = fs[0];
    CHECK(next_meeting(*q) == f.status);
    CHECK(f.values[f.reason == reason::quota_exemption_not_shown ? 2 : 1] == q->limit);
    const auto period_at = f.reason == reason::quota_exemption_not_shown ? 3 : 2;
    CHECK(f.values[period_at] == date_value(q->period.first));
    CHECK(f.values[period_at + 1] == date_value(q->period.last));
    if (f.reason != reason::quota_exemption_not_shown)
        CHECK(f.values[0] ==
              (f.status == finding_status::passed ? q->used + q->undetermined + 1 : q->used + 1));
}

} // namespace

TEST_CASE("R39: every entry point answers what check() finds, on random records") {
    const auto sets = every_rule_set();
    records gen(20261201);
    int asked = 0, rounds = 0;
    for (int i = 0; i < 4000; ++i) {
        const auto& rules = sets[static_cast<std::size_t>(gen.upto(int(sets.size()) - 1))];
        const auto on = gen.day();
        const auto org = gen.org(on);
        CAPTURE(i);
        CAPTURE(rules.id);
        CAPTURE(org);
        try {
            org.validate();
        } catch (const error&) {
            // Both refuse it: the entry points validate the organisation first, as check() does.
            CHECK_THROWS_AS(online_eligibility(org, ground::epidemic, on, rules), error);
            continue;
        }
        const auto history = gen.history(on);
        CAPTURE(history);

        // online_eligibility: the organisation's findings of an online meeting on its ground.
        const auto g = gen.any_ground();
        auto m = online_meeting(on, g, meeting_form::fully_online);
        m.minutes->members_present = m.members_online.emplace(0);
        const auto whole = check(m, org, history, rules);
        const auto alone = online_eligibility(org, g, on, rules);
        for (const auto rule : {rule_id::pilot_window, rule_id::online_scope_org_kind,
                                rule_id::online_scope_majority, rule_id::online_scope_ground,
                                rule_id::online_authorisation, rule_id::online_return_in_person}) {
            CAPTURE(rule);
            CHECK(of(whole, rule) == of(alone, rule));
        }
        CHECK((alone.outcome() == outcome::not_covered) ==
              (whole.outcome() == outcome::not_covered));
        ++asked;

        // online_quota_left: what check() counts for a special-nature meeting that day.
        auto nature = online_meeting(on, ground::dispersed_wide_area, meeting_form::fully_online);
        nature.minutes->members_present = nature.members_online.emplace(0);
        agree_on_quota(online_quota_left(org, history, on, rules),
                       check(nature, org, history, rules), rule_id::online_quota);
        // group_quota_left: what check() counts for a round that day.
        const auto round_meeting = group_meeting_on(on);
        agree_on_quota(group_quota_left(org, history, on, rules),
                       check(round_meeting, org, history, rules), rule_id::group_quota);

        // check_round: the round's findings, with the cell's facts.
        if (org.kind == organisation_kind::grassroots_cell ||
            org.kind == organisation_kind::subordinate_cell) {
            auto r = gen.round(on, org.party_groups.value_or(1 + gen.upto(3)));
            for (auto& t : r.groups) // R35: within the cell's roll
                t.members_present = std::min(t.members_present, org.roll.members);
            try {
                r.validate();
            } catch (const error&) {
                continue;
            }
            auto rm = group_meeting_on(on);
            rm.registered.reset(); // the same facts: the record says only what the tổ say
            const auto whole_round = check(rm, org, history, rules, r);
            const auto alone_round = check_round(r, org, rules);
            for (const auto rule :
                 {rule_id::pilot_window, rule_id::group_preparation, rule_id::group_conduct,
                  rule_id::group_report_deadline, rule_id::group_consolidation,
                  rule_id::content_excluded, rule_id::pilot_registration}) {
                CAPTURE(rule);
                CHECK(of(whole_round, rule) == of(alone_round, rule));
            }
            CHECK((alone_round.outcome() == outcome::not_covered) ==
                  (whole_round.outcome() == outcome::not_covered));
            ++rounds;
        }

        // check_reporting: pilot.reporting under the rule set's citations.
        const auto sent = gen.coin() ? std::optional<date>(on - days(gen.upto(60))) : std::nullopt;
        const auto reported = check_reporting(rules, on, sent);
        REQUIRE(reported.size() == 1);
        CHECK(reported[0] == pilot::reporting(rules, on, sent));
    }
    // Enough of every kind was asked for the comparison to mean something.
    CHECK(asked > 3000);
    CHECK(rounds > 1000);
}

namespace {
/// The ruling a finding carries: what `decide` must answer of the same facts.
ruling ruling_of(const finding& f) {
    return {f.status, f.reason};
}

/// A sink that keeps every ruling it is asked about, and the findings it is given: a check run
/// through it must decide each rule as the verdict's finding says, and explain only what it keeps.
struct deciding_sink {
    std::vector<ruling> decided;
    std::vector<finding> kept;
    bool keep_passed = false;
    bool wants(ruling r) {
        decided.push_back(r);
        return keep_passed || r.status != finding_status::passed;
    }
    void add(const finding& f) {
        if (keep_passed || f.status != finding_status::passed)
            kept.push_back(f);
    }
    template <std::size_t M> void add(const sinhhoat::detail::static_vector<finding, M>& fs) {
        for (const auto& f : fs)
            add(f);
    }
};
} // namespace

TEST_CASE("Every rule kernel decides (status and reason) what it explains, on random records") {
    const auto sets = every_rule_set();
    records gen(20261202);
    std::set<reason> seen;
    int checked = 0, rounds = 0;
    for (int i = 0; i < 3000; ++i) {
        auto rules = sets[static_cast<std::size_t>(gen.upto(int(sets.size()) - 1))];
        // The readings that change what the kernels look at, both ways.
        rules.interp.majority_mixes_kinds = gen.coin();
        rules.interp.special_circumstance_outside_quota = gen.coin();
        rules.interp.hybrid_counts = gen.coin();
        if (gen.coin())
            rules.interp.fully_online = fully_online_basis::gathering_impossible_or_none_in_person;
        const auto on = gen.day();
        const auto org = gen.org(on);
        const auto m = gen.any_meeting(on, org);
        const auto round = gen.round(on, org.party_groups.value_or(1 + gen.upto(3)));
        CAPTURE(i);
        const auto f = online::resolve(org, on, m.ground, rules);
        const auto same = [&](auto&& kernel) {
            const finding explained = kernel(sinhhoat::detail::explain{});
            CHECK(kernel(sinhhoat::detail::decide{}) == ruling_of(explained));
            seen.insert(explained.reason);
        };
        same([&](auto as) { return pilot::window(on, rules, as); });
        same([&](auto as) { return pilot::covered(pilot_kind::online, rules, as); });
        same([&](auto as) { return online::scope_org_kind(org.kind, as); });
        same([&](auto as) { return online::scope_majority(f, as); });
        same([&](auto as) { return online::scope_ground(f, rules, as); });
        same([&](auto as) { return online::authorisation(f, rules, as); });
        same([&](auto as) { return online::infrastructure(m, as); });
        same([&](auto as) { return online::platform(m, as); });
        same([&](auto as) { return online::form(m, f, rules, as); });
        const sinhhoat::detail::earlier_uses earlier{gen.upto(4), gen.upto(1)};
        const auto count = [&](pilot_window) { return earlier; };
        same([&](auto as) { return online::quota(m, f, rules, count, as); });
        same([&](auto as) { return online::return_in_person(m, f, rules, as); });
        same([&](auto as) { return group::quota(m, rules, count, as); });
        same([&](auto as) { return group::preparation(round, rules, as); });
        same([&](auto as) { return group::consolidation(round, rules, as); });
        same([&](auto as) { return content::excluded(m.agenda, on, rules, as); });
        same([&](auto as) { return pilot::registration(m, rules, &round, org.kind, as); });

        // Through a sink that decides first: the rulings are the verdict's, and what it keeps
        // (explained on demand) is the verdict's findings that are not passed.
        try {
            const bool with_round = m.form == meeting_form::by_group && gen.coin();
            const auto v = with_round ? check(m, org, meeting_history{}, rules, round)
                                      : check(m, org, meeting_history{}, rules);
            for (const bool all : {false, true}) {
                deciding_sink sink;
                sink.keep_passed = all;
                sinhhoat::detail::decide_meeting(
                    sink, m, online::decision_lookup(org, rules), rules.parameters_on(m.date),
                    rules, with_round ? &round : nullptr,
                    [](pilot_kind, pilot_window) { return sinhhoat::detail::earlier_uses{}; });
                std::vector<finding> expected;
                for (const auto& x : v)
                    if (all || x.status != finding_status::passed)
                        expected.push_back(x);
                CHECK(sink.kept == expected);
                CHECK(!sink.decided.empty());
                ++checked;
                rounds += with_round;
            }
        } catch (const error&) {
        }
    }
    // Most of the kernels' reasons were met, and most meetings were valid, some with a round.
    CHECK(seen.size() > 70);
    CHECK(checked > 3000);
    CHECK(rounds > 100);
}

TEST_CASE("check() with an organisation's decisions indexed finds what a scan of them finds") {
    const auto sets = every_rule_set();
    records gen(20261204);
    int compared = 0, exempt = 0, quotas = 0;
    for (int i = 0; i < 1500; ++i) {
        auto rules = sets[static_cast<std::size_t>(gen.upto(int(sets.size()) - 1))];
        rules.interp.special_circumstance_outside_quota = gen.coin();
        rules.interp.hybrid_counts = gen.coin();
        const auto on = gen.day();
        auto org = gen.org(on);
        // More than the eight a check always scans: decisions around the day and the history's.
        const auto wanted = static_cast<std::size_t>(9 + gen.upto(20));
        while (org.decisions.size() < wanted)
            for (const auto& dec : gen.org(on).decisions)
                org.decisions.push_back(dec);
        const auto m = gen.any_meeting(on, org);
        // Enough earlier meetings for check() to index the decisions (those held in person use
        // no quota, and ask no decision).
        auto h = gen.history(on);
        for (int k = 0; k < 64; ++k)
            h.add(past_meeting{on - days(gen.upto(300)), meeting_body::whole_organisation,
                               meeting_form::in_person, std::nullopt});
        CAPTURE(i);
        std::optional<verdict> indexed;
        try {
            indexed = check(m, org, h, rules);
        } catch (const error&) {
            continue;
        }
        REQUIRE(online::decision_lookup::for_days(org, rules, h.size() + 2).is_indexed());
        CHECK(!online::decision_lookup::for_days(org, rules, 64).is_indexed());
        const online::decision_lookup scan(org, rules);
        const auto uses = [&](pilot_kind k, pilot_window span) {
            return sinhhoat::detail::count_uses(h, span, rules, [&](const past_meeting& p) {
                return sinhhoat::detail::quota_use(k, p, scan, rules);
            });
        };
        verdict scanned = sinhhoat::detail::verdict_under(rules, m.date);
        // The parameters of the day as an audit finds them, from the rule set's spans.
        sinhhoat::detail::decide_meeting(scanned, m, scan, parameter_spans(rules).on(m.date), rules,
                                         nullptr, uses);
        CHECK(std::vector<finding>(indexed->begin(), indexed->end()) ==
              std::vector<finding>(scanned.begin(), scanned.end()));
        // The quota left counts the history as the scan does.
        if (const auto q = online_quota_left(org, h, on, rules)) {
            const auto n = uses(pilot_kind::online, q->period);
            CHECK(q->used == n.sure);
            CHECK(q->undetermined == n.unknown);
            ++quotas;
        }
        h.for_each_in(date(1400, 1, 1), date(9999, 12, 31), [&](const past_meeting& p) {
            exempt += online::exempt_from_quota(p, scan, rules) != false;
        });
        ++compared;
    }
    // Most records were valid; many earlier meetings were (or might be) outside the quota.
    CHECK(compared > 1000);
    CHECK(quotas > 300);
    CHECK(exempt > 300);
}
