// SPDX-License-Identifier: GPL-3.0-or-later
// Merged dictionaries cached twice: in memory for the life of the process (the workbench
// re-aligns and re-checks the same pair many times) and on disk between processes (reading and
// decompressing FreeDict files costs about a second per pair, loading the merged result back a
// few milliseconds).
#include <tandem/lexicon/dictionary.hpp>

#include "dictd_reader.hpp"
#include "dictionary_cache.hpp"
#include "han_bridge.hpp"
#include "pair_sources.hpp"

#include <tandem/text/language.hpp>

#include <unicode/uversion.h>

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
    return file.string() + '\t' + std::to_string(size) + '\t' +
           std::to_string(time.time_since_epoch().count());
}

Dictionary read_sources(std::string_view source_language, std::string_view target_language,
                        const detail::PairSources& sources) {
    Dictionary merged;
    for (const auto& entry : sources.installed) {
        if (entry.han_bridge) {
            const bool chinese_is_source = detail::is_chinese(source_language);
            // Where the Japanese words are the headwords, entries of other scripts are skipped
            // unread (two thirds of a Japanese–English dictionary).
            const bool japanese_headwords = chinese_is_source == (entry.direction == Direction::forward);
            merged.merge(detail::bridge_han_words(
                detail::read_dictd_entries(entry.index, entry.direction,
                                           japanese_headwords ? detail::is_han_word
                                                              : std::function<bool(std::string_view)>{}),
                chinese_is_source, chinese_is_source ? source_language : target_language));
        } else {
            merged.merge(read_dictd(entry.index, entry.direction));
        }
    }
    if (sources.unihan) {
        merged.merge(detail::read_unihan_glosses(*sources.unihan,
                                                 detail::is_chinese(source_language)));
    }
    for (const auto& file : sources.extra) {
        merged.merge(read_dictionary(file, source_language, target_language));
    }
    return merged;
}

} // namespace

detail::PairSources detail::pair_sources(std::string_view source_language,
                                        std::string_view target_language, bool use_installed,
                                        const std::vector<std::filesystem::path>& extra) {
    PairSources sources;
    if (use_installed) {
        sources.installed = find_installed_dictionaries(source_language, target_language);
        // Unihan glosses every Han character in English.
        const bool chinese_english =
            (is_chinese(source_language) && text::primary_language(target_language) == "en") ||
            (is_chinese(target_language) && text::primary_language(source_language) == "en");
        if (chinese_english) {
            sources.unihan = find_unihan();
        }
    }
    sources.extra = extra;
    std::string& key = sources.key;
    key = std::string(source_language) + '\t' + std::string(target_language);
    for (const auto& entry : sources.installed) {
        key += '\t' + entry.index.string();
    }
    if (sources.unihan) {
        key += '\t' + sources.unihan->readings.string() + '\t' + sources.unihan->variants.string();
    }
    for (const auto& file : extra) {
        key += '\t' + file.string();
    }
    // The readers' code and ICU's case folding and script conversion decide the contents too.
    UVersionInfo icu_version;
    u_getVersion(icu_version);
    char icu_name[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu_version, icu_name);
    key += "\nbuild " + build_identity() + " ICU " + icu_name;
    for (const auto& entry : sources.installed) {
        key += '\n' + file_stamp(entry.index) + '\n' + file_stamp(dictd_data_file(entry.index));
    }
    if (sources.unihan) {
        key += '\n' + file_stamp(sources.unihan->readings);
        if (!sources.unihan->variants.empty()) {
            key += '\n' + file_stamp(sources.unihan->variants);
        }
    }
    for (const auto& file : extra) {
        key += '\n' + file_stamp(file);
    }
    return sources;
}

PairDictionaries load_pair_dictionaries(std::string_view source_language,
                                        std::string_view target_language, bool use_installed,
                                        const std::vector<std::filesystem::path>& extra) {
    const auto sources =
        detail::pair_sources(source_language, target_language, use_installed, extra);
    const auto& key = sources.key;
    PairDictionaries result;
    for (const auto& entry : sources.installed) {
        result.files.push_back(entry.index.string());
    }
    if (sources.unihan) {
        result.files.push_back(sources.unihan->readings.string());
    }
    for (const auto& file : extra) {
        result.files.push_back(file.string());
    }

    static std::mutex mutex;
    static std::map<std::string, PairDictionaries> cache;
    {
        const std::lock_guard lock(mutex);
        if (const auto found = cache.find(key); found != cache.end()) {
            return found->second;
        }
    }
    if (result.files.empty()) {
        result.dictionary = std::make_shared<Dictionary>();
    } else {
        // Without a build ID a file written by another build could not be told from ours.
        const detail::DictionaryCache disk(detail::build_identity().empty()
                                               ? std::filesystem::path{}
                                               : detail::dictionary_cache_folder());
        if (auto stored = disk.find(key)) {
            result.dictionary = std::make_shared<Dictionary>(std::move(*stored));
        } else {
            auto merged = std::make_shared<Dictionary>(
                read_sources(source_language, target_language, sources));
            disk.store(key, *merged);
            result.dictionary = std::move(merged);
        }
    }
    const std::lock_guard lock(mutex);
    return cache.try_emplace(key, std::move(result)).first->second;
}

} // namespace tandem::lexicon
