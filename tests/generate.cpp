// Writes the files generated from the core's descriptions: the built-in rule sets as JSON
// (rule-sets/<id>.json) and the JSON Schemas (schema/v<N>/<name>.schema.json). With --check,
// writes nothing and fails when a committed file differs, naming it: the drift test.
// Usage: sinhhoat_generate [--check] <source dir>        (scripts/generate.sh runs it)

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sinhhoat/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    const bool check = argc == 3 && std::string(argv[1]) == "--check";
    if (argc != 2 && !check) {
        std::cerr << "usage: sinhhoat_generate [--check] <source dir>\n";
        return 2;
    }
    const fs::path root = argv[argc - 1];
    std::vector<std::pair<fs::path, std::string>> files;
    for (const auto* r : sinhhoat::rule_sets::builtin())
        files.emplace_back(root / "rule-sets" / (r->id + ".json"),
                           sinhhoat::json::dump(*r, 2) + "\n");
    const auto dir = root / "schema" / ("v" + std::to_string(sinhhoat::json::schema_version));
    for (const auto& [name, schema] : sinhhoat::json::schemas())
        files.emplace_back(dir / (name + ".schema.json"),
                           sinhhoat::json::dump_value(schema, 2) + "\n");

    int stale = 0;
    for (const auto& [file, text] : files) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream old;
        old << in.rdbuf();
        if (in && old.str() == text)
            continue;
        if (check) {
            std::cerr << file.string() << " differs from what the descriptions generate: run "
                      << "scripts/generate.sh and commit the result\n";
            ++stale;
            continue;
        }
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        std::cout << "wrote " << file.string() << '\n';
    }
    if (check && stale == 0)
        std::cout << files.size() << " generated files up to date\n";
    return stale ? 1 : 0;
}
