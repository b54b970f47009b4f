// SPDX-License-Identifier: GPL-3.0-or-later
// A process-wide cache of merged dictionaries: reading and decompressing FreeDict files costs
// about a second per pair, which the workbench would otherwise pay on every re-alignment.
#include <tandem/lexicon/dictionary.hpp>

#include "dictd_reader.hpp"
#include "han_bridge.hpp"

#include <functional>
#include <map>
#include <mutex>
#include <system_error>

namespace tandem::lexicon {
namespace {

/// Identifies a file's current contents well enough to notice edits.
std::string file_stamp(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    const auto time = std::filesystem::last_write_time(file, error);
    return file.string() + '\n' + std::to_string(size) + '\n' +
           std::to_string(time.time_since_epoch().count());
}

} // namespace

PairDictionaries load_pair_dictionaries(std::string_view source_language,
                                        std::string_view target_language, bool use_installed,
                                        const std::vector<std::filesystem::path>& extra) {
    std::vector<InstalledDictionary> installed;
    if (use_installed) {
        installed = find_installed_dictionaries(source_language, target_language);
    }
    std::string key = std::string(source_language) + '\t' + std::string(target_language);
    for (const auto& entry : installed) {
        key += '\t' + file_stamp(entry.index);
    }
    for (const auto& file : extra) {
        key += '\t' + file_stamp(file);
    }

    static std::mutex mutex;
    static std::map<std::string, PairDictionaries> cache;
    {
        const std::lock_guard lock(mutex);
        if (const auto found = cache.find(key); found != cache.end()) {
            return found->second;
        }
    }
    auto merged = std::make_shared<Dictionary>();
    PairDictionaries result;
    for (const auto& entry : installed) {
        if (entry.han_bridge) {
            const bool chinese_is_source = detail::is_chinese(source_language);
            // Where the Japanese words are the headwords, entries of other scripts are skipped
            // unread (two thirds of a Japanese–English dictionary).
            const bool japanese_headwords = chinese_is_source == (entry.direction == Direction::forward);
            merged->merge(detail::bridge_han_words(
                detail::read_dictd_entries(entry.index, entry.direction,
                                           japanese_headwords ? detail::is_han_word
                                                              : std::function<bool(std::string_view)>{}),
                chinese_is_source, chinese_is_source ? source_language : target_language));
        } else {
            merged->merge(read_dictd(entry.index, entry.direction));
        }
        result.files.push_back(entry.index.string());
    }
    for (const auto& file : extra) {
        merged->merge(read_dictionary(file, source_language, target_language));
        result.files.push_back(file.string());
    }
    result.dictionary = std::move(merged);
    const std::lock_guard lock(mutex);
    return cache.try_emplace(key, std::move(result)).first->second;
}

} // namespace tandem::lexicon
