// Content that may not be handled online or by tổ đảng: catalogue §4, Cao Bằng II.3.1, II.3.2.

#include "fixtures.hpp"

#include <string>
#include <vector>

using namespace fixtures;

namespace {

/// The table of catalogue §4: code and Vietnamese text, as RULES.md gives them.
struct excluded_row {
    const char* code;
    const char* vi;
};
const excluded_row excluded_table[] = {
    {"organisation_and_personnel", "công tác tổ chức và cán bộ"},
    {"admission", "xét kết nạp đảng viên"},
    {"official_membership", "chuyển đảng chính thức"},
    {"removal_from_rolls", "quyết định xoá tên đảng viên"},
    {"resignation", "xem xét cho đảng viên xin ra khỏi Đảng"},
    {"inspection_supervision", "công tác kiểm tra, giám sát"},
    {"discipline", "thi hành kỷ luật đảng"},
    {"emulation_commendation", "thi đua, khen thưởng"},
    {"screening_unqualified",
     "rà soát, phát hiện, sàng lọc, đưa đảng viên không còn đủ tư cách ra khỏi Đảng"},
    {"internal_political_protection", "công tác bảo vệ chính trị nội bộ"},
    {"state_party_secrets", "các vấn đề thuộc danh mục bí mật của Đảng, Nhà nước"},
    {"secret_ballot", "các nội dung liên quan đến bỏ phiếu kín"},
    {"self_criticism_review", "kiểm điểm tự phê bình và phê bình"},
    {"quality_grading", "đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên"},
    {"major_policy_decision", "quyết định các chủ trương lớn, quan trọng"},
};

/// The ordinary items of §4 ("dues, programme, superior documents, current affairs, drafts,
/// thematic topic, task assignment") plus the discussion and vote of II.4.2 ý 2.
const char* const ordinary_codes[] = {
    "party_dues",      "programme",       "superior_documents", "current_affairs",
    "draft_documents", "discussion_vote", "thematic",           "task_assignment",
};

bool mentions(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::int64_t bits_of(topic_set s) {
    return static_cast<std::int64_t>(s.bits());
}

const date on = d(2024, 8, 20); // inside every built-in window

/// An online-eligible cell: 30 members, 20 unable for a special-nature ground, on both lists.
organisation online_cell() {
    return cell(30, 20);
}

/// A cell that may meet by tổ đảng.
organisation group_cell() {
    return cell(60, 0);
}

enum class way { online, by_group };

/// check() of a meeting held `how`, carrying the required steps and `extra` — a meeting that
/// passes every other rule.
verdict check_with(way how, topic_set extra, const rule_set& rules = rule_sets::cao_bang()) {
    if (how == way::online) {
        auto m = online_meeting(on);
        m.agenda = m.agenda | extra;
        return check(m, online_cell(), {}, rules);
    }
    auto m = group_meeting_on(on);
    m.agenda = m.agenda | extra;
    return check(m, group_cell(), {}, rules, round_on(on));
}

const char* name_of(way how) {
    return how == way::online ? "online" : "by_group";
}

} // namespace

TEST_CASE("content.excluded: the 15 topics of II.3.2 are exactly the rule sets' list") {
    topic_set listed;
    for (const auto& row : excluded_table)
        listed.insert(from_code<topic>(row.code));
    CHECK(listed.size() == 15);
    CHECK(excluded_topics_ii32() == listed);
    for (const auto* rules : rule_sets::builtin()) {
        CAPTURE(rules->id);
        for (auto day : {rules->periods.front().first, on, *rules->periods.front().last}) {
            const topic_set* in_force = rules->excluded_topics.at(day);
            REQUIRE(in_force != nullptr);
            CHECK(*in_force == listed);
        }
    }
    // None of the ordinary items is on the list, and no required step is.
    for (const auto* code : ordinary_codes)
        CHECK_FALSE(listed.contains(from_code<topic>(code)));
    CHECK_FALSE(cell_meeting_steps().intersects(listed));
}

TEST_CASE(
    "content.excluded: each excluded topic alone makes an online or tổ đảng meeting not allowed") {
    for (auto how : {way::online, way::by_group}) {
        CAPTURE(name_of(how));
        // Without the topic the meeting is allowed: the topic alone makes the difference.
        const auto clean = check_with(how, {});
        REQUIRE_MESSAGE(clean.allowed(), clean);
        CHECK(status_of(clean, rule_id::content_excluded) == finding_status::passed);

        excluded_topics_ii32().for_each([&](topic t) {
            CAPTURE(t);
            const auto v = check_with(how, {t});
            CHECK(v.outcome() == outcome::not_allowed);
            CHECK(v.count(finding_status::violated) == 1);
            const auto fs = of(v, rule_id::content_excluded);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].status == finding_status::violated);
            CHECK(fs[0].reason == reason::content_excluded_topics);
            CHECK(fs[0].value_names() == "topics");
            CHECK(fs[0].values[0] == bits_of({t}));
            CHECK(mentions(fs[0].message_vi(), std::string(label_vi(t))));
            CHECK(mentions(fs[0].message_en(), std::string(label_en(t))));
        });
    }
}

TEST_CASE("content.excluded: topics given by their code strings (from_code<topic>) and named in "
          "the catalogue's Vietnamese") {
    const auto& rules = rule_sets::cao_bang();
    for (const auto& row : excluded_table) {
        CAPTURE(row.code);
        const auto t = from_code<topic>(row.code);
        CHECK(to_code(t) == row.code);
        CHECK(label_vi(t) == row.vi);

        const auto f = content::excluded(cell_meeting_steps() | topic_set{t}, on, rules);
        CHECK(f.rule == rule_id::content_excluded);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == bits_of({t}));
        CHECK(mentions(f.message_vi(), row.vi));
        CHECK(mentions(f.message_vi(),
                       "Nội dung không được thực hiện khi sinh hoạt trực tuyến hoặc theo tổ đảng"));
        CHECK(mentions(f.message_en(),
                       "Content that may not be dealt with online or by party group"));

        for (auto how : {way::online, way::by_group}) {
            CAPTURE(name_of(how));
            const auto v = check_with(how, {t});
            CHECK(status_of(v, rule_id::content_excluded) == finding_status::violated);
        }
    }
    CHECK_THROWS_AS(from_code<topic>("bau_cu"), unknown_code);
    CHECK_THROWS_AS(from_code<topic>("Admission"), unknown_code);
}

TEST_CASE("content.excluded: the ordinary items of a meeting are allowed online and by tổ đảng") {
    const auto& rules = rule_sets::cao_bang();
    topic_set all_ordinary;
    for (const auto* code : ordinary_codes) {
        CAPTURE(code);
        const auto t = from_code<topic>(code);
        all_ordinary.insert(t);
        const auto f = content::excluded({t}, on, rules);
        CHECK(f.status == finding_status::passed);
        CHECK(f.reason == reason::content_allowed);
        CHECK(f.values[0] == 0);
        CHECK(mentions(f.message_en(), "No agenda item is excluded"));
        for (auto how : {way::online, way::by_group}) {
            CAPTURE(name_of(how));
            const auto v = check_with(how, {t});
            CHECK(status_of(v, rule_id::content_excluded) == finding_status::passed);
            CHECK(v.allowed());
        }
    }
    CHECK(all_ordinary.size() == 8);
    CHECK(content::excluded(all_ordinary, on, rules).status == finding_status::passed);
    CHECK(content::excluded({}, on, rules).status == finding_status::passed);
}

TEST_CASE("content.excluded: an in-person meeting may deal with the excluded topics") {
    meeting m;
    m.date = on;
    m.form = meeting_form::in_person;
    m.agenda = cell_meeting_steps() | excluded_topics_ii32();
    for (const auto* rules : rule_sets::builtin()) {
        CAPTURE(rules->id);
        const auto v = check(m, group_cell(), {}, *rules);
        CHECK_MESSAGE(v.outcome() == outcome::allowed, v);
        CHECK(v.find(rule_id::content_excluded) == nullptr);
        CHECK(v.count(finding_status::violated) == 0);
    }
    // The same agenda online is not allowed.
    auto online = online_meeting(on);
    online.agenda = m.agenda;
    const auto v = check(online, online_cell(), {}, rule_sets::cao_bang());
    CHECK(status_of(v, rule_id::content_excluded) == finding_status::violated);
}

TEST_CASE(
    "content.excluded: the finding holds exactly the offending topics and names each of them") {
    const auto& rules = rule_sets::cao_bang();

    SUBCASE("two excluded topics among the ordinary steps") {
        const topic_set bad{topic::admission, topic::secret_ballot};
        const auto f =
            content::excluded(cell_meeting_steps() | topic_set{topic::thematic} | bad, on, rules);
        CHECK(f.status == finding_status::violated);
        CHECK(f.values[0] == bits_of(bad));
        CHECK(topic_set::from_bits(static_cast<std::uint64_t>(f.values[0])) == bad);
        CHECK(f.values[1] == 0);
        CHECK(mentions(f.message_vi(),
                       "xét kết nạp đảng viên; các nội dung liên quan đến bỏ phiếu kín"));
        CHECK(mentions(f.message_en(), "admission of members; secret ballots"));
        // No ordinary item is named.
        CHECK_FALSE(mentions(f.message_vi(), std::string(label_vi(topic::party_dues))));
        CHECK_FALSE(mentions(f.message_en(), std::string(label_en(topic::thematic))));
    }
    SUBCASE("all fifteen at once") {
        const auto f = content::excluded(topic_set::all(), on, rules);
        CHECK(f.values[0] == bits_of(excluded_topics_ii32()));
        for (const auto& row : excluded_table)
            CHECK(mentions(f.message_vi(), row.vi));
        excluded_topics_ii32().for_each(
            [&](topic t) { CHECK(mentions(f.message_en(), std::string(label_en(t)))); });
    }
    SUBCASE("through check(): the same values for an online and a tổ đảng meeting") {
        const topic_set bad{topic::discipline, topic::quality_grading,
                            topic::major_policy_decision};
        for (auto how : {way::online, way::by_group}) {
            CAPTURE(name_of(how));
            const auto fs = of(check_with(how, bad | topic_set{topic::task_assignment}),
                               rule_id::content_excluded);
            REQUIRE(fs.size() == 1);
            CHECK(fs[0].values[0] == bits_of(bad));
            CHECK(mentions(fs[0].message_en(),
                           "party discipline; quality grading of organisations and members; "
                           "decisions on major policies"));
        }
    }
}

TEST_CASE("content.excluded: a rule set's own list, and a day with no list in force") {
    SUBCASE("a rule set that lists fewer topics allows the others") {
        auto narrow = rule_sets::cao_bang();
        narrow.id = "narrow";
        narrow.excluded_topics = topic_set{topic::discipline};
        CHECK(content::excluded({topic::admission}, on, narrow).status == finding_status::passed);
        CHECK(content::excluded({topic::discipline}, on, narrow).status ==
              finding_status::violated);
    }
    SUBCASE("a list dated to end before the meeting: not covered, naming the day") {
        auto ended = rule_sets::cao_bang();
        ended.excluded_topics = dated<topic_set>(
            {dated_value<topic_set>{d(2023, 8, 1), d(2024, 6, 30), excluded_topics_ii32()}});
        const auto f = content::excluded({topic::admission}, on, ended);
        CHECK(f.status == finding_status::not_covered);
        CHECK(f.reason == reason::parameter_not_in_force);
        CHECK(f.values[0] == date_value(on));
        CHECK(mentions(f.message_vi(), "20/08/2024"));
        CHECK(mentions(f.message_en(), "2024-08-20"));
        CHECK(content::excluded({topic::admission}, d(2024, 6, 30), ended).status ==
              finding_status::violated);
    }
}

// II.3.2 forbids the excluded topics in "sinh hoạt đảng theo tổ đảng", i.e. in each tổ meeting,
// not only in the round's planned agenda.
TEST_CASE("content.excluded: an excluded topic dealt with in one tổ meeting of the round") {
    const auto& rules = rule_sets::cao_bang();
    auto round = round_on(on, 3);
    round.groups[1].agenda.insert(topic::admission);

    const auto v = check(group_meeting_on(on), group_cell(), {}, rules, round);
    CHECK(v.outcome() == outcome::not_allowed);
    const auto fs = of(v, rule_id::content_excluded);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].status == finding_status::violated);
    CHECK(fs[0].values[0] == bits_of({topic::admission}));
}
