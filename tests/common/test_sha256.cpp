#include <doctest/doctest.h>

#include <string>

#include "common/sha256.h"

using socle::common::sha256_hex;

// Test vectors from FIPS 180-4 examples and NIST's published digests.
TEST_CASE("sha256 of the standard test vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 fed in pieces equals sha256 of the whole") {
    const std::string text(200, 'x');
    socle::common::Sha256 hash;
    hash.update(text.substr(0, 63));
    hash.update(text.substr(63, 1));
    hash.update(text.substr(64));
    const auto digest = hash.finish();
    std::string hex;
    static constexpr char kHex[] = "0123456789abcdef";
    for (auto byte : digest) {
        hex.push_back(kHex[byte >> 4]);
        hex.push_back(kHex[byte & 0xF]);
    }
    CHECK(hex == sha256_hex(text));
}
