#pragma once
// The command line's edge with the operating system's text encodings.
// Everything inside Socle is UTF-8; on Windows the arguments arrive in
// UTF-16 and the console shows the OEM code page unless told otherwise.
#include <string>
#include <vector>

namespace socle::cli {

// The arguments after the program name, as UTF-8. On Windows they are read
// from the wide command line, so a Cyrillic or Lao file name survives even
// where the process code page is not UTF-8 (before Windows 10 1903).
std::vector<std::string> utf8_arguments(int argc, char** argv);

// On Windows: the console shows the UTF-8 the program writes, and standard
// output and error write "\n" as it is (not "\r\n"), so that the JSON and
// CSV on stdout are byte for byte those of every other platform. Elsewhere
// nothing is needed.
void set_up_console();

}  // namespace socle::cli
