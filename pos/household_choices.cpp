// Labels of the household form's pick lists.
#include "pos/household_choices.hpp"

#include "pos/ui_support.hpp"

#include <wx/intl.h>

namespace cabas::ui {

const Choices<core::HouseholdType>& household_type_choices() {
    static const Choices<core::HouseholdType> c{{core::HouseholdType::Single, _("Single person")},
                                                {core::HouseholdType::Couple, _("Couple")},
                                                {core::HouseholdType::CoupleWithChildren, _("Couple with children")},
                                                {core::HouseholdType::SingleParent, _("Single parent")},
                                                {core::HouseholdType::Other, _("Other")}};
    return c;
}

const Choices<core::Housing>& housing_choices() {
    static const Choices<core::Housing> c{{core::Housing::Tenant, _("Private tenant")},
                                          {core::Housing::SocialTenant, _("Social housing tenant")},
                                          {core::Housing::Owner, _("Owner")},
                                          {core::Housing::Hosted, _("Hosted by relatives or friends")},
                                          {core::Housing::Emergency, _("Emergency accommodation")},
                                          {core::Housing::Homeless, _("Homeless")},
                                          {core::Housing::Other, _("Other")}};
    return c;
}

const Choices<core::MainResource>& main_resource_choices() {
    static const Choices<core::MainResource> c{{core::MainResource::Wages, _("Wages")},
                                               {core::MainResource::Unemployment, _("Unemployment benefit (ARE/ASS)")},
                                               {core::MainResource::Rsa, _("RSA")},
                                               {core::MainResource::Aah, _("AAH")},
                                               {core::MainResource::Pension, _("Pension or ASPA")},
                                               {core::MainResource::FamilyBenefitsOnly, _("Family benefits only")},
                                               {core::MainResource::StudentGrant, _("Student grant")},
                                               {core::MainResource::None, _("No resources")},
                                               {core::MainResource::Other, _("Other")}};
    return c;
}

const Choices<core::Sex>& sex_choices() {
    static const Choices<core::Sex> c{
        {core::Sex::Female, _("F")}, {core::Sex::Male, _("M")}, {core::Sex::Unspecified, _("Not given")}};
    return c;
}

const Choices<core::Relationship>& relationship_choices() {
    static const Choices<core::Relationship> c{{core::Relationship::Applicant, _("Applicant")},
                                               {core::Relationship::Spouse, _("Spouse")},
                                               {core::Relationship::Child, _("Child")},
                                               {core::Relationship::OtherRelative, _("Other relative")},
                                               {core::Relationship::Other, _("Other")}};
    return c;
}

const Choices<core::ProjectType>& project_type_choices() {
    static const Choices<core::ProjectType> c{{core::ProjectType::Housing, _("Housing")},
                                              {core::ProjectType::Energy, _("Energy")},
                                              {core::ProjectType::Childhood, _("Childhood")},
                                              {core::ProjectType::Health, _("Health")},
                                              {core::ProjectType::Debt, _("Debts")},
                                              {core::ProjectType::Equipment, _("Equipment")},
                                              {core::ProjectType::DrivingLicence, _("Driving licence")},
                                              {core::ProjectType::Other, _("Other")}};
    return c;
}

const Choices<core::NationalityClass>& nationality_choices() {
    static const Choices<core::NationalityClass> c{{core::NationalityClass::Unknown, _("Not stated")},
                                                   {core::NationalityClass::French, _("French")},
                                                   {core::NationalityClass::EuropeanUnion, _("Other EU country")},
                                                   {core::NationalityClass::ThirdCountry, _("Outside the EU")}};
    return c;
}

const Choices<core::Decision>& decision_choices() {
    static const Choices<core::Decision> c{{core::Decision::Accepted, _("Accepted")},
                                              {core::Decision::Refused, _("Refused")},
                                              {core::Decision::Postponed, _("Postponed")},
                                              {core::Decision::Derogation, _("Derogation")}};
    return c;
}

const Choices<core::ExitReason>& exit_reason_choices() {
    static const Choices<core::ExitReason> c = [] {
        Choices<core::ExitReason> out;
        for (auto r : {core::ExitReason::EndOfRights, core::ExitReason::GoalReached, core::ExitReason::Moved,
                       core::ExitReason::Reoriented, core::ExitReason::Exclusion, core::ExitReason::DroppedOut})
            out.emplace_back(r, to_wx(core::label_of(r)));
        return out;
    }();
    return c;
}

const Choices<core::ResourceKind>& resource_kind_choices() {
    static const Choices<core::ResourceKind> c = [] {
        Choices<core::ResourceKind> out;
        for (auto k : core::all_resource_kinds()) out.emplace_back(k, to_wx(core::label_of(k)));
        return out;
    }();
    return c;
}

const Choices<core::ChargeKind>& charge_kind_choices() {
    static const Choices<core::ChargeKind> c = [] {
        Choices<core::ChargeKind> out;
        for (auto k : core::all_charge_kinds()) out.emplace_back(k, to_wx(core::label_of(k)));
        return out;
    }();
    return c;
}

} // namespace cabas::ui
