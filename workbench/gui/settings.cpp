// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.hpp"

#include "wx_text.hpp"

#include <wx/config.h>

#include <algorithm>

namespace tandem::gui {
namespace {

constexpr std::size_t max_recent = 9;

} // namespace

void WorkbenchSettings::Load(wxConfigBase& config) {
    source_language = config.Read(wxT("/Languages/Source"), source_language);
    target_language = config.Read(wxT("/Languages/Target"), target_language);
    const auto dictionary_list = config.Read(wxT("/Engine/Dictionaries"), wxString());
    dictionaries.clear();
    for (const auto& path : wxSplit(dictionary_list, wxT('\n'), 0)) {
        if (!path.empty()) {
            dictionaries.push_back(path);
        }
    }
    max_link = static_cast<unsigned>(
        std::clamp(config.ReadLong(wxT("/Engine/MaxLink"), static_cast<long>(max_link)), 1L, 6L));
    low_confidence =
        std::clamp(config.ReadDouble(wxT("/Markers/LowConfidence"), low_confidence), 0.0, 1.0);
    const auto font_description = config.Read(wxT("/View/Font"), wxString());
    if (!font_description.empty()) {
        font = wxFont(font_description);
    }
    show_sentence_ids = config.ReadBool(wxT("/View/SentenceIds"), show_sentence_ids);
    autosave_seconds = static_cast<unsigned>(std::clamp(
        config.ReadLong(wxT("/Project/AutosaveSeconds"), static_cast<long>(autosave_seconds)), 0L,
        3600L));
    recent.clear();
    for (std::size_t i = 0; i < max_recent; ++i) {
        const auto key = wxString::Format(wxT("/Recent/%zu/"), i);
        const auto source = config.Read(key + wxT("Source"), wxString());
        if (source.empty()) {
            break;
        }
        recent.push_back({source, config.Read(key + wxT("Target"), wxString())});
    }
}

void WorkbenchSettings::Save(wxConfigBase& config) const {
    config.Write(wxT("/Languages/Source"), source_language);
    config.Write(wxT("/Languages/Target"), target_language);
    config.Write(wxT("/Engine/Dictionaries"),
                 wxJoin(wxArrayString(dictionaries.size(), dictionaries.data()), wxT('\n'), 0));
    config.Write(wxT("/Engine/MaxLink"), static_cast<long>(max_link));
    config.Write(wxT("/Markers/LowConfidence"), low_confidence);
    config.Write(wxT("/View/Font"), font.IsOk() ? font.GetNativeFontInfoDesc() : wxString());
    config.Write(wxT("/View/SentenceIds"), show_sentence_ids);
    config.Write(wxT("/Project/AutosaveSeconds"), static_cast<long>(autosave_seconds));
    config.DeleteGroup(wxT("/Recent"));
    for (std::size_t i = 0; i < recent.size(); ++i) {
        const auto key = wxString::Format(wxT("/Recent/%zu/"), i);
        config.Write(key + wxT("Source"), recent[i].source);
        config.Write(key + wxT("Target"), recent[i].target);
    }
    config.Flush();
}

void WorkbenchSettings::AddRecent(const RecentPair& pair) {
    std::erase(recent, pair);
    recent.insert(recent.begin(), pair);
    if (recent.size() > max_recent) {
        recent.resize(max_recent);
    }
}

void WorkbenchSettings::ApplyTo(AlignmentRequest& request) const {
    request.align.max_link = max_link;
    request.align.dictionaries.clear();
    for (const auto& path : dictionaries) {
        request.align.dictionaries.push_back(WxToPath(path));
    }
    request.divergence.low_confidence = low_confidence;
    request.divergence.dictionaries = request.align.dictionaries;
}

} // namespace tandem::gui
