#include <doctest/doctest.h>

#include "common/error.h"
#include "common/json_writer.h"

using socle::common::JsonWriter;

TEST_CASE("JsonWriter writes nested structures compactly") {
    JsonWriter json(false);
    json.begin_object();
    json.key("id").value("sp-dmf");
    json.key("count").value(3);
    json.key("share").value(0.5);
    json.key("level").null();
    json.key("ok").value(true);
    json.key("list").begin_array().value(1).value("two").begin_object().end_object().end_array();
    json.end_object();
    CHECK(json.str() == R"({"id":"sp-dmf","count":3,"share":0.5,"level":null,"ok":true,"list":[1,"two",{}]})");
}

TEST_CASE("JsonWriter escapes strings") {
    JsonWriter json(false);
    json.value("a\"b\\c\nd\x01 ລາວ");
    CHECK(json.str() == "\"a\\\"b\\\\c\\nd\\u0001 ລາວ\"");
}

TEST_CASE("JsonWriter refuses misuse") {
    JsonWriter json(false);
    json.begin_object();
    CHECK_THROWS_AS(json.value(1), socle::common::LogicError);
    CHECK_THROWS_AS(json.end_array(), socle::common::LogicError);
}

TEST_CASE("JsonWriter never writes text that is not UTF-8") {
    JsonWriter json;
    json.begin_array();
    CHECK_THROWS_AS(json.value("D\xE9" "cret"), socle::common::LogicError);
    CHECK_NOTHROW(json.value("D\xC3\xA9" "cret"));
}
