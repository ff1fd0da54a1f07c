#pragma once
// The bundled sample assessments (samples/*.socle), looked up in this order:
// $SOCLE_SAMPLES_DIR, next to the executable, the installed share/socle,
// and the source tree the app was built from.
#include <filesystem>
#include <vector>

namespace socle::desktop {

std::vector<std::filesystem::path> sample_folders();

// Every *.socle in the first sample folder that has any, sorted by name.
std::vector<std::filesystem::path> find_samples();

}  // namespace socle::desktop
