#include "ui/desktop/dashboard/presentation_page.h"

#include <algorithm>
#include <memory>

#include <wx/clntdata.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/sizer.h>

#include "common/translations.h"
#include "scoring/headline_text.h"
#include "scoring/level_profile.h"
#include "ui/desktop/dashboard/room_strip.h"
#include "ui/desktop/dashboard/room_voting.h"
#include "ui/desktop/document/document.h"
#include "ui/desktop/services/localization.h"
#include "ui/desktop/widgets/text_layout.h"
#include "ui/desktop/widgets/theme.h"
#include "ui/desktop/services/ui_text.h"

namespace socle::desktop {

namespace {

// The slide speaks the session's language (the room's), which may not be
// the facilitator's interface language: its words come from the same
// catalogs through the core's table, and are the walkthrough's words where
// both say the same thing.
class Words {
public:
    explicit Words(std::string lang) : lang_(std::move(lang)) {}
    wxString operator()(const char* english) const { return to_wx(common::translate(english, lang_)); }
    const std::string& lang() const { return lang_; }

private:
    std::string lang_;
};

// What the room sees, as plain text blocks; the view lays them out as
// large as the screen allows.
struct Slide {
    wxString profile;   // the room's level profile so far: the headline, in one line
    wxString heading;   // domain and indicator
    wxString question;
    struct Card {
        int level = 0;
        wxString name;
        wxString descriptor;
        bool derived = false;  // the room's level
        bool agreed = false;   // recorded as agreed
        int votes = -1;        // votes at this level; -1 while hidden
        wxString badge;        // the mark and the votes in words
    };
    std::vector<Card> cards;
    int level_count = 0;
    wxString room;       // derived level, spread, votes
    wxString warning;    // disagreement; empty when none
    wxString agreed;     // agreed level and rationale; empty when none
    wxString prompt;     // what the facilitator's next key does; empty when nothing waits
};

// "indicator 7 of 16" among the indicators the profile keeps, and "4 of 6
// voted": where the room is, in counts only, never names.
wxString position_text(const Document& document, const frameworks::Indicator& shown, const Words& say) {
    int position = 0, count = 0;
    for (const auto& domain : document.framework().domains)
        for (const auto& indicator : domain.indicators) {
            if (!document.assessment().is_relevant(indicator)) continue;
            ++count;
            if (indicator.id == shown.id) position = count;
        }
    return position == 0 ? wxString() : wxString::Format(say(N_("indicator %d of %d")), position, count);
}

wxString voted_text(const Document& document, const std::string& indicator_id, const Words& say) {
    const auto& assessment = document.assessment();
    int voted = 0;
    for (const auto& participant : assessment.participants)
        voted += assessment.response(indicator_id).votes.count(participant.id) > 0 ? 1 : 0;
    return wxString::Format(say(N_("%d of %d voted")), voted, static_cast<int>(assessment.participants.size()));
}

wxColour tint(const wxColour& c, double amount) {
    auto mix = [amount](int v) { return static_cast<unsigned char>(v + (255 - v) * (1.0 - amount)); };
    return wxColour(mix(c.Red()), mix(c.Green()), mix(c.Blue()));
}

const wxString& separator() {
    static const wxString dot = wxString::FromUTF8("  ·  ");
    return dot;
}

// The room's level and votes, in one line, in the walkthrough's words.
wxString room_text(const scoring::IndicatorScore& score, const wxString& level_name, const Words& say) {
    using scoring::IndicatorStatus;
    wxString room;
    switch (score.status) {
        case IndicatorStatus::Rated: {
            const auto range = scoring::vote_range(score);
            room = say(N_("Room's level")) + wxString::Format(": %d", *score.level);
            if (!level_name.empty()) room << " " << level_name;
            if (score.level_votes > 0)
                room << separator() << wxString::Format(say(N_("Spread %d (votes from %d to %d)")), score.spread, range.lowest,
                                                  range.highest);
            room << separator() << wxString::Format(say(N_("Votes: %d")), score.level_votes);
            break;
        }
        case IndicatorStatus::NotApplicable: room = say(N_("The room says: not applicable")); break;
        case IndicatorStatus::Unknown: room = say(N_("The room says: unknown (the evidence is missing)")); break;
        case IndicatorStatus::Unanswered: room = say(N_("No votes yet")); break;
        case IndicatorStatus::NotRelevant: room = say(N_("Not relevant for this country's profile")); break;
    }
    if (score.na_votes + score.unknown_votes > 0 && score.status != IndicatorStatus::NotRelevant)
        room << separator() << wxString::Format(say(N_("N/A: %d")), score.na_votes) << separator()
             << wxString::Format(say(N_("Unknown: %d")), score.unknown_votes);
    return room;
}

// The room disagrees; once it has agreed a level the flag stays (the
// disagreement is worth a note in the report) but no longer asks to discuss.
wxString warning_text(const scoring::IndicatorScore& score, const Words& say) {
    if (!score.disagreement) return {};
    const auto range = scoring::vote_range(score);
    if (score.source == scoring::LevelSource::Agreed)
        return wxString::Format(
                say(N_("The votes ranged from %d to %d; the room has agreed a level. Note the disagreement in the report.")),
                range.lowest, range.highest);
    return wxString::Format(say(N_("%s The room disagrees: votes range from %d to %d. Discuss the evidence, "
                                   "then record an agreed level.")),
                            wxString::FromUTF8("⚠"), range.lowest, range.highest);
}

wxString agreed_text(const assessment::IndicatorResponse& response, const Words& say) {
    if (!response.agreed) return {};
    const auto& agreed = *response.agreed;
    const wxString value = agreed.kind == assessment::VoteKind::Level           ? wxString::Format("%d", agreed.level)
                           : agreed.kind == assessment::VoteKind::NotApplicable ? say(N_("not applicable"))
                                                                                : say(N_("unknown"));
    wxString text = wxString::Format(say(N_("Agreed level: %s")), value);
    if (!response.rationale.empty()) text << " - " << to_wx(response.rationale);
    return text;
}

// "Level profile: level 1: 2 · level 2: 32 · ... · not rated: 2 (5 low
// confidence, 3 without evidence)": what the room has said so far, so the
// projected headline is the profile, never a mean.
wxString profile_text(const Document& document, const Words& say) {
    const auto profile = scoring::level_profile(document.scores(), document.assessment());
    const auto& counts = profile.overall;
    wxString text = say(N_("Level profile:"));
    for (std::size_t i = 0; i < counts.at_level.size(); ++i)
        text << (i ? separator() : wxString(" "))
             << wxString::Format(say(N_("level %d: %d")), static_cast<int>(i) + 1, counts.at_level[i]);
    text << separator() << wxString::Format(say(N_("not rated: %d")), counts.total() - counts.rated() - counts.not_re_examined);
    if (counts.not_re_examined > 0)
        text << separator() << wxString::Format(say(N_("not re-examined: %d")), counts.not_re_examined);
    const auto flags = scoring::rating_flags(counts.low_confidence_total(), counts.undocumented_total(), say.lang());
    if (!flags.empty()) text << " (" << to_wx(flags) << ")";
    return text;
}

// While the phones vote, the slide says only how many have voted: the
// room's level, the spread, the agreed level and the counts would anchor
// whoever has not voted yet.
void hide_while_voting(Slide& slide, const RoomVoting& room, const Words& say) {
    for (auto& card : slide.cards) {
        card.derived = card.agreed = false;
        card.votes = -1;
    }
    slide.warning.clear();
    slide.agreed.clear();
    slide.room = wxString::Format(say(N_("Voting is open on the phones: %d of %d voted")), static_cast<int>(room.voted_count()),
                                  static_cast<int>(room.participant_count()));
}

// The card's mark in words (not by the border alone) and its votes.
wxString badge(const Slide::Card& card, const Words& say) {
    const wxString mark = card.agreed ? say(N_("Agreed")) : card.derived ? say(N_("Room's level")) : wxString();
    if (card.votes <= 0) return mark;
    const wxString count = wxString::Format(say(N_("Votes: %d")), card.votes);
    return mark.empty() ? count : mark + "\n" + count;  // a line each: no line starts with a dot
}

Slide make_slide(const Document& document, const RoomVoting* room) {
    Slide slide;
    const Words say(document.language());
    slide.profile = profile_text(document, say);
    const auto& framework = document.framework();
    const auto& lang = document.language();
    const auto* indicator = framework.find_indicator(document.current_indicator());
    if (!indicator) return slide;
    const auto* domain = framework.find_domain(indicator->domain_id);
    slide.heading = (domain ? to_wx(framework.text(domain->name, lang)) + separator() : wxString()) +
                    wxString::Format(say(N_("Indicator %s")), to_wx(indicator->id));
    if (const wxString position = position_text(document, *indicator, say); !position.empty())
        slide.heading << separator() << position;
    const bool phones_voting = room && room->indicator() == indicator->id && room->voting_open();
    // While the phones vote, the room strip counts them.
    if (!phones_voting && !document.assessment().participants.empty())
        slide.heading << separator() << voted_text(document, indicator->id, say);
    slide.question = to_wx(framework.text(indicator->question, lang));
    const auto* score = document.scores().find_indicator(indicator->id);
    const auto& response = document.assessment().response(indicator->id);
    slide.level_count = framework.level_count();
    for (const auto& level : framework.levels) {
        Slide::Card card;
        card.level = level.value;
        card.name = to_wx(framework.text(level.name, lang));
        if (level.value >= 1 && static_cast<std::size_t>(level.value) <= indicator->descriptors.size())
            card.descriptor = to_wx(framework.text(indicator->descriptors[level.value - 1], lang));
        card.derived = score && score->level == level.value;
        card.agreed = response.agreed && response.agreed->kind == assessment::VoteKind::Level &&
                      response.agreed->level == level.value;
        if (score && level.value >= 1 && static_cast<std::size_t>(level.value) <= score->votes_per_level.size())
            card.votes = score->votes_per_level[static_cast<std::size_t>(level.value - 1)];
        slide.cards.push_back(card);
    }
    if (!score) return slide;
    wxString level_name;
    for (const auto& card : slide.cards)
        if (score->level && card.level == *score->level) level_name = card.name;
    slide.room = room_text(*score, level_name, say);
    slide.warning = warning_text(*score, say);
    slide.agreed = agreed_text(response, say);
    if (room && room->indicator() == indicator->id) {
        if (room->voting_open()) {
            hide_while_voting(slide, *room, say);
        } else if (room->revealed()) {
            slide.room << separator()
                       << wxString::Format(say(N_("%d of %d voted from their phones")), static_cast<int>(room->voted_count()),
                                           static_cast<int>(room->participant_count()));
        }
    }
    for (auto& card : slide.cards) card.badge = badge(card, say);
    return slide;
}

// Draws the slide with text of `size` pixels, or only measures it; returns
// the height used.
class SlidePainter {
public:
    SlidePainter(wxGraphicsContext& gc, const wxWindow* window, const Slide& slide, wxSize area)
        : gc_(gc), window_(window), slide_(slide), area_(area) {}

    void set_descriptor_factor(double factor) { descriptor_factor_ = factor; }

    double run(double px, bool draw) {
        draw_ = draw;
        const double margin = std::max(12.0, std::min(area_.x, area_.y) * 0.03);
        const double width = area_.x - 2 * margin;
        double y = margin;
        y += text(slide_.profile, margin, y, width, px * 0.7, false, theme::muted_text()) + px * 0.2;
        y += text(slide_.heading, margin, y, width, px * 0.8, false, theme::muted_text()) + px * 0.3;
        y += text(slide_.question, margin, y, width, px * 1.35, true, theme::text()) + px * 0.8;
        y += cards(margin, y, width, px) + px * 0.6;
        y += text(slide_.room, margin, y, width, px * 1.05, true, theme::text()) + px * 0.3;
        if (!slide_.warning.empty()) y += banner(slide_.warning, margin, y, width, px) + px * 0.3;
        if (!slide_.agreed.empty()) y += text(slide_.agreed, margin, y, width, px * 0.95, true, theme::accent()) + px * 0.3;
        if (!slide_.prompt.empty()) y += text(slide_.prompt, margin, y, width, px * 0.9, true, theme::accent());
        return y + margin;
    }

private:
    void set_font(double px, bool bold, const wxColour& colour) {
        wxFont font = theme::font(window_, 1.0, bold);
        font.SetPixelSize(wxSize(0, std::max(6, static_cast<int>(px))));
        gc_.SetFont(font, colour);
    }

    double lines(const std::vector<wxString>& lines, double x, double y, double line_height) {
        if (draw_)
            for (std::size_t i = 0; i < lines.size(); ++i) gc_.DrawText(lines[i], x, y + line_height * static_cast<double>(i));
        return line_height * static_cast<double>(lines.size());
    }

    double text(const wxString& content, double x, double y, double width, double px, bool bold, const wxColour& colour) {
        if (content.empty()) return 0;
        set_font(px, bold, colour);
        const auto wrapped = wrap_text(gc_, content, width);
        return lines(wrapped, x, y, measure_lines(gc_, wrapped).line_height);
    }

    double banner(const wxString& content, double x, double y, double width, double px) {
        const double pad = px * 0.5;
        set_font(px * 1.05, true, theme::warning_text());
        const auto wrapped = wrap_text(gc_, content, width - 2 * pad);
        const auto size = measure_lines(gc_, wrapped);
        if (draw_) {
            gc_.SetPen(wxPen(theme::warning_text(), 2));
            gc_.SetBrush(wxBrush(theme::warning_background()));
            gc_.DrawRoundedRectangle(x, y, width, size.height + 2 * pad, pad / 2);
        }
        lines(wrapped, x + pad, y + pad, size.line_height);
        return size.height + 2 * pad;
    }

    double cards(double x, double y, double width, double px) {
        const std::size_t n = slide_.cards.size();
        if (n == 0) return 0;
        const double gap = px * 0.6, pad = px * 0.5;
        const double card_width = (width - gap * static_cast<double>(n - 1)) / static_cast<double>(n);
        double height = 0;
        std::vector<std::vector<wxString>> names(n), badges(n), descriptors(n);
        double name_height = 0, descriptor_line = 0;
        const double inner = card_width - 2 * pad;
        // Long level names ("Оптимизирующийся") shrink, all cards alike,
        // rather than break mid-word; so do the descriptors' longest words.
        const double name_px = fitting_px(px, 0.55, true, inner, [](const Slide::Card& card) { return card.name; });
        const double descriptor_px =
                fitting_px(px * descriptor_factor_, 0.7, false, inner, [](const Slide::Card& card) { return card.descriptor; });
        for (std::size_t i = 0; i < n; ++i) {
            const auto& card = slide_.cards[i];
            set_font(name_px, true, theme::text());
            names[i] = wrap_text(gc_, wxString::Format("%d  %s", card.level, card.name), inner);
            auto name_size = measure_lines(gc_, names[i]);
            set_font(px * 0.75, true, theme::accent());
            badges[i] = card.badge.empty() ? std::vector<wxString>{} : wrap_text(gc_, card.badge, card_width - 2 * pad);
            if (!badges[i].empty()) name_size.height += measure_lines(gc_, badges[i]).height;
            name_height = std::max(name_height, name_size.height);
            set_font(descriptor_px, false, theme::text());
            descriptors[i] = wrap_text(gc_, card.descriptor, inner);
            const auto size = measure_lines(gc_, descriptors[i]);
            descriptor_line = size.line_height;
            height = std::max(height, size.height);
        }
        const double strip = px * 0.35;
        const double total = strip + pad + name_height + px * 0.3 + height + pad;
        if (!draw_) return total;
        for (std::size_t i = 0; i < n; ++i) {
            const auto& card = slide_.cards[i];
            const double cx = x + static_cast<double>(i) * (card_width + gap);
            const wxColour colour = theme::level_colour(card.level, slide_.level_count);
            const bool marked = card.derived || card.agreed;
            gc_.SetPen(marked ? wxPen(theme::accent(), std::max(3.0, px * 0.22)) : wxPen(wxColour(0xBD, 0xBD, 0xBD), 1));
            gc_.SetBrush(wxBrush(marked ? tint(colour, 0.22) : theme::card_background()));
            gc_.DrawRoundedRectangle(cx, y, card_width, total, pad / 2);
            gc_.SetPen(*wxTRANSPARENT_PEN);
            gc_.SetBrush(wxBrush(colour));
            gc_.DrawRectangle(cx + 2, y + 2, card_width - 4, strip);
            set_font(name_px, true, theme::text());
            const double names_height = lines(names[i], cx + pad, y + strip + pad, measure_lines(gc_, names[i]).line_height);
            // Said in words too, not by the border alone.
            set_font(px * 0.75, true, theme::accent());
            if (!badges[i].empty())
                lines(badges[i], cx + pad, y + strip + pad + names_height, measure_lines(gc_, badges[i]).line_height);
            set_font(descriptor_px, false, theme::text());
            lines(descriptors[i], cx + pad, y + strip + pad + name_height + px * 0.3, descriptor_line);
        }
        return total;
    }

    // The largest type, from `px` down to `px * floor`, in which the widest
    // word of every card's text (`part`) fits the card.
    template <typename Part>
    double fitting_px(double px, double floor, bool bold, double width, Part part) {
        double widest_at_px = 0;
        set_font(px, bold, theme::text());
        for (const auto& card : slide_.cards) widest_at_px = std::max(widest_at_px, widest_word(part(card), measure_in(gc_)));
        if (widest_at_px <= width) return px;
        // Text width grows with the type size: scale once, then check.
        double fitted = std::max(px * floor, px * width / widest_at_px);
        for (int tries = 0; tries < 8 && fitted > px * floor; ++tries) {
            set_font(fitted, bold, theme::text());
            double widest = 0;
            for (const auto& card : slide_.cards) widest = std::max(widest, widest_word(part(card), measure_in(gc_)));
            if (widest <= width) break;
            fitted = std::max(px * floor, fitted * 0.95);
        }
        return fitted;
    }

    wxGraphicsContext& gc_;
    const wxWindow* window_;
    const Slide& slide_;
    wxSize area_;
    bool draw_ = false;
    double descriptor_factor_ = 0.8;  // descriptor type, relative to the slide's
};

// The drawn slide; its label carries the same text for screen readers.
class SlideView : public wxWindow {
public:
    explicit SlideView(wxWindow* parent) : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
        SetName("presentation.view");
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, &SlideView::on_paint, this);
        Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
            Refresh();
            event.Skip();
        });
    }

    void set_slide(Slide slide) {
        slide_ = std::move(slide);
        wxString label = slide_.profile + "\n" + slide_.heading + "\n" + slide_.question;
        for (const auto& card : slide_.cards) {
            label << "\n" << card.level << " " << card.name << ": " << card.descriptor;
            if (!card.badge.empty()) {
                wxString badge = card.badge;
                badge.Replace("\n", ", ");
                label << " (" << badge << ")";
            }
        }
        label << "\n" << slide_.room;
        if (!slide_.warning.empty()) label << "\n" << slide_.warning;
        if (!slide_.agreed.empty()) label << "\n" << slide_.agreed;
        if (!slide_.prompt.empty()) label << "\n" << slide_.prompt;
        SetLabel(label);
        Refresh();
    }

private:
    void on_paint(wxPaintEvent&) {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(theme::page_background()));
        dc.Clear();
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (!gc) return;
        const wxSize area = GetClientSize();
        SlidePainter painter(*gc, this, slide_, area);
        // The largest type that fits: start from a projector size and shrink.
        double px = std::clamp(area.y / 24.0, 14.0, 64.0) * theme::text_scale();
        while (px > 9 && painter.run(px, false) > area.y) px *= 0.97;
        // Wrapping makes the height jump; what room is left goes to the
        // descriptors, the smallest type on the slide.
        for (double factor = 0.84; factor <= 1.0 + 1e-9; factor += 0.04) {
            painter.set_descriptor_factor(factor);
            if (painter.run(px, false) > area.y) {
                painter.set_descriptor_factor(factor - 0.04);
                break;
            }
        }
        painter.run(px, true);
    }

    Slide slide_;
};

}  // namespace

struct PresentationPage::Parts : public wxClientData {
    SlideView* view = nullptr;
    RoomStrip* strip = nullptr;
    const RoomVoting* room = nullptr;
    wxString prompt;
};

PresentationPage::PresentationPage(wxWindow* parent, Document& document)
    : wxPanel(parent, wxID_ANY), parts_(new Parts), document_(document) {
    SetClientObject(parts_);
    SetName("presentation");
    SetBackgroundColour(theme::page_background());
    parts_->view = new SlideView(this);
    parts_->strip = new RoomStrip(this);
    parts_->strip->Hide();
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(parts_->view, 3, wxEXPAND);
    sizer->Add(parts_->strip, 1, wxEXPAND);
    SetSizer(sizer);
    refresh();
}

void PresentationPage::set_room(const RoomVoting* room) {
    parts_->room = room;
    parts_->strip->Show(room != nullptr);
    Layout();
    refresh();
}

void PresentationPage::set_prompt(const wxString& prompt) {
    parts_->prompt = prompt;
    refresh();
}

void PresentationPage::refresh() {
    Slide slide = make_slide(document_, parts_->room);
    slide.prompt = parts_->prompt;
    parts_->view->set_slide(std::move(slide));
    if (parts_->room) parts_->strip->show(*parts_->room);
}

}  // namespace socle::desktop
