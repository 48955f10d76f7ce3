// The household form's pick lists: each enum value with its translated label, in the order
// the form shows them, so the form and its tests read and write the same codes.
#pragma once

#include "core/access.hpp"
#include "core/household_file.hpp"
#include "core/decision.hpp"

#include <wx/arrstr.h>
#include <wx/string.h>

#include <utility>
#include <vector>

namespace cabas::ui {

template <class E>
using Choices = std::vector<std::pair<E, wxString>>;

const Choices<core::HouseholdType>& household_type_choices();
const Choices<core::Housing>& housing_choices();
const Choices<core::MainResource>& main_resource_choices();
const Choices<core::Sex>& sex_choices();
const Choices<core::Relationship>& relationship_choices();
const Choices<core::ProjectType>& project_type_choices();
/// The FSE+ nationality classes (the EU's end-recipient indicators), "not stated" first.
const Choices<core::NationalityClass>& nationality_choices();
const Choices<core::Decision>& decision_choices();
const Choices<core::ExitReason>& exit_reason_choices();
/// Resource and charge kinds use the core's French labels (they are the working's words too).
const Choices<core::ResourceKind>& resource_kind_choices();
const Choices<core::ChargeKind>& charge_kind_choices();

template <class E>
wxArrayString labels_of(const Choices<E>& choices) {
    wxArrayString out;
    for (const auto& c : choices) out.Add(c.second);
    return out;
}

template <class E>
int index_of(const Choices<E>& choices, E value) {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].first == value) return static_cast<int>(i);
    return 0;
}

/// The value whose label is `label`, or `fallback`.
template <class E>
E value_of(const Choices<E>& choices, const wxString& label, E fallback) {
    for (const auto& c : choices)
        if (c.second == label) return c.first;
    return fallback;
}

} // namespace cabas::ui
