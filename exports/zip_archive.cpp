// minizip writing into a std::string: a zlib_filefunc64_def whose "file" is
// a growing buffer with a position (minizip seeks back to patch local
// headers, so a plain append is not enough).
#include "exports/detail/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cstring>

#include "common/error.h"

namespace socle::exports::detail {

namespace {

struct Stream {
    std::string bytes;
    std::size_t position = 0;
};

voidpf ZCALLBACK open_stream(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK read_stream(voidpf, voidpf stream, void* buffer, uLong size) {
    auto* s = static_cast<Stream*>(stream);
    const std::size_t available = s->bytes.size() > s->position ? s->bytes.size() - s->position : 0;
    const std::size_t n = std::min<std::size_t>(available, size);
    std::memcpy(buffer, s->bytes.data() + s->position, n);
    s->position += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK write_stream(voidpf, voidpf stream, const void* buffer, uLong size) {
    auto* s = static_cast<Stream*>(stream);
    const std::size_t end = s->position + size;
    if (s->bytes.size() < end) s->bytes.resize(end);
    std::memcpy(s->bytes.data() + s->position, buffer, size);
    s->position = end;
    return size;
}

ZPOS64_T ZCALLBACK tell_stream(voidpf, voidpf stream) { return static_cast<Stream*>(stream)->position; }

long ZCALLBACK seek_stream(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* s = static_cast<Stream*>(stream);
    std::size_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = s->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = s->bytes.size();
    s->position = base + static_cast<std::size_t>(offset);
    return 0;
}

int ZCALLBACK close_stream(voidpf, voidpf) { return 0; }
int ZCALLBACK error_stream(voidpf, voidpf) { return 0; }

}  // namespace

struct ZipArchive::State {
    Stream stream;  // minizip keeps a pointer to it: it never moves
    zipFile zip = nullptr;
    zlib_filefunc64_def functions{};
};

ZipArchive::ZipArchive() : state_(new State) {}

ZipArchive::~ZipArchive() {
    if (state_->zip) zipClose(state_->zip, nullptr);
    delete state_;
}

void ZipArchive::add(std::string_view name, std::string_view bytes) {
    if (!state_->zip) {
        auto& f = state_->functions;
        f.zopen64_file = open_stream;
        f.zread_file = read_stream;
        f.zwrite_file = write_stream;
        f.ztell64_file = tell_stream;
        f.zseek64_file = seek_stream;
        f.zclose_file = close_stream;
        f.zerror_file = error_stream;
        f.opaque = &state_->stream;
        state_->zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &f);
        if (!state_->zip) throw common::LogicError("zip: cannot start the archive");
    }
    zip_fileinfo info{};
    // A fixed date (1 January 2000) keeps the bytes of two exports of the
    // same assessment identical.
    info.tmz_date.tm_year = 2000;
    info.tmz_date.tm_mday = 1;
    const std::string entry(name);
    if (zipOpenNewFileInZip64(state_->zip, entry.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0) != ZIP_OK ||
        zipWriteInFileInZip(state_->zip, bytes.data(), static_cast<unsigned>(bytes.size())) != ZIP_OK ||
        zipCloseFileInZip(state_->zip) != ZIP_OK)
        throw common::LogicError("zip: cannot add " + entry);
}

std::string ZipArchive::finish() {
    if (!state_->zip) throw common::LogicError("zip: empty archive");
    const int closed = zipClose(state_->zip, nullptr);
    state_->zip = nullptr;
    if (closed != ZIP_OK) throw common::LogicError("zip: cannot finish the archive");
    return std::move(state_->stream.bytes);
}

}  // namespace socle::exports::detail
