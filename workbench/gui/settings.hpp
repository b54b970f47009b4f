// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The workbench's settings, persisted with wxConfig.
#pragma once

#include "alignment_job.hpp"

#include <wx/font.h>
#include <wx/string.h>

#include <vector>

class wxConfigBase;

namespace tandem::gui {

/// One recently opened pair (or project, with an empty target).
struct RecentPair {
    wxString source; ///< source file or project
    wxString target; ///< target file; empty for a project
    friend bool operator==(const RecentPair&, const RecentPair&) = default;
};

/// Everything the user can set, with the defaults of a first start.
struct WorkbenchSettings {
    wxString source_language;           ///< default source language; empty: guess
    wxString target_language;           ///< default target language; empty: guess
    std::vector<wxString> dictionaries; ///< extra dictionary files
    unsigned max_link = 3;              ///< largest link side
    double low_confidence = 0.5;        ///< marker threshold
    wxFont font;                        ///< table font; invalid: the system's
    bool show_sentence_ids = false;     ///< id labels in the table
    unsigned autosave_seconds = 60;     ///< recovery-file interval; 0: no autosave
    std::vector<RecentPair> recent;     ///< most recent first

    /// Reads every setting from @p config, keeping defaults for missing ones.
    void Load(wxConfigBase& config);
    /// Writes every setting to @p config.
    void Save(wxConfigBase& config) const;
    /// Puts @p pair first in the recent list (at most 9 entries).
    void AddRecent(const RecentPair& pair);
    /// Copies the engine-related settings into @p request.
    void ApplyTo(AlignmentRequest& request) const;
};

} // namespace tandem::gui
