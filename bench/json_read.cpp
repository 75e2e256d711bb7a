// Prints how fast JSON text is read and what failing costs, side by side in one run so that the
// ratios hold on a shared, noisy machine:
// - a history of ~10 MB: nlohmann's plain parse (no checks: the floor), `json::parse_value` (one
//   pass, duplicate keys, depth, NUL) and `json::parse<meeting_history>` (the typed value);
// - shapes that were quadratic: 200,000 keys in one object, 800,000 objects in an unknown field;
// - failing on a bad 50 MB value: the extra memory at its peak, as a factor of the input, and the
//   size of the error.
// Usage: sinhhoat_bench_json [megabytes]   (default 10; the last line is one JSON object)

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sinhhoat/json.hpp>
#include <string>
#include <sys/resource.h>

namespace {

using namespace sinhhoat;
using clock_type = std::chrono::steady_clock;

/// The best of `runs` timings of `f`, in seconds.
template <class F> double best_of(int runs, F&& f) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto start = clock_type::now();
        f();
        const std::chrono::duration<double> secs = clock_type::now() - start;
        best = std::min(best, secs.count());
    }
    return best;
}

long peak_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/// The JSON of a history of about `bytes` bytes.
std::string history_text(std::size_t bytes) {
    std::string out = "{\"meetings\": [";
    for (int i = 0; out.size() < bytes; ++i) {
        if (i)
            out += ',';
        const date d = make_date(2024, 1, 1) + days(i % 366);
        out += "{\"date\": \"" + to_iso(d) + "\", \"body\": \"whole_organisation\", \"form\": \"" +
               (i % 3 ? "hybrid" : "in_person") + "\", \"ground\": \"dispersed_wide_area\"}";
    }
    return out + "]}";
}

} // namespace

int main(int argc, char** argv) {
    const double mb = argc > 1 ? std::atof(argv[1]) : 10.0;
    const auto bytes = static_cast<std::size_t>(mb * 1024 * 1024);

    // First, while the process is small: failing on a bad value of 5 times the document.
    double fail_extra_factor = 0;
    std::size_t fail_error_bytes = 0;
    double fail_seconds = 0;
    {
        const std::string bad =
            "{\"roll\": {\"members\": \"" + std::string(5 * bytes, 'x') + "\"}}";
        const long before = peak_rss_kb();
        const auto start = clock_type::now();
        try {
            json::parse<organisation>(bad);
        } catch (const error& e) {
            fail_error_bytes = std::string(e.what()).size();
        }
        fail_seconds = std::chrono::duration<double>(clock_type::now() - start).count();
        fail_extra_factor =
            static_cast<double>(peak_rss_kb() - before) * 1024.0 / static_cast<double>(bad.size());
    }

    const std::string text = history_text(bytes);
    std::size_t meetings = 0;
    const double plain =
        best_of(3, [&] { meetings = json::value::parse(text).at("meetings").size(); });
    const double strict = best_of(3, [&] { json::parse_value(text); });
    const double typed = best_of(3, [&] { json::parse<meeting_history>(text); });
    // The value already parsed, read as a type: what from_dict() adds to its conversion.
    const json::value parsed = json::parse_value(text);
    const double from_value = best_of(3, [&] { json::from_json<meeting_history>(parsed); });

    // 200,000 keys and 800,000 objects at the default 10 MB, fewer for a smoke run.
    const int n_keys = static_cast<int>(20000 * mb), n_objects = static_cast<int>(80000 * mb);
    std::string keys = "{";
    for (int i = 0; i < n_keys; ++i)
        keys += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    keys += "\"k7\":0}";
    const double duplicate_keys = best_of(3, [&] {
        try {
            json::parse_value(keys);
        } catch (const error&) {
        }
    });
    std::string objects = "{\"date\": \"2024-01-01\", \"zzz\": [";
    for (int i = 0; i < n_objects; ++i)
        objects += i ? ",{}" : "{}";
    objects += "]}";
    const double unknown_array = best_of(3, [&] {
        try {
            json::parse<meeting>(objects);
        } catch (const error&) {
        }
    });

    const double mb_text = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    std::cout << "history of " << meetings << " meetings, " << mb_text << " MB:\n"
              << "  nlohmann parse (no checks) " << plain << " s\n"
              << "  json::parse_value          " << strict << " s (" << strict / plain << "x)\n"
              << "  json::parse<history>       " << typed << " s (" << typed / plain << "x)\n"
              << "  from_json<history>(value)  " << from_value << " s\n"
              << n_keys << " keys, one given twice: " << duplicate_keys << " s\n"
              << n_objects << " objects in an unknown field: " << unknown_array << " s\n"
              << "a bad value of " << 5 * mb << " MB: " << fail_seconds << " s, extra memory "
              << fail_extra_factor << "x the input, error of " << fail_error_bytes << " bytes\n";
    std::cout << "{\"bench\": \"json_read\", \"megabytes\": " << mb_text
              << ", \"meetings\": " << meetings << ", \"plain_parse_s\": " << plain
              << ", \"parse_value_s\": " << strict << ", \"parse_history_s\": " << typed
              << ", \"from_value_s\": " << from_value
              << ", \"parse_value_over_plain\": " << strict / plain
              << ", \"parse_history_over_plain\": " << typed / plain
              << ", \"mb_per_s\": " << mb_text / typed << ", \"keys\": " << n_keys
              << ", \"duplicate_keys_s\": " << duplicate_keys << ", \"objects\": " << n_objects
              << ", \"unknown_array_s\": " << unknown_array << ", \"bad_value_s\": " << fail_seconds
              << ", \"bad_value_extra_memory_factor\": " << fail_extra_factor
              << ", \"bad_value_error_bytes\": " << fail_error_bytes << "}\n";
    return 0;
}
