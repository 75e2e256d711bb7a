// Hostile input to the JSON readers and the rule-set folders: ids that are paths, files that are
// not rule sets, values nested past the stack, huge values and keys, text after the value,
// findings whose values contradict their reason. Each ends in a `sinhhoat::error` naming where,
// small and in bounded time; the inputs are generated, never committed.

#include "fixtures.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sinhhoat/json.hpp>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace fixtures;
namespace json = sinhhoat::json;
namespace fs = std::filesystem;

namespace {

/// A fresh folder, removed with everything in it at the end of the test.
struct temp_dir {
    fs::path root;
    temp_dir() {
        std::random_device rd;
        root = fs::temp_directory_path() / ("sinhhoat-hostile-" + std::to_string(rd()));
        fs::create_directories(root);
    }
    ~temp_dir() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    fs::path write(const fs::path& name, const std::string& text) const {
        const auto file = root / name;
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }
};

std::string valid_rule_set(std::string_view id) {
    rule_set r = rule_sets::hd03();
    r.id = std::string(id);
    return json::canonical(r);
}

/// `n` arrays, one in the other.
std::string nested(std::size_t n) {
    return std::string(n, '[') + std::string(n, ']');
}

/// The error is small whatever the input: a bounded value and field, a short message.
void small(const error& e) {
    CHECK(e.value().size() <= max_error_value);
    CHECK(e.field().size() <= max_error_field);
    CHECK(std::string(e.what()).size() < 2000);
}

} // namespace

TEST_CASE("hostile: a rule-set id is a name, refused before any file is opened when it is not") {
    temp_dir tmp;
    const auto folder = tmp.root / "rule-sets";
    tmp.write("rule-sets/good.json", valid_rule_set("good"));
    // Files a path-like id would reach, each a valid rule set so that only the id can stop it.
    tmp.write("secret.json", valid_rule_set("secret"));
    tmp.write("x/app.conf", "password=hunter2");
    const std::vector<fs::path> dirs = {folder};

    CHECK(json::load_by_id("good", dirs).id == "good");
    for (const std::string& id :
         {std::string("../secret"), (tmp.root / "secret").string(), std::string("a/b"),
          std::string("../x/app.conf\0", 14), std::string("hd03\0x", 6), std::string("Good"),
          std::string("good.json"), std::string(""), std::string("-good"), std::string("_x"),
          std::string("good "), std::string("tỉnh"), std::string(65, 'a'), std::string(".."),
          std::string("."), std::string("\\x")}) {
        CAPTURE(id);
        const auto e = thrown_as<invalid_value>([&] { json::load_by_id(id, dirs); });
        CHECK(e.code() == error_code::invalid_value);
        CHECK(e.field() == "rule_set.id");
        CHECK(std::string(e.what()).find("hunter2") == std::string::npos);
        small(e);
    }
    // The boundary: 64 characters of the alphabet, starting with a digit, is an id.
    const std::string longest = "0" + std::string(60, 'a') + "_-z";
    REQUIRE(longest.size() == max_rule_set_id);
    CHECK(is_rule_set_id(longest));
    CHECK(is_rule_set_id("nghe_an_khoi"));
    CHECK(is_rule_set_id("2025-tinh-moi"));
    CHECK_FALSE(is_rule_set_id(longest + "a"));
    // An id that is a name but has no file is unknown_code, listing what there is.
    const auto unknown = thrown_as<unknown_code>([&] { json::load_by_id("quang_ninh", dirs); });
    CHECK(std::string(unknown.message_en()).find("good") != std::string::npos);
}

TEST_CASE("hostile: a rule set's own id must be an id, whatever reads it") {
    rule_set r = rule_sets::hd03();
    for (const std::string& id : {std::string("a/b"), std::string("hd03\0x", 6),
                                  std::string("HD03"), std::string(200, 'x')}) {
        CAPTURE(id);
        r.id = id;
        const auto e = thrown_as<invalid_rule_set>([&] { r.validate(); });
        CHECK(e.field() == "rule_set.id");
        small(e);
        r.id = "hd03";
        std::string text = json::canonical(r);
        text.replace(text.find("\"hd03\""), 6, json::dump_value(json::value(id)));
        CHECK(thrown_as<invalid_rule_set>([&] { json::parse_rule_set(text); }).field() == "/id");
    }
}

TEST_CASE("hostile: only the files a rule-set folder holds are rule sets (links, folders, names)") {
    temp_dir tmp;
    const auto folder = tmp.root / "rule-sets";
    tmp.write("rule-sets/good.json", valid_rule_set("good"));
    tmp.write("rule-sets/sub/inner.json", valid_rule_set("inner"));
    tmp.write("outside.json", valid_rule_set("outside"));
    fs::create_symlink(tmp.root / "outside.json", folder / "outside.json");   // leaves
    fs::create_symlink("sub/inner.json", folder / "inner.json");              // stays inside
    fs::create_symlink(folder / "loop.json", folder / "loop.json");           // a loop
    fs::create_symlink(folder / "nowhere", folder / "dangling.json");         // dangling
    fs::create_directories(folder / "folder.json");                           // not a file
    tmp.write("rule-sets/Upper.json", valid_rule_set("upper"));               // not an id
    tmp.write(fs::path("rule-sets") / std::string("bad\xff\xfe.json"), "{}"); // not UTF-8
    tmp.write("rule-sets/.json", "{}");                                       // no name
    tmp.write("rule-sets/notes.txt", "{}");                                   // not .json
    const std::vector<fs::path> dirs = {folder, tmp.root / "missing"};

    CHECK(json::available(dirs) == std::vector<std::string>{"good", "inner"});
    CHECK(json::load_by_id("inner", dirs).id == "inner");
    // Listed ⇔ loadable: what available() leaves out, load_by_id() cannot find.
    for (const char* id : {"outside", "loop", "dangling", "folder", "upper"}) {
        CAPTURE(id);
        CHECK_FALSE(json::rule_set_file(folder, id));
        thrown_as<unknown_code>([&] { json::load_by_id(id, dirs); });
    }
    CHECK(json::rule_set_file(folder, "good") == fs::canonical(folder / "good.json"));
    // The folder itself may be reached through a link.
    fs::create_symlink(folder, tmp.root / "linked");
    CHECK(json::available({tmp.root / "linked"}) == std::vector<std::string>{"good", "inner"});
    // json::load_rule_set() reads a file by any path, but only a regular file: a folder or a
    // FIFO (which would block) is invalid_value naming it.
    CHECK(thrown_as<invalid_value>([&] { json::load_rule_set(folder); }).field() == "file");
    REQUIRE(::mkfifo((tmp.root / "fifo.json").c_str(), 0600) == 0);
    CHECK(thrown_as<invalid_value>([&] { json::load_rule_set(tmp.root / "fifo.json"); }).field() ==
          "file");
    // A file that cannot be read is not listed (only where permissions bind: not for root).
    if (::geteuid() != 0) {
        const auto locked = tmp.write("rule-sets/locked.json", valid_rule_set("locked"));
        fs::permissions(locked, fs::perms::none);
        CHECK_FALSE(json::rule_set_file(folder, "locked"));
    }
}

TEST_CASE("hostile: a file that is not a rule set is quoted in a short excerpt at most") {
    temp_dir tmp;
    const std::string secret = "hunter2-" + std::string(500, 'x') + "-tail-secret";
    const std::vector<std::string> contents = {
        "password=" + secret,
        R"({"password": ")" + secret + R"("})",
        R"({"id": "x", "notes": [")" + secret + R"("]})",
        "[" + std::string(300, ' ') + "\"" + secret + "\"",
    };
    for (const auto& text : contents) {
        CAPTURE(text.substr(0, 30));
        tmp.write("rule-sets/bad.json", text);
        const auto e = thrown_as<error>([&] { json::load_by_id("bad", {tmp.root / "rule-sets"}); });
        CHECK(e.field().rfind("bad.json#", 0) == 0);
        CHECK(std::string(e.what()).find("tail-secret") == std::string::npos);
        small(e);
    }
}

TEST_CASE("hostile: nesting is refused past max_depth, at every depth the input can reach") {
    // Exactly max_depth levels is read; one more is refused naming where it starts.
    CHECK(json::parse_value(nested(json::max_depth)).is_array());
    {
        const auto e =
            thrown_as<invalid_value>([] { json::parse_value(nested(json::max_depth + 1)); });
        std::string where;
        for (std::size_t i = 0; i < json::max_depth; ++i)
            where += "/0";
        CHECK(e.field() == where);
        CHECK(e.message_en().find("64") != std::string::npos);
    }
    // 100,000 deep (200 KB) where a type expects no such value: an unknown field, a list field,
    // a rule set's notes, a finding's values, a dated parameter.
    const std::string deep = nested(100000);
    const auto refused = [&](auto&& read, const std::string& starts) {
        const auto e = thrown_as<invalid_value>(read);
        CAPTURE(e.field());
        CHECK(e.field().rfind(starts, 0) == 0);
        small(e);
    };
    refused([&] { json::parse<meeting>(R"({"date": "2024-01-01", "zzz": )" + deep + "}"); },
            "/zzz/0/0");
    refused([&] { json::parse<meeting>(R"({"date": "2024-01-01", "agenda": )" + deep + "}"); },
            "/agenda/0/0");
    refused([&] { json::parse<meeting_history>(R"({"meetings": [)" + deep + "]}"); },
            "/meetings/0/0");
    std::string rules = json::canonical(rule_sets::hd03());
    rules.replace(rules.find("\"notes\":[") + 9, 0, deep + ",");
    refused([&] { json::parse_rule_set(rules); }, "/notes/0/0");
    refused([&] { json::parse<finding>(R"({"rule": "online.quota", "values": )" + deep + "}"); },
            "/values/0");
    // Objects count as arrays do.
    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += R"({"a":)";
    objects += "1" + std::string(100000, '}');
    refused([&] { json::parse<organisation>(objects); }, "/a/a/a");
}

TEST_CASE("hostile: an excerpt of a value is bounded before anything is built from it") {
    // Values that are deep, wide, long: the excerpt stops at max_error_value bytes.
    json::value deep = json::value::array();
    json::value* at = &deep;
    for (int i = 0; i < 10000; ++i) {
        at->push_back(json::value::array());
        at = &at->back();
    }
    CHECK(json::detail::excerpt(deep).size() <= max_error_value);
    json::value wide = json::value::array();
    for (int i = 0; i < 100000; ++i)
        wide.push_back(i);
    CHECK(json::detail::excerpt(wide).size() <= max_error_value);
    CHECK(json::detail::excerpt(wide).rfind("[0,1,2,", 0) == 0);
    // A string is cut at a character boundary: "ệ" is 3 bytes.
    std::string vietnamese;
    for (int i = 0; i < 100; ++i)
        vietnamese += "ệ";
    const std::string cut = json::detail::excerpt(json::value(vietnamese));
    CHECK(cut.size() <= max_error_value);
    CHECK(sinhhoat::detail::valid_utf8(cut));
    CHECK(cut.substr(cut.size() - 3) == "...");
    // Small values are whole.
    CHECK(json::detail::excerpt(json::value{{"a", 1}, {"b", {true, nullptr}}}) ==
          R"({"a":1,"b":[true,null]})");
}

TEST_CASE("hostile: bad values of any size give errors of bounded size") {
    const std::string huge(5 << 20, 'x'); // 5 MB
    // A huge value where a count is due, a huge unknown key, a huge code, a huge date, a huge id.
    const std::vector<std::string> documents = {
        R"({"roll": {"members": ")" + huge + R"("}})",
        R"({"roll": {"members": {")" + huge + R"(": 1}}})", // a huge key inside the bad value
        R"({")" + huge + R"(": 1})",
        R"({"kind": ")" + huge + R"("})",
        R"({"pilot": {"online_selected_on": ")" + huge + R"("}})",
        R"({"roll": {"members": [)" + std::string(1 << 20, '1').insert(1, "") + "]}}",
    };
    for (const auto& text : documents) {
        const auto e = thrown_as<error>([&] { json::parse<organisation>(text); });
        CAPTURE(e.field().substr(0, 40));
        small(e);
    }
    // Invalid JSON whose last token is long (an unterminated 5 MB string).
    const auto e = thrown_as<invalid_value>([&] { json::parse_value("[\"" + huge); });
    CHECK(e.field() == "/");
    small(e);
    CHECK(e.message_en().size() < 400);
}

TEST_CASE("hostile: text after the value is refused with its offset, NUL bytes included") {
    const std::string meeting_text = R"({"date": "2024-01-01"})";
    REQUIRE_NOTHROW(json::parse<meeting>(meeting_text));
    for (const auto& [tail, offset] :
         std::vector<std::pair<std::string, std::size_t>>{{std::string("\0{\"zzz\":1}", 10), 22},
                                                          {std::string("\0", 1), 22},
                                                          {" {}", 23},
                                                          {"x", 22}}) {
        CAPTURE(tail);
        const auto e = thrown_as<invalid_value>([&] { json::parse<meeting>(meeting_text + tail); });
        CHECK(e.field() == "/");
        CHECK(e.value() == "(byte " + std::to_string(offset) + ")");
    }
    // A NUL inside a string is refused too (raw, not escaped), and so in rule-set files.
    CHECK(thrown_as<invalid_value>([] {
              json::parse<organisation>(std::string("{\"name\": \"a\0b\"}", 15));
          }).value() == "(byte 11)");
    temp_dir tmp;
    tmp.write("rule-sets/hd03.json",
              json::canonical(rule_sets::hd03()) + std::string("\0{\"zzz\":1}", 10));
    const auto e =
        thrown_as<invalid_rule_set>([&] { json::load_by_id("hd03", {tmp.root / "rule-sets"}); });
    CHECK(e.field() == "hd03.json#/");
    // Whitespace after the value is no text.
    CHECK_NOTHROW(json::parse<meeting>(meeting_text + " \n\t\r"));
}

TEST_CASE("hostile: duplicate keys name the object they are in, in objects of any size") {
    CHECK(
        thrown_as<invalid_value>([] {
            json::parse<organisation>(
                R"({"roll": {"members": 20, "unable": [{"grounds": ["epidemic"], "count": 3, "count": 4}]}})");
        }).field() == "/roll/unable/0/count");
    // Past the small-object path: 20,000 keys, the duplicate far from its first.
    std::string text = "{";
    for (int i = 0; i < 20000; ++i)
        text += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    text += "\"k7\":0}";
    const auto e = thrown_as<invalid_value>([&] { json::parse_value(text); });
    CHECK(e.field() == "/k7");
    CHECK(e.value() == "'k7'");
    // The same keys once each are one object, in their order.
    text.resize(text.size() - 8);
    text += "}";
    const auto v = json::parse_value(text);
    CHECK(v.size() == 20000);
    CHECK(v.begin().key() == "k0");
    CHECK(v.at("k19999") == 19999);
    // Key "~/": escaped in the pointer.
    CHECK(thrown_as<invalid_value>([] {
              json::parse_value(R"({"a": {"~/": 1, "~/": 2}})");
          }).field() == "/a/~0~1");
}

TEST_CASE("hostile: a finding's reason belongs to its rule and its values agree") {
    const auto read = [](const std::string& text) { return json::parse<finding>(text); };
    // The reason of another rule.
    {
        const auto e = thrown_as<inconsistent_input>([&] {
            read(R"({"rule": "content.excluded", "status": "passed", "reason": "quota_within",
                     "values": {"ordinal": 1, "limit": 3, "period_first": "2024-01-01",
                                "period_last": "2024-12-31"}})");
        });
        CHECK(e.field() == "/reason");
        CHECK(e.message_en().find("online.quota, group.quota") != std::string::npos);
    }
    // Ordinal 99 "within the limit of 3"; and 4 exceeding 4.
    CHECK(thrown_as<inconsistent_input>([&] {
              read(R"({"rule": "online.quota", "status": "passed", "reason": "quota_within",
                       "values": {"ordinal": 99, "limit": 3, "period_first": "2024-01-01",
                                  "period_last": "2024-12-31"}})");
          }).field() == "/values/ordinal");
    CHECK_NOTHROW(read(R"({"rule": "online.quota", "status": "passed", "reason": "quota_within",
                           "values": {"ordinal": 3, "limit": 3, "period_first": "2024-01-01",
                                      "period_last": "2024-12-31"}})"));
    CHECK(thrown_as<inconsistent_input>([&] {
              read(R"({"rule": "group.quota", "status": "violated", "reason": "quota_exceeded",
                       "values": {"ordinal": 4, "limit": 4, "period_first": "2024-01-01",
                                  "period_last": "2024-12-31"}})");
          }).field() == "/values/ordinal");
    // A period that ends before it starts; a window that does not hold its day.
    CHECK(thrown_as<inconsistent_input>([&] {
              read(R"({"rule": "online.quota", "status": "passed", "reason": "quota_within",
                       "values": {"ordinal": 1, "limit": 3, "period_first": "2024-12-31",
                                  "period_last": "2024-01-01"}})");
          }).field() == "/values/period_first");
    CHECK(thrown_as<inconsistent_input>([&] {
              read(R"({"rule": "pilot.window", "status": "passed", "reason": "window_inside",
                       "values": {"first": "2023-01-01", "last": "2025-06-30",
                                  "date": "2025-07-01"}})");
          }).field() == "/values/date");
    // A negative count.
    CHECK(thrown_as<invalid_value>([&] {
              read(R"({"rule": "group.scope", "status": "violated",
                       "reason": "group_too_few_members", "values": {"members": -1, "minimum": 50}})");
          }).field() == "/values/members");
    // A missing date (null) keeps every relation: nothing to compare.
    CHECK_NOTHROW(read(R"({"rule": "group.preparation", "status": "violated",
                           "reason": "preparation_after_group_meeting",
                           "values": {"preparation_date": null, "first_group_date": "2024-03-02"}})"));
    // Every finding the rules give keeps its reason's declaration (boundaries: exactly at the
    // limit, day + 1).
    const rule_set& rules = rule_sets::cao_bang();
    const organisation o = cell(20, 15);
    for (int n = 0; n < 5; ++n) {
        std::vector<past_meeting> past;
        for (int i = 0; i < n; ++i)
            past.push_back(past_meeting::of(online_meeting(d(2024, 1, 2 + i))));
        const verdict v =
            check(online_meeting(d(2024, 9, 10)), o, meeting_history(std::move(past)), rules);
        for (std::size_t i = 0; i < v.size(); ++i)
            CHECK_NOTHROW(json::validate(v[i], path("finding")));
        CHECK(json::from_json<verdict>(json::to_json(v)) == v);
    }
}

TEST_CASE("hostile: a dated parameter with no period reads back as itself and is refused") {
    const dated<ground_set> none{std::vector<dated_value<ground_set>>{}};
    const json::value written = json::to_json(none);
    CHECK(written.is_null());
    // Not the empty set always in force, which `[]` is.
    CHECK(json::detail::read_dated<ground_set>(written, path::pointer(), 0, 0) == none);
    CHECK(json::detail::read_dated<ground_set>(json::value::array(), path::pointer(), 0, 0) ==
          dated<ground_set>(ground_set{}));
    CHECK(thrown_as<invalid_rule_set>([&] {
              json::from_json<dated<ground_set>>(written);
          }).message_en() == "the parameter has no value");
    std::string text = json::canonical(rule_sets::hd03());
    const auto at = text.find("\"grounds\":") + 10;
    text.replace(at, text.find("]", text.find("]", at) + 1) - at + 1, "null");
    CHECK(thrown_as<invalid_rule_set>([&] { json::parse_rule_set(text); }).field() == "/grounds");
}

TEST_CASE("hostile: a verdict names its rule set by an id, or by none") {
    const verdict v = check(online_meeting(d(2024, 9, 10)), cell(20, 15), meeting_history{},
                            rule_sets::cao_bang());
    json::value j = json::to_json(v);
    CHECK(json::from_json<verdict>(j) == v);
    j["rule_set"]["id"] = "../../etc/passwd";
    const auto e = thrown_as<invalid_value>([&] { json::from_json<verdict>(j); });
    CHECK(e.field() == "/rule_set/id");
    j["rule_set"]["id"] = "";
    j["rule_set"]["digest"] = nullptr;
    CHECK(json::from_json<verdict>(j).rule_set().id.empty()); // stored before verdicts named one
}

TEST_CASE("valid_utf8: the same answer wherever a sequence falls among runs of ASCII") {
    // Runs of ASCII are read eight bytes at a time: a sequence at each offset from a word's
    // start, with ASCII after it or at the very end, is judged as on its own.
    const std::vector<std::pair<std::string, bool>> sequences = {
        {"\xE1\xBB\x99", true},      // ộ
        {"\xE2\x82\xAC", true},      // €
        {"\xF0\x9D\x84\x9E", true},  // U+1D11E
        {"\xED\xA0\x80", false},     // a lone surrogate
        {"\xC0\xAF", false},         // overlong
        {"\xF4\x90\x80\x80", false}, // past U+10FFFF
        {"\x80", false},             // a continuation byte alone
        {"\xE1\xBB", false},         // cut short (at the end) or followed by ASCII
    };
    for (const auto& [seq, ok] : sequences)
        for (std::size_t before = 0; before <= 17; ++before)
            for (const std::size_t after : {0, 1, 7, 8, 9}) {
                const auto s = std::string(before, 'a') + seq + std::string(after, 'b');
                CAPTURE(before);
                CAPTURE(after);
                CHECK(sinhhoat::detail::valid_utf8(s) == ok);
            }
    CHECK(sinhhoat::detail::valid_utf8(std::string(64, 'x')));
    CHECK(sinhhoat::detail::valid_utf8(""));
    CHECK(!sinhhoat::detail::valid_utf8(std::string(16, 'x') + '\xFF'));
}
