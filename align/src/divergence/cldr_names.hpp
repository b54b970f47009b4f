// SPDX-License-Identifier: GPL-3.0-or-later
// Exonyms from the Unicode CLDR (through ICU): the names of countries and languages in the two
// languages of a pair, so that `Китая` meets `China` and `Франции` meets `France`.
#pragma once

#include "sentence_facts.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

/// The other side's key of an exonym, and how similar the looked-up key is to its own side's key.
struct ExonymMatch {
    std::string key;
    double similarity = 0.0;
};

/// Pairs (source name key, target name key) of exonyms, looked up by key similarity. Lookups are
/// remembered: the same names recur in every sentence and every re-analysis of a pair.
class ExonymTable {
public:
    explicit ExonymTable(double similarity) : m_similarity(similarity) {}

    /// Adds one pair of keys.
    void add(std::string source_key, std::string target_key);

    /// The other side's keys of every exonym whose key on @p key's side is similar to @p key,
    /// each once with its best similarity.
    const std::vector<ExonymMatch>& counterparts(bool key_is_source, const std::string& key);

  private:
    double m_similarity;
    /// Per side (source, target): each distinct key and the other side's keys paired with it, so
    /// a lookup compares a key with each name once.
    std::array<std::unordered_map<std::string, std::vector<std::string>>, 2> m_others;
    std::array<std::unordered_map<std::string, std::vector<ExonymMatch>>, 2> m_memo;
};

/// Adds to @p exonyms every pair (source name key, target name key) of words of the CLDR display names,
/// full and short, of one country and of the language most likely spoken there, in the two
/// languages (`Соединенные Штаты`, `США` ↔ `United States`, `US`; `Франция` ↔ `French`).
void add_cldr_names(ExonymTable& exonyms, Side& source, Side& target);

} // namespace tandem::divergence::detail
