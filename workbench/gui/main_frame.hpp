// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The workbench window: menus, toolbar, the parallel columns with their overview ruler, the
/// alignment map, legend and detail pane, the find bar, background alignment with progress.
#pragma once

#include "alignment_job.hpp"
#include "review_model.hpp"
#include "settings.hpp"

#include <tandem/formats/format.hpp>
#include <tandem/session/edit_session.hpp>

#include <wx/frame.h>
#include <wx/timer.h>

#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <thread>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxGauge;
class wxHtmlWindow;
class wxMenu;
class wxPanel;
class wxSplitterWindow;
class wxStaticText;
class wxTextCtrl;

namespace tandem::gui {

class AlignmentMap;
class BitextView;
class ColumnHeader;
class MarkerLegend;
class OverviewRuler;

/// The main window.
class MainFrame : public wxFrame {
  public:
    /// A window with no bitext open. When not @p interactive (tests, screenshots) errors are
    /// recorded instead of shown in dialogs and settings are not saved.
    explicit MainFrame(WorkbenchSettings settings, bool interactive = true);
    ~MainFrame() override;
    MainFrame(const MainFrame&) = delete;
    MainFrame& operator=(const MainFrame&) = delete;

    /// Opens and aligns @p source and @p target in the background, with the default languages.
    void OpenPair(const wxString& source, const wxString& target);
    /// The file unsaved edits are written to every few seconds, for crash recovery.
    [[nodiscard]] static wxString DefaultRecoveryFile();
    /// Autosaves unsaved edits to @p path every @p seconds (0: never); closing normally or
    /// saving the project removes the file.
    void SetAutosave(const wxString& path, unsigned seconds);
    /// Opens a recovery file written by autosave; the restored work counts as unsaved.
    void RestoreRecovery(const wxString& path);
    /// Opens a project or an alignment made elsewhere (TMX, XCES, InterText) in the background;
    /// for a plain text file, asks for its target (interactive windows only).
    void OpenSingle(const wxString& path);
    /// Starts the background job for @p request, cancelling one that runs.
    void StartJob(AlignmentRequest request);
    /// Cancels the running job, if any (its result is dropped).
    void CancelJob();
    /// True while a background job runs.
    [[nodiscard]] bool IsBusy() const noexcept { return m_busy; }
    /// Shows @p result (what a finished job produced).
    void ShowResult(AlignmentResult result);
    /// Calls @p callback once the next job has finished and its result is shown (or failed).
    void SetJobFinishedCallback(std::function<void()> callback);

    /// The model on display, or nullptr.
    [[nodiscard]] const ReviewModel* GetModel() const noexcept { return m_model.get(); }
    /// The table.
    [[nodiscard]] BitextView& GetView() noexcept { return *m_view; }
    /// The selected link, if any.
    [[nodiscard]] std::optional<std::size_t> GetSelectedLink() const;
    /// Selects @p link in the table and shows it in the detail pane.
    void SelectLink(std::size_t link);
    /// Selects every row the table shows.
    void SelectAllRows();
    /// True when command @p id (a Command of the table) can run now.
    [[nodiscard]] bool IsCommandEnabled(int id) const;
    /// The overview ruler beside the table.
    [[nodiscard]] OverviewRuler& GetRuler() noexcept { return *m_ruler; }
    /// The alignment map.
    [[nodiscard]] AlignmentMap& GetMap() noexcept { return *m_map; }
    /// Applies @p filter to the table (and the toolbar's filter choice).
    void ApplyFilter(const FilterSpec& filter);
    /// Runs a search with @p query from the selection; returns the link found.
    std::optional<std::size_t> FindText(const SearchQuery& query, bool forward);
    /// Writes the alignment to @p path in @p format on a worker thread, from a snapshot taken
    /// now; the output files are opened here, so false (and the error shown or recorded) means
    /// they could not be created. Completion (or failure) is reported in the status bar.
    bool ExportTo(formats::Format format, const wxString& path);
    /// Saves the project to @p path in the background; once it is written the window counts as
    /// saved (unless edited meanwhile) and Save writes there again. False when the file could not
    /// be created (the error shown or recorded).
    bool SaveProject(const wxString& path);
    /// True while an export, a save or an autosave is being written.
    [[nodiscard]] bool IsWriting() const noexcept { return m_writing; }
    /// Cancels the export being written, if any: its files stay untouched.
    void CancelWriting();
    /// Writes the recovery file now, in the background (what the autosave timer does); false
    /// when there was nothing to write or a write is still running.
    bool Autosave();
    /// Re-aligns every unconfirmed link from @p row to the end in the background (one undoable
    /// step once it is done).
    void RealignRest(std::size_t row);
    /// Saves a PNG of the window to @p path.
    bool SaveScreenshot(const wxString& path);
    /// The text of status bar field @p field.
    [[nodiscard]] wxString GetStatusField(int field) const;
    /// The detail pane's HTML.
    [[nodiscard]] const wxString& GetDetailHtml() const noexcept { return m_detail_html; }
    /// The editing session behind the model, or nullptr when nothing is open.
    [[nodiscard]] const session::EditSession* GetSession() const noexcept {
        return m_session.get();
    }
    /// True when there are edits not saved to a project.
    [[nodiscard]] bool IsModified() const noexcept { return m_modified; }
    /// Splits sentence @p sentence of @p side at @p byte_offset (an undoable edit); false when
    /// nothing changed (the error shown or recorded).
    bool SplitSentence(session::Side side, align::SentenceIndex sentence, std::size_t byte_offset);
    /// Bookmarks @p link with @p note, replacing an existing note; false when nothing changed.
    bool SetBookmark(std::size_t link, const wxString& note);
    /// Selects the next (or previous) bookmarked link after (before) the selection, wrapping
    /// around; nullopt when there are no bookmarks.
    std::optional<std::size_t> GoToBookmark(bool forward);
    /// Where the lexicon learned for the open bitext's language pair is kept (in the user's data
    /// folder); empty when nothing is open. Re-alignment reads it when it exists.
    [[nodiscard]] wxString LearnedLexiconFile() const;
    /// Learns word pairs from the confirmed links, merges them with those already in @p path and
    /// writes the list there atomically; false (and the error shown or recorded) on failure.
    bool SaveLearnedLexicon(const wxString& path);
    /// The last error (title and message), empty when none occurred.
    [[nodiscard]] const wxString& GetLastError() const noexcept { return m_last_error; }

  private:
    void BuildMenus();
    void BuildToolBar();
    wxPanel* BuildProgressBar(wxWindow* parent);
    wxPanel* BuildFindBar(wxWindow* parent);
    void RebuildRecentMenu();

    using Work = std::function<AlignmentResult(std::stop_token, const align::ProgressCallback&)>;
    void StartWork(Work work, RecentPair recent);
    void OnOpen(wxCommandEvent& event);
    void OnOpenAlignment(wxCommandEvent& event);
    void OnSaveProject(wxCommandEvent& event);
    void OnOpenRecent(wxCommandEvent& event);
    void OnExport(wxCommandEvent& event);
    void OnSettings(wxCommandEvent& event);
    void OnAbout(wxCommandEvent& event);
    void OnClose(wxCloseEvent& event);
    void OnNextIssue(wxCommandEvent& event);
    void OnFilterMenu(wxCommandEvent& event);
    void OnFilterChoice(wxCommandEvent& event);
    void OnToggleIds(wxCommandEvent& event);
    void OnShowFind(wxCommandEvent& event);
    void OnFindNext(wxCommandEvent& event);
    void OnLinkSelected(wxCommandEvent& event);
    void OnViewportChanged(wxCommandEvent& event);
    void OnKindClicked(wxCommandEvent& event);
    void OnEdit(wxCommandEvent& event);
    void OnShortcuts(wxCommandEvent& event);
    void OnContextMenu(wxContextMenuEvent& event);
    bool PerformEdit(int id, std::size_t row, const std::function<session::Change()>& edit);
    void AskSentenceSplit(std::size_t row);
    void ApplyChange(const session::Change& change);
    void OnAutosave(wxTimerEvent& event);
    void RemoveRecoveryFile();
    void UpdateEditMenu();
    [[nodiscard]] align::AlignOptions RealignOptions() const;
    void ShowBookmarks();
    bool StartExport(formats::Format format, const wxString& path, bool interactive,
                     std::function<void(bool)> finished);
    void OnWritingDone(unsigned job, std::exception_ptr error);
    [[nodiscard]] align::ProgressCallback ThrottledProgress(unsigned job);
    // A background task returns what to do with its result on the UI thread.
    using Task =
        std::function<std::function<void()>(std::stop_token, const align::ProgressCallback&)>;
    void StartTask(Task task);
    bool EndJob(unsigned job);

    void OnJobProgress(unsigned job, const wxString& stage, double fraction);
    void OnJobDone(AlignmentResult result);
    void OnJobFailed(unsigned job, std::exception_ptr error);
    void ReportError(const std::exception& error);
    void ShowProgress(bool show);
    void UpdateStatusBar();
    void UpdateDetail();
    void UpdateViewport();
    void UpdateTitles();
    void SaveSettings();

    WorkbenchSettings m_settings;
    bool m_interactive;
    std::unique_ptr<ReviewModel> m_model;
    std::unique_ptr<session::EditSession> m_session;
    std::unique_ptr<divergence::Analyzer> m_analyzer; // for markers after edits; made on first use
    bool m_modified = false;
    wxString m_project_file; // where Save writes; empty until opened from or saved as a project
    bool m_opening_recovery = false;
    wxString m_recovery_file;
    wxTimer m_autosave;
    std::jthread m_worker;
    unsigned m_job = 0;
    bool m_busy = false;
    std::function<void()> m_job_finished;
    std::jthread m_writer; // exports and autosaves, one at a time
    unsigned m_write_job = 0;
    bool m_writing = false;
    bool m_write_progress = false; // the export shows the progress bar
    std::function<void(std::exception_ptr)> m_write_finished;
    RecentPair m_opening;
    wxString m_detail_html;
    wxString m_last_error;

    wxMenu* m_recent_menu = nullptr;
    wxChoice* m_filter_choice = nullptr;
    wxPanel* m_progress_bar = nullptr;
    wxGauge* m_gauge = nullptr;
    wxStaticText* m_stage = nullptr;
    wxButton* m_cancel = nullptr;
    wxPanel* m_find_bar = nullptr;
    wxTextCtrl* m_find_text = nullptr;
    wxChoice* m_find_column = nullptr;
    wxCheckBox* m_find_regex = nullptr;
    wxCheckBox* m_find_case = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    ColumnHeader* m_header = nullptr;
    BitextView* m_view = nullptr;
    OverviewRuler* m_ruler = nullptr;
    AlignmentMap* m_map = nullptr;
    MarkerLegend* m_legend = nullptr;
    wxHtmlWindow* m_detail = nullptr;
};

} // namespace tandem::gui
