#pragma once
// Marks user-visible text in the core for translation without translating
// it here: the core never sees gettext or wx. xgettext extracts N_("...")
// (see scripts/update-pot.sh); the front-end translates when it shows it.
#define N_(text) text
