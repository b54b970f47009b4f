// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/document.hpp>

#include "../enum_names.hpp"

#include <algorithm>

namespace tandem::text {
namespace {
constexpr detail::NameTable<SentenceRole, 4> role_names{{
    {SentenceRole::speech, "speech"},
    {SentenceRole::speaker_label, "speaker-label"},
    {SentenceRole::stage_note, "stage-note"},
    {SentenceRole::heading, "heading"},
}};
} // namespace

std::string_view to_string(SentenceRole role) noexcept { return detail::name_of(role_names, role); }

SentenceRole sentence_role_from_string(std::string_view name) {
    return detail::value_of(role_names, name, "sentence role");
}

SentenceId Document::next_id() const noexcept {
    SentenceId next = 0;
    for (const auto& sentence : sentences) {
        next = std::max(next, sentence.id + 1);
    }
    return next;
}

} // namespace tandem::text
