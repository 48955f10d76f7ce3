// The till's window icon: every PNG size that cmake/icons.cmake renders from
// assets/icons/cabas.svg is found in the build tree and loads at its own size.
#include "pos/app_icons.hpp"

#include <catch2/catch.hpp>

TEST_CASE("the till's icon is found in every rendered size, from 16 to 256 pixels", "[gui][icon]") {
    const wxIconBundle icons = cabas::ui::app_icons();
    REQUIRE(icons.GetIconCount() == 7);
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const wxIcon icon = icons.GetIcon(wxSize(size, size), wxIconBundle::FALLBACK_NONE);
        REQUIRE(icon.IsOk());
        CHECK(icon.GetWidth() == size);
        CHECK(icon.GetHeight() == size);
    }
}
