#include "assessment/recovery.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <sstream>
#include <system_error>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/path_text.h"
#include "common/sha256.h"
#include "common/user_paths.h"

namespace fs = std::filesystem;

namespace socle::assessment {

namespace {

constexpr const char* kSocleExtension = ".socle";
constexpr const char* kSidecarExtension = ".socle.recovery";

// Keeps letters, digits, '-' and '_' so the slot is a safe file name anywhere.
std::string safe_name(const std::string& text) {
    std::string out;
    for (const unsigned char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out.push_back(keep ? static_cast<char>(c) : '_');
        if (out.size() >= 40) break;
    }
    return out.empty() ? std::string("assessment") : out;
}

std::string utc_now() {
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date{day};
    const hh_mm_ss time{now - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d:%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

// One line per field; line breaks in values become spaces.
std::string sidecar_text(const fs::path& original, const std::string& title) {
    auto one_line = [](std::string value) {
        std::replace(value.begin(), value.end(), '\n', ' ');
        std::replace(value.begin(), value.end(), '\r', ' ');
        return value;
    };
    return "socle-recovery 1\noriginal=" + one_line(common::path_to_utf8(original)) + "\ntitle=" + one_line(title) +
           "\nsaved=" + utc_now() + "\n";
}

bool read_sidecar(const fs::path& path, RecoveryEntry& entry) {
    std::string text;
    try {
        text = common::read_file(path);
    } catch (const common::IoError&) {
        return false;
    }
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line.rfind("socle-recovery", 0) != 0) return false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        if (key == "original") entry.original = common::path_from_utf8(value);
        else if (key == "title") entry.title = value;
        else if (key == "saved") entry.saved_at = value;
    }
    return true;
}

}  // namespace

RecoveryStore::RecoveryStore(fs::path dir) : dir_(std::move(dir)) {}

fs::path RecoveryStore::default_dir() { return common::user_data_dir() / "recovery"; }

std::string RecoveryStore::slot_for(const fs::path& original) {
    std::error_code ec;
    fs::path absolute = fs::absolute(original, ec);
    if (ec) absolute = original;
    const std::string hash = common::sha256_hex(common::path_to_utf8(absolute.lexically_normal()));
    return safe_name(common::path_to_utf8(original.stem())) + "-" + hash.substr(0, 12);
}

std::string RecoveryStore::new_untitled_slot() {
    std::random_device device;
    const auto ticks = std::chrono::system_clock::now().time_since_epoch().count();
    char text[64];
    std::snprintf(text, sizeof text, "untitled-%llx-%08x", static_cast<unsigned long long>(ticks),
                  static_cast<unsigned>(device()));
    return text;
}

void RecoveryStore::write(const std::string& slot, const Assessment& assessment, const fs::path& original) const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw common::IoError(common::path_to_utf8(dir_), ec.message());
    // The assessment first, the sidecar last: a slot only counts once both exist.
    common::write_file_atomically(dir_ / (slot + kSocleExtension), write_assessment(assessment));
    common::write_file_atomically(dir_ / (slot + kSidecarExtension), sidecar_text(original, assessment.metadata.title));
}

void RecoveryStore::discard(const std::string& slot) const {
    std::error_code ec;
    fs::remove(dir_ / (slot + kSidecarExtension), ec);
    fs::remove(dir_ / (slot + kSocleExtension), ec);
}

std::vector<RecoveryEntry> RecoveryStore::entries() const {
    std::vector<RecoveryEntry> found;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) return found;
    const std::string sidecar_ext = kSidecarExtension;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = common::path_to_utf8(it->path().filename());
        if (name.size() <= sidecar_ext.size() || name.compare(name.size() - sidecar_ext.size(), sidecar_ext.size(), sidecar_ext) != 0)
            continue;
        RecoveryEntry entry;
        entry.slot = name.substr(0, name.size() - sidecar_ext.size());
        entry.file = dir_ / (entry.slot + kSocleExtension);
        if (!fs::is_regular_file(entry.file, ec) || !read_sidecar(it->path(), entry)) continue;
        found.push_back(std::move(entry));
    }
    std::sort(found.begin(), found.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) {
        return a.saved_at != b.saved_at ? a.saved_at > b.saved_at : a.slot < b.slot;
    });
    return found;
}

AssessmentLoadResult RecoveryStore::load(const RecoveryEntry& entry, const FrameworkResolver& resolver) const {
    return load_assessment_file(entry.file, resolver);
}

Edit replace_assessment(const Assessment& before, Assessment after, std::string description) {
    return Edit{std::move(description), [after = std::move(after)](Assessment& a) { a = after; },
                [before](Assessment& a) { a = before; }};
}

}  // namespace socle::assessment
