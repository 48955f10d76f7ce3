// A USB scanner set for QWERTY on a French AZERTY PC: the X server is switched to the French
// layout (setxkbmap fr) and the card is typed as that scanner types it, key by key (xdotool),
// so the till sees "éç(\"_&…" and must still show the green banner.
#include "gui_fixture.hpp"

#include "pos/card_banner.hpp"

#include <cstdio>

using namespace cabas;
using namespace cabas::gui_testing;

namespace {

/// The X keyboard layout switched for the test's life, the old one put back even on failure.
class KeyboardLayout {
public:
    explicit KeyboardLayout(const std::string& layout) {
        if (FILE* query = popen("setxkbmap -query 2>/dev/null", "r")) {
            char line[256];
            while (std::fgets(line, sizeof line, query)) {
                const std::string text(line);
                if (text.rfind("layout:", 0) == 0) m_previous = text.substr(text.find_first_not_of(" ", 7));
            }
            pclose(query);
        }
        while (!m_previous.empty() && (m_previous.back() == '\n' || m_previous.back() == ' ')) m_previous.pop_back();
        if (m_previous.empty()) m_previous = "us";
        m_switched = std::system(("setxkbmap " + layout).c_str()) == 0;
        settle(300);  // GTK reloads its keymap on the MappingNotify event
    }
    ~KeyboardLayout() {
        if (std::system(("setxkbmap '" + m_previous + "'").c_str()) != 0) std::fprintf(stderr, "could not restore the layout\n");
        settle(200);
    }
    KeyboardLayout(const KeyboardLayout&) = delete;
    KeyboardLayout& operator=(const KeyboardLayout&) = delete;
    bool switched() const { return m_switched; }
    const std::string& previous() const { return m_previous; }

private:
    std::string m_previous;
    bool m_switched = false;
};

/// `text` quoted for the shell (the digit row holds a "'").
std::string shell_quoted(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

/// What a QWERTY-set scanner types for `digits` on a French AZERTY keyboard.
std::string as_azerty(const std::string& digits) {
    static const char* const row[] = {"à", "&", "é", "\"", "'", "(", "-", "è", "_", "ç"};
    std::string typed;
    for (char d : digits) typed += row[d - '0'];
    return typed;
}

} // namespace

TEST_CASE("a card typed by a QWERTY-set scanner on an AZERTY keyboard is accepted", "[gui][scan]") {
    TillWorld world;
    const std::string card = world.find_card(true, core::CardRefusal::None, core::Money::from_euros(20));
    ui::TillPanel* till = world.log_in();
    REQUIRE(wait_for([&] { return till->scan_field()->HasFocus(); }));
    {
        KeyboardLayout french("fr");
        REQUIRE(french.switched());
        const std::string typed = as_azerty(card);
        // xdotool presses, for each character, the key that gives it in the current (French)
        // layout: the digit-row key without Shift, exactly what the scanner sends.
        REQUIRE(std::system(("xdotool type --delay 5 -- " + shell_quoted(typed)).c_str()) == 0);
        REQUIRE(wait_for([&] { return text(till->scan_field()->GetValue()) == typed; }));
        REQUIRE(std::system("xdotool key Return") == 0);
        INFO("banner: " << text(till->banner()->title_text()) << " / strip: " << text(till->message_text()));
        REQUIRE(wait_for([&] { return text(till->banner()->title_text()).rfind("Carte valide — ", 0) == 0; }));
    }
    CHECK(till->banner()->colour() == ui::palette().background(ui::Tone::Ok));
    CHECK(till->scan_field()->GetValue().empty());
    REQUIRE(world.frame->till()->card());
    CHECK(world.frame->till()->card()->result.green());
    screenshot(world.frame, "07_azerty_card_green");
}

TEST_CASE("an unknown code typed on the AZERTY digit row keeps its & and names the layout", "[gui][scan]") {
    TillWorld world;
    ui::TillPanel* till = world.log_in();
    scan_fast(till, "&é\"'(-è_");
    const std::string strip = text(till->message_text());
    CHECK_THAT(strip, Catch::Contains("« &é\"'(-è_ »"));
    CHECK_THAT(strip, Catch::Contains("QWERTY"));
    CHECK(till->message_colour() == ui::palette().background(ui::Tone::Refused));
    screenshot(world.frame, "08_azerty_unknown_code");
}
