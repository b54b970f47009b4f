// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Learning from the user: word pairs learned from confirmed links, fed back into re-alignment.
///
/// Confirmed links are the best training data there is: a person vouches for each pair. The
/// words of their sides train IBM Model 1 (Brown et al. 1993) through lexicon::learn_lexicon(),
/// with looser thresholds than the engine uses on its own first pass. The learned pairs are an
/// ordinary word list: write_word_list() writes the TSV that lexicon::read_tsv_dictionary()
/// reads, so a front end saves it per language pair (learned_lexicon_file_name(), written
/// atomically by the caller), merges it with what earlier sessions learned, and passes its path in
/// AlignOptions::dictionaries when it re-aligns: fixing a few links then improves the rest.
#pragma once

#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/learned_lexicon.hpp>
#include <tandem/session/edit_session.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::session {

/// Thresholds for confirmed pairs: two sightings suffice, since a person checked every pair.
[[nodiscard]] inline lexicon::LexiconLearning user_learning() {
    lexicon::LexiconLearning settings;
    settings.min_cooccurrences = 2;
    return settings;
}

/// Word pairs (case-folded words, numbers and punctuation left out) that translate each other in
/// @p pairs, sorted by source then target. Deterministic.
[[nodiscard]] lexicon::Dictionary learn_from_confirmed(
    const std::vector<ConfirmedPair>& pairs, std::string_view source_language,
    std::string_view target_language, const lexicon::LexiconLearning& settings = user_learning());

/// Writes the distinct pairs of @p dictionary, sorted, one `source<TAB>target` line each, after a
/// `#` comment naming the language pair: the format lexicon::read_tsv_dictionary() reads.
void write_word_list(std::ostream& out, const lexicon::Dictionary& dictionary,
                     std::string_view source_language, std::string_view target_language);

/// The file name under which a front end keeps the learned lexicon of a language pair:
/// `learned-<source>-<target>.tsv` with the primary language subtags (`learned-ru-en.tsv`).
[[nodiscard]] std::string learned_lexicon_file_name(std::string_view source_language,
                                                    std::string_view target_language);

} // namespace tandem::session
