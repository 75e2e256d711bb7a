// Built against the *installed* package with its json component: loads a rule set that exists
// only as a file (installed under share/sinhhoat/rule-sets) and writes a verdict as JSON.

#include <iostream>
#include <sinhhoat/json.hpp>

int main() {
    using namespace sinhhoat;
    const rule_set rules = json::load_by_id("dong_nai");
    const meeting m = json::parse<meeting>(
        R"({"date": "2024-09-10", "form": "hybrid", "ground": "dispersed_wide_area"})");
    const verdict v = check(m, organisation{}, meeting_history{}, rules);
    std::cout << json::dump(v) << '\n';
    return v.outcome() == outcome::not_covered ? 0 : 1;
}
