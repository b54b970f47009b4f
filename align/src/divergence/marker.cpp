// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/divergence/marker.hpp>

#include "../enum_names.hpp"

namespace tandem::divergence {
namespace {
constexpr detail::NameTable<MarkerKind, 11> kind_names{{
    {MarkerKind::omission, "omission"},
    {MarkerKind::addition, "addition"},
    {MarkerKind::number, "number"},
    {MarkerKind::name, "name"},
    {MarkerKind::compression, "compression"},
    {MarkerKind::expansion, "expansion"},
    {MarkerKind::merge, "merge"},
    {MarkerKind::split, "split"},
    {MarkerKind::untranslated, "untranslated"},
    {MarkerKind::transcript_note, "transcript-note"},
    {MarkerKind::low_confidence, "low-confidence"},
}};
constexpr detail::NameTable<Severity, 4> severity_names{{
    {Severity::info, "info"},
    {Severity::notice, "notice"},
    {Severity::warning, "warning"},
    {Severity::error, "error"},
}};
} // namespace

std::string_view to_string(MarkerKind kind) noexcept { return detail::name_of(kind_names, kind); }
std::string_view to_string(Severity severity) noexcept {
    return detail::name_of(severity_names, severity);
}
MarkerKind marker_kind_from_string(std::string_view name) {
    return detail::value_of(kind_names, name, "marker kind");
}
Severity severity_from_string(std::string_view name) {
    return detail::value_of(severity_names, name, "severity");
}

} // namespace tandem::divergence
