// The touch-target style sheet (see touch_targets.hpp). A style sheet rather than a minimum size
// per widget: one rule reaches every screen and every dialog, and GTK keeps it through theme
// changes, high contrast included. Debian's wx development package brings no GTK headers, so
// the few GTK functions are looked up in the running process, where wxGTK already loaded them.
#include "pos/touch_targets.hpp"

#include <wx/dataview.h>

#include <dlfcn.h>

#include <cstring>

namespace cabas::ui {

namespace {

// The heights are the content boxes: Adwaita adds about 10 px of padding and border to a button,
// so each control ends at 44 px or more. Text fields are not raised yet: at 44 px the household
// form, the product form, the reception and the reports screens no longer fit 1024x768 and need
// a layout of their own first (they keep GTK's 37 px).
constexpr const char* kStyle =
    "button { min-height: 34px; }\n"
    "checkbutton, radiobutton { min-height: 44px; }\n"
    "combobox button { min-height: 34px; }\n";

// GTK_STYLE_PROVIDER_PRIORITY_USER: wxGTK gives each text field a style of its own at the
// application priority (its font and colours); the heights must win over it.
constexpr unsigned kUserPriority = 800;

template <class F>
F gtk_function(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_DEFAULT, name));
}

} // namespace

bool install_touch_targets() {
    static bool installed = false;
    if (installed) return true;
    using NewProvider = void* (*)();
    using LoadData = int (*)(void*, const char*, long, void**);
    using DefaultScreen = void* (*)();
    using AddProvider = void (*)(void*, void*, unsigned);
    const auto new_provider = gtk_function<NewProvider>("gtk_css_provider_new");
    const auto load_data = gtk_function<LoadData>("gtk_css_provider_load_from_data");
    const auto default_screen = gtk_function<DefaultScreen>("gdk_screen_get_default");
    const auto add_provider = gtk_function<AddProvider>("gtk_style_context_add_provider_for_screen");
    if (!new_provider || !load_data || !default_screen || !add_provider) return false;
    void* screen = default_screen();
    if (!screen) return false;
    void* provider = new_provider();
    if (!provider || !load_data(provider, kStyle, static_cast<long>(std::strlen(kStyle)), nullptr)) return false;
    add_provider(screen, provider, kUserPriority);
    installed = true;
    return true;
}

void set_cell_height(wxDataViewRenderer* renderer, int height) {
    using FixedSize = void (*)(void*, int, int);
    static const auto fixed_size = gtk_function<FixedSize>("gtk_cell_renderer_set_fixed_size");
    if (fixed_size && renderer && renderer->GetGtkHandle()) fixed_size(renderer->GetGtkHandle(), -1, height);
}

} // namespace cabas::ui
