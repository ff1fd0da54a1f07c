#include <doctest/doctest.h>

#include <filesystem>
#if !defined(_WIN32)
#include <unistd.h>
#endif

#include "common/atomic_file.h"
#include "common/error.h"
#include "tests/support/test_support.h"

namespace fs = std::filesystem;
using namespace socle::common;
using socle::test::ScratchDir;

namespace {
// Whether a read-only folder stops a write: not for root, and Windows has
// no POSIX modes on folders.
bool folder_modes_apply() {
#if defined(_WIN32)
    return false;
#else
    return ::geteuid() != 0;
#endif
}
}  // namespace

TEST_CASE("write_file_atomically writes and replaces - leaving no temporary file") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "first");
    write_file_atomically(file, "second");
    CHECK(read_file(file) == "second");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("write_file_atomically keeps the previous file as a backup when asked") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "v1", {.keep_backup = true});
    CHECK_FALSE(fs::exists(backup_path_for(file)));
    write_file_atomically(file, "v2", {.keep_backup = true});
    write_file_atomically(file, "v3", {.keep_backup = true});
    CHECK(read_file(file) == "v3");
    CHECK(read_file(backup_path_for(file)) == "v2");
}

TEST_CASE("a failed write leaves the original intact") {
    if (!folder_modes_apply()) {
        // Use a path whose parent is a file instead.
        ScratchDir dir;
        const auto blocker = dir / "not-a-folder";
        socle::test::write_text(blocker, "x");
        CHECK_THROWS_AS(write_file_atomically(blocker / "a.socle", "new"), IoError);
        CHECK(read_file(blocker) == "x");
        return;
    }
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "original");
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    CHECK_THROWS_AS(write_file_atomically(file, "new"), IoError);
    fs::permissions(dir.path(), fs::perms::owner_all);
    CHECK(read_file(file) == "original");
}

TEST_CASE("read_file reports a missing file as IoError with its path") {
    ScratchDir dir;
    try {
        (void)read_file(dir / "missing.xml");
        FAIL("expected an IoError");
    } catch (const IoError& error) {
        CHECK(error.path().find("missing.xml") != std::string::npos);
    }
}
