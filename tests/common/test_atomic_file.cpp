#include <doctest/doctest.h>

#include <chrono>
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

TEST_CASE("a failed save names the real reason - never 'Success'") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "original");
    // The backup cannot be renamed over a folder; the clean-up after that
    // failure succeeds and used to leave "Success" as the reason.
    fs::create_directories(backup_path_for(file) / "inside");
    try {
        write_file_atomically(file, "new", {.keep_backup = true});
        FAIL("expected an IoError");
    } catch (const IoError& error) {
        const std::string what = error.what();
        CAPTURE(what);
        CHECK(what.find("Success") == std::string::npos);
        CHECK(what.find("cannot keep a backup copy: ") != std::string::npos);
    }
    CHECK(read_file(file) == "original");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);
}

TEST_CASE("a folder where the file should go is refused as the user's input to correct") {
    ScratchDir dir;
    fs::create_directory(dir / "a.socle");
    CHECK_THROWS_AS(write_file_atomically(dir / "a.socle", "new"), UnwritablePathError);
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("a read-only file is refused - not silently overwritten") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "original");
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read);
    try {
        write_file_atomically(file, "new", {.keep_backup = true});
        FAIL("expected an IoError");
    } catch (const IoError& error) {
        CHECK(std::string(error.what()).find("read-only") != std::string::npos);
    }
    CHECK(read_file(file) == "original");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

#ifndef _WIN32
TEST_CASE("a save keeps the file's mode - a private assessment stays private") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "v1");
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    write_file_atomically(file, "v2", {.keep_backup = true});
    CHECK(read_file(file) == "v2");
    CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(fs::status(backup_path_for(file)).permissions() == (fs::perms::owner_read | fs::perms::owner_write));

    const auto temp = temporary_path_for(dir / "book.xlsx");  // writers that write their own file
    socle::test::write_text(dir / "book.xlsx", "old");
    fs::permissions(dir / "book.xlsx", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    socle::test::write_text(temp, "new");
    commit_temporary_file(temp, dir / "book.xlsx");
    CHECK(fs::status(dir / "book.xlsx").permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("a save through a symbolic link replaces its target and keeps the link") {
    ScratchDir dir;
    fs::create_directory(dir / "real");
    const auto target = dir / "real" / "a.socle";
    write_file_atomically(target, "v1");
    const auto link = dir / "link.socle";
    fs::create_symlink(fs::path("real") / "a.socle", link);
    write_file_atomically(link, "v2", {.keep_backup = true});
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(read_file(target) == "v2");
    CHECK(read_file(backup_path_for(target)) == "v1");  // the backup is beside the real file
    CHECK_FALSE(fs::exists(backup_path_for(link)));
    CHECK(temporary_path_for(link).parent_path() == target.parent_path());
}
#endif

TEST_CASE("temporary files left by a killed save are removed by the next save - fresh ones are not") {
    ScratchDir dir;
    const auto file = dir / "a.socle";
    write_file_atomically(file, "v1");
    const auto stale = dir / "a.socle.tmp-12345";
    const auto fresh = dir / "a.socle.tmp-67890";
    const auto other = dir / "a.socle.tmp-notes";
    for (const auto& p : {stale, fresh, other}) socle::test::write_text(p, "partial");
    fs::last_write_time(stale, fs::file_time_type::clock::now() - std::chrono::hours(3));
    fs::last_write_time(other, fs::file_time_type::clock::now() - std::chrono::hours(3));
    write_file_atomically(file, "v2");
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh));  // perhaps another save under way
    CHECK(fs::exists(other));  // not a name Socle gives
}
