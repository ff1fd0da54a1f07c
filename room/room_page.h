#pragma once
// The one page the phones load: plain HTML and old-style JavaScript (no
// fetch, no arrow functions: Android 4 browsers still come to workshops),
// its labels in the session's language from the po catalogs. Text from
// people (names, comments) only ever reaches the page through JSON and
// textContent; labels put into the HTML are escaped.
#include <string>
#include <string_view>

namespace socle::room {

struct HttpResponse;

// & < > " ' as entities.
std::string html_escape(std::string_view text);
// A JSON string literal that is safe inside <script> (no "</").
std::string script_string(std::string_view text);

std::string phone_page(std::string_view language, std::string_view code);
// The form that asks for the session code (wrong_code: say it was wrong).
HttpResponse code_form_page(std::string_view language, bool wrong_code);

}  // namespace socle::room
