// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_frame.hpp"

#include "alignment_map.hpp"
#include "bitext_view.hpp"
#include "commands.hpp"
#include "export_writer.hpp"
#include "marker_legend.hpp"
#include "marker_style.hpp"
#include "open_dialog.hpp"
#include "overview_ruler.hpp"
#include "settings_dialog.hpp"
#include "split_sentence_dialog.hpp"
#include "wx_text.hpp"

#include <tandem/divergence/analysis.hpp>
#include <tandem/formats/atomic_file.hpp>
#include <tandem/formats/export.hpp>
#include <tandem/formats/version.hpp>
#include <tandem/session/user_lexicon.hpp>

#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/dialog.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/toolbar.h>
#include <wx/utils.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <string_view>
#include <utility>

namespace tandem::gui {
namespace {

struct ExportChoice {
    formats::Format format;
    const char* label; // menu text, translated through _()
    const char* extension;
};

// The order of the File → Export menu.
const std::array<ExportChoice, 6>& ExportChoices() {
    static const std::array<ExportChoice, 6> choices{{
        {formats::Format::tmx, wxTRANSLATE("TMX (translation memory)..."), "tmx"},
        {formats::Format::xces, wxTRANSLATE("XCES cesAlign..."), "xml"},
        {formats::Format::intertext, wxTRANSLATE("InterText alignment..."), "xml"},
        {formats::Format::tei, wxTRANSLATE("TEI linkGrp..."), "xml"},
        {formats::Format::tsv, wxTRANSLATE("Tab-separated table (TSV)..."), "tsv"},
        {formats::Format::html, wxTRANSLATE("HTML review report..."), "html"},
    }};
    return choices;
}

// Filter choice index ↔ filter: all, issues, low confidence, unconfirmed, then one per kind.
constexpr int fixed_filter_entries = 4;

int FilterIndex(const FilterSpec& filter) {
    switch (filter.filter) {
    case RowFilter::all:
        return 0;
    case RowFilter::issues:
        return 1;
    case RowFilter::low_confidence:
        return 2;
    case RowFilter::unconfirmed:
        return 3;
    case RowFilter::marker_kind:
        return fixed_filter_entries + static_cast<int>(filter.kind);
    }
    return 0;
}

FilterSpec FilterAt(int index) {
    switch (index) {
    case 1:
        return {RowFilter::issues};
    case 2:
        return {RowFilter::low_confidence};
    case 3:
        return {RowFilter::unconfirmed};
    default:
        if (index >= fixed_filter_entries) {
            return {RowFilter::marker_kind,
                    static_cast<divergence::MarkerKind>(index - fixed_filter_entries)};
        }
        return {};
    }
}

wxString EscapeHtml(const wxString& text) {
    wxString escaped;
    escaped.reserve(text.length());
    for (const auto ch : text) {
        switch (static_cast<wxChar>(ch)) {
        case wxT('&'):
            escaped += wxT("&amp;");
            break;
        case wxT('<'):
            escaped += wxT("&lt;");
            break;
        case wxT('>'):
            escaped += wxT("&gt;");
            break;
        case wxT('"'):
            escaped += wxT("&quot;");
            break;
        default:
            escaped += ch;
        }
    }
    return escaped;
}

// One side of a link as HTML, with the marker spans highlighted.
wxString SideHtml(const RowSideText& side) {
    if (side.text.empty()) {
        return wxT("<i><font color=\"#8a9099\">") + EscapeHtml(_("no counterpart")) +
               wxT("</font></i>");
    }
    const auto text = ToWx(side.text);
    wxString html;
    std::size_t position = 0;
    for (const auto& highlight : side.highlights) {
        if (highlight.range.begin < position || highlight.range.end > text.length()) {
            continue;
        }
        html += EscapeHtml(text.Mid(position, highlight.range.begin - position));
        html += wxT("<span style=\"background-color: ") +
                MarkerTint(highlight.kind).GetAsString(wxC2S_HTML_SYNTAX) + wxT("\"><b>") +
                EscapeHtml(
                    text.Mid(highlight.range.begin, highlight.range.end - highlight.range.begin)) +
                wxT("</b></span>");
        position = highlight.range.end;
    }
    html += EscapeHtml(text.Mid(position));
    return html;
}

// The engine names its stages in English; known ones are shown translated.
wxString StageLabel(std::string_view stage) {
    static const std::array<std::pair<std::string_view, const char*>, 9> stages{{
        {"reading", wxTRANSLATE("reading")},
        {"loading source", wxTRANSLATE("loading source")},
        {"loading target", wxTRANSLATE("loading target")},
        {"analysing", wxTRANSLATE("analysing")},
        {"reading dictionaries", wxTRANSLATE("reading dictionaries")},
        {"aligning", wxTRANSLATE("aligning")},
        {"learning lexicon", wxTRANSLATE("learning lexicon")},
        {"finding divergences", wxTRANSLATE("finding divergences")},
        {"done", wxTRANSLATE("done")},
    }};
    for (const auto& [name, label] : stages) {
        if (name == stage) {
            return wxGetTranslation(label);
        }
    }
    return ToWx(stage);
}

wxString SeverityLabel(divergence::Severity severity) {
    switch (severity) {
    case divergence::Severity::info:
        return _("info");
    case divergence::Severity::notice:
        return _("notice");
    case divergence::Severity::warning:
        return _("warning");
    case divergence::Severity::error:
        return _("error");
    }
    return {};
}

// Accepts two dropped files as a pair, one as a project.
class PairDropTarget : public wxFileDropTarget {
  public:
    explicit PairDropTarget(MainFrame& frame) : m_frame(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        if (files.size() == 2) {
            m_frame.OpenPair(files[0], files[1]);
            return true;
        }
        if (files.size() == 1) {
            m_frame.OpenSingle(files[0]);
            return true;
        }
        return false;
    }

  private:
    MainFrame& m_frame;
};

} // namespace

MainFrame::MainFrame(WorkbenchSettings settings, bool interactive)
    : wxFrame(nullptr, wxID_ANY, wxT("Tandem"), wxDefaultPosition, wxSize(1360, 860)),
      m_settings(std::move(settings)), m_interactive(interactive) {
    BuildMenus();
    BuildToolBar();
    auto* status = CreateStatusBar(4);
    const std::array<int, 4> widths{-3, -2, -5, -2};
    status->SetStatusWidths(static_cast<int>(widths.size()), widths.data());

    auto* root = new wxPanel(this);
    auto* root_sizer = new wxBoxSizer(wxVERTICAL);
    m_progress_bar = BuildProgressBar(root);
    m_find_bar = BuildFindBar(root);
    root_sizer->Add(m_progress_bar, 0, wxEXPAND);
    root_sizer->Add(m_find_bar, 0, wxEXPAND);

    m_splitter = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                      wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_splitter->SetMinimumPaneSize(200);
    m_splitter->SetSashGravity(1.0);
    auto* table_panel = new wxPanel(m_splitter);
    auto* table_sizer = new wxBoxSizer(wxVERTICAL);
    m_view = new BitextView(table_panel);
    m_view->SetShowSentenceIds(m_settings.show_sentence_ids);
    m_view->SetTextFont(m_settings.font);
    m_view->SetEnterCommand(ID_CONFIRM_NEXT);
    m_view->Bind(wxEVT_CONTEXT_MENU, &MainFrame::OnContextMenu, this);
    m_header = new ColumnHeader(table_panel, *m_view);
    m_ruler = new OverviewRuler(table_panel);
    auto* table_row = new wxBoxSizer(wxHORIZONTAL);
    table_row->Add(m_view, 1, wxEXPAND);
    table_row->Add(m_ruler, 0, wxEXPAND);
    auto* header_row = new wxBoxSizer(wxHORIZONTAL);
    header_row->Add(m_header, 1, wxEXPAND);
    header_row->AddSpacer(m_ruler->GetMinSize().x);
    table_sizer->Add(header_row, 0, wxEXPAND);
    table_sizer->Add(table_row, 1, wxEXPAND);
    table_panel->SetSizer(table_sizer);

    auto* side_panel = new wxPanel(m_splitter);
    auto* side_sizer = new wxBoxSizer(wxVERTICAL);
    const auto caption = [&](const wxString& text) {
        auto* label = new wxStaticText(side_panel, wxID_ANY, text);
        label->SetFont(label->GetFont().Bold());
        side_sizer->Add(label, 0, wxLEFT | wxRIGHT | wxTOP, 8);
    };
    caption(_("Alignment map"));
    m_map = new AlignmentMap(side_panel);
    side_sizer->Add(m_map, 3, wxEXPAND | wxALL, 4);
    caption(_("Markers"));
    m_legend = new MarkerLegend(side_panel);
    side_sizer->Add(m_legend, 0, wxEXPAND | wxALL, 4);
    caption(_("Selected link"));
    m_detail = new wxHtmlWindow(side_panel, wxID_ANY, wxDefaultPosition, wxSize(-1, 160),
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    side_sizer->Add(m_detail, 2, wxEXPAND | wxALL, 4);
    side_panel->SetSizer(side_sizer);

    m_splitter->SplitVertically(table_panel, side_panel, -380);
    root_sizer->Add(m_splitter, 1, wxEXPAND);
    root->SetSizer(root_sizer);
    m_progress_bar->Hide();
    m_find_bar->Hide();

    SetDropTarget(new PairDropTarget(*this));
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    Bind(EVT_TANDEM_LINK_SELECTED, &MainFrame::OnLinkSelected, this);
    Bind(EVT_TANDEM_VIEWPORT_CHANGED, &MainFrame::OnViewportChanged, this);
    Bind(EVT_TANDEM_KIND_CLICKED, &MainFrame::OnKindClicked, this);
    UpdateStatusBar();
    UpdateDetail();
    UpdateEditMenu();
    m_autosave.Bind(wxEVT_TIMER, &MainFrame::OnAutosave, this);
    if (m_interactive) {
        SetAutosave(DefaultRecoveryFile(), m_settings.autosave_seconds);
    }
}

wxString MainFrame::DefaultRecoveryFile() {
    wxFileName file(wxStandardPaths::Get().GetUserLocalDataDir(), wxT("recovery.tandem"));
    return file.GetFullPath();
}

void MainFrame::SetAutosave(const wxString& path, unsigned seconds) {
    m_recovery_file = path;
    m_autosave.Stop();
    if (seconds > 0 && !path.empty()) {
        m_autosave.Start(static_cast<int>(seconds) * 1000);
    }
}

void MainFrame::RestoreRecovery(const wxString& path) {
    OpenSingle(path);
    m_opening_recovery = true;
    m_opening = {};
}

void MainFrame::OnAutosave(wxTimerEvent&) {
    Autosave();
}

bool MainFrame::Autosave() {
    if (!m_modified || !m_model || m_recovery_file.empty() || m_busy || m_writing) {
        return false;
    }
    wxFileName::Mkdir(wxFileName(m_recovery_file).GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    // Autosave must never interrupt the reviewer: a failure is said in the status bar only.
    return StartExport(formats::Format::tandem, m_recovery_file, false, [this](bool written) {
        if (written) {
            SetStatusText(_("Autosaved."), 0);
        }
    });
}

void MainFrame::RemoveRecoveryFile() {
    if (!m_recovery_file.empty() && wxFileExists(m_recovery_file)) {
        wxRemoveFile(m_recovery_file);
    }
}

MainFrame::~MainFrame() {
    // Stop the workers before any member they could call back into goes away.
    for (auto* worker : {&m_worker, &m_writer}) {
        if (worker->joinable()) {
            worker->request_stop();
            worker->join();
        }
    }
}

void MainFrame::BuildMenus() {
    m_recent_menu = new wxMenu;
    auto* export_menu = new wxMenu;
    for (std::size_t i = 0; i < ExportChoices().size(); ++i) {
        export_menu->Append(ID_EXPORT_FIRST + static_cast<int>(i),
                            wxGetTranslation(wxString::FromUTF8(ExportChoices()[i].label)));
    }
    auto* file = new wxMenu;
    AppendCommands(*file, MenuName::file, [&](int id) {
        if (id == ID_OPEN_ALIGNMENT) {
            file->AppendSubMenu(m_recent_menu, _("Open &Recent"));
        } else if (id == wxID_SAVEAS) {
            file->AppendSubMenu(export_menu, _("&Export"));
        }
    });
    auto* edit = new wxMenu;
    AppendCommands(*edit, MenuName::edit, [](int) {});
    auto* view = new wxMenu;
    AppendCommands(*view, MenuName::view, [&](int id) {
        if (id != ID_FILTER_UNCONFIRMED) {
            return;
        }
        for (const auto kind : AllMarkerKinds()) {
            view->AppendRadioItem(ID_FILTER_KIND_FIRST + static_cast<int>(kind),
                                  wxString::Format(_("Only: %s"), MarkerLabel(kind)));
        }
    });
    view->Check(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    auto* review = new wxMenu;
    AppendCommands(*review, MenuName::review, [](int) {});
    auto* help = new wxMenu;
    AppendCommands(*help, MenuName::help, [](int) {});

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(review, _("&Review"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    RebuildRecentMenu();

    Bind(wxEVT_MENU, &MainFrame::OnOpen, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::OnOpenAlignment, this, ID_OPEN_ALIGNMENT);
    Bind(wxEVT_MENU, &MainFrame::OnSaveProject, this, wxID_SAVE);
    Bind(wxEVT_MENU, &MainFrame::OnSaveProject, this, wxID_SAVEAS);
    Bind(wxEVT_MENU, &MainFrame::OnOpenRecent, this, ID_RECENT_FIRST, ID_RECENT_LAST);
    Bind(wxEVT_MENU, &MainFrame::OnExport, this, ID_EXPORT_FIRST, ID_EXPORT_LAST);
    Bind(wxEVT_MENU, &MainFrame::OnSettings, this, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::OnAbout, this, wxID_ABOUT);
    Bind(wxEVT_MENU, &MainFrame::OnShortcuts, this, ID_SHORTCUTS);
    Bind(wxEVT_MENU, &MainFrame::OnEdit, this, wxID_UNDO);
    Bind(wxEVT_MENU, &MainFrame::OnEdit, this, wxID_REDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { SelectAllRows(); }, wxID_SELECTALL);
    Bind(wxEVT_MENU, &MainFrame::OnEdit, this, ID_CONFIRM_NEXT, ID_SAVE_LEXICON);
    Bind(wxEVT_MENU, &MainFrame::OnToggleIds, this, ID_TOGGLE_IDS);
    Bind(wxEVT_MENU, &MainFrame::OnFilterMenu, this, ID_FILTER_ALL, ID_FILTER_KIND_LAST);
    Bind(wxEVT_MENU, &MainFrame::OnNextIssue, this, ID_NEXT_ISSUE, ID_PREVIOUS_ISSUE);
    Bind(wxEVT_MENU, &MainFrame::OnShowFind, this, wxID_FIND);
    Bind(wxEVT_MENU, &MainFrame::OnFindNext, this, ID_FIND_NEXT, ID_FIND_PREVIOUS);
}

void MainFrame::BuildToolBar() {
    auto* tools = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT);
    tools->SetToolBitmapSize(wxSize(16, 16));
    wxArrayString entries;
    entries.Add(_("All links"));
    entries.Add(_("Links with issues"));
    entries.Add(_("Low confidence"));
    entries.Add(_("Unconfirmed"));
    for (const auto kind : AllMarkerKinds()) {
        entries.Add(wxString::Format(_("Only: %s"), MarkerLabel(kind)));
    }
    m_filter_choice = new wxChoice(tools, wxID_ANY, wxDefaultPosition, wxDefaultSize, entries);
    m_filter_choice->SetSelection(0);
    m_filter_choice->SetToolTip(_("Which links the table shows"));
    m_filter_choice->Bind(wxEVT_CHOICE, &MainFrame::OnFilterChoice, this);
    AddToolBarCommands(*tools, m_filter_choice);
    tools->ToggleTool(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    tools->Realize();
}

wxPanel* MainFrame::BuildProgressBar(wxWindow* parent) {
    auto* panel = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    m_stage = new wxStaticText(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(260, -1),
                               wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_END);
    m_gauge = new wxGauge(panel, wxID_ANY, 1000, wxDefaultPosition, wxSize(-1, 16));
    m_cancel = new wxButton(panel, wxID_CANCEL, _("Cancel"));
    m_cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_write_progress && !m_busy) {
            CancelWriting();
        } else {
            CancelJob();
        }
    });
    sizer->Add(m_stage, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 8);
    sizer->Add(m_gauge, 1, wxALIGN_CENTER_VERTICAL | wxALL, 6);
    sizer->Add(m_cancel, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    panel->SetSizer(sizer);
    return panel;
}

wxPanel* MainFrame::BuildFindBar(wxWindow* parent) {
    auto* panel = new wxPanel(parent);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    m_find_text = new wxTextCtrl(panel, wxID_ANY, wxString(), wxDefaultPosition, wxSize(280, -1),
                                 wxTE_PROCESS_ENTER);
    m_find_text->SetHint(_("Find text or a regular expression"));
    m_find_text->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        wxCommandEvent next(wxEVT_MENU, ID_FIND_NEXT);
        OnFindNext(next);
    });
    m_find_text->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE) {
            m_find_bar->Hide();
            Layout();
            m_view->SetFocus();
        } else {
            event.Skip();
        }
    });
    wxArrayString columns;
    columns.Add(_("Both columns"));
    columns.Add(_("Source"));
    columns.Add(_("Target"));
    m_find_column = new wxChoice(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, columns);
    m_find_column->SetSelection(0);
    m_find_regex = new wxCheckBox(panel, wxID_ANY, _("Regex"));
    m_find_case = new wxCheckBox(panel, wxID_ANY, _("Match case"));
    auto* previous = new wxButton(panel, ID_FIND_PREVIOUS, _("Previous"));
    auto* next = new wxButton(panel, ID_FIND_NEXT, _("Next"));
    previous->Bind(wxEVT_BUTTON, &MainFrame::OnFindNext, this);
    next->Bind(wxEVT_BUTTON, &MainFrame::OnFindNext, this);
    auto* close = new wxButton(panel, wxID_ANY, wxT("\u2715"), wxDefaultPosition, wxDefaultSize,
                               wxBU_EXACTFIT);
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        m_find_bar->Hide();
        Layout();
    });
    sizer->Add(new wxStaticText(panel, wxID_ANY, _("Find:")), 0, wxALIGN_CENTER_VERTICAL | wxLEFT,
               8);
    sizer->Add(m_find_text, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->Add(m_find_column, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->Add(m_find_regex, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->Add(m_find_case, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->Add(previous, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->Add(next, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    sizer->AddStretchSpacer();
    sizer->Add(close, 0, wxALIGN_CENTER_VERTICAL | wxALL, 4);
    panel->SetSizer(sizer);
    return panel;
}

void MainFrame::RebuildRecentMenu() {
    while (m_recent_menu->GetMenuItemCount() > 0) {
        m_recent_menu->Destroy(m_recent_menu->FindItemByPosition(0));
    }
    for (std::size_t i = 0; i < m_settings.recent.size(); ++i) {
        const auto& pair = m_settings.recent[i];
        auto label = wxString::Format(wxT("&%zu "), i + 1) + wxFileName(pair.source).GetFullName();
        if (!pair.target.empty()) {
            label += wxT(" \u21C4 ") + wxFileName(pair.target).GetFullName();
        }
        m_recent_menu->Append(ID_RECENT_FIRST + static_cast<int>(i), label,
                              pair.source + wxT("  ") + pair.target);
    }
    if (m_settings.recent.empty()) {
        m_recent_menu->Append(wxID_ANY, _("(none)"))->Enable(false);
    }
}

void MainFrame::OpenPair(const wxString& source, const wxString& target) {
    AlignmentRequest request;
    m_settings.ApplyTo(request);
    request.source_path = WxToPath(source);
    request.target_path = WxToPath(target);
    request.source_language = FromWx(m_settings.source_language);
    request.target_language = FromWx(m_settings.target_language);
    StartJob(std::move(request));
}

void MainFrame::OpenSingle(const wxString& path) {
    const auto file = WxToPath(path);
    if (formats::format_from_extension(file) == formats::Format::txt && m_interactive) {
        OpenDialog dialog(this, m_settings, path);
        if (dialog.ShowModal() == wxID_OK) {
            StartJob(dialog.GetRequest(m_settings));
        }
        return;
    }
    AlignmentRequest settings;
    m_settings.ApplyTo(settings);
    StartWork(
        [file, divergence = settings.divergence](std::stop_token stop,
                                                 const align::ProgressCallback& progress) {
            return RunImportJob(file, divergence, std::move(stop), progress);
        },
        {path, wxString()});
}

void MainFrame::StartJob(AlignmentRequest request) {
    RecentPair recent{PathToWx(request.source_path), PathToWx(request.target_path)};
    StartWork(
        [request = std::move(request)](std::stop_token stop,
                                       const align::ProgressCallback& progress) {
            return RunAlignmentJob(request, std::move(stop), progress);
        },
        std::move(recent));
}

void MainFrame::StartWork(Work work, RecentPair recent) {
    m_opening = std::move(recent);
    StartTask([this, work = std::move(work)](std::stop_token stop,
                                             const align::ProgressCallback& progress) {
        auto result = std::make_shared<AlignmentResult>(work(std::move(stop), progress));
        return [this, result] { OnJobDone(std::move(*result)); };
    });
    m_opening_recovery = false;
}

align::ProgressCallback MainFrame::ThrottledProgress(unsigned job) {
    // Called on the worker: at most one update per percent or 100 ms reaches the window.
    struct Last {
        std::string stage;
        double fraction = -1.0;
        std::chrono::steady_clock::time_point time = std::chrono::steady_clock::now();
    };
    return [this, job, last = std::make_shared<Last>()](const align::Progress& progress) {
        const auto now = std::chrono::steady_clock::now();
        if (progress.stage == last->stage && progress.fraction - last->fraction < 0.01 &&
            now - last->time < std::chrono::milliseconds(100)) {
            return;
        }
        last->stage = progress.stage;
        last->fraction = progress.fraction;
        last->time = now;
        CallAfter([this, job, stage = std::string(progress.stage), fraction = progress.fraction] {
            OnJobProgress(job, StageLabel(stage), fraction);
        });
    };
}

void MainFrame::StartTask(Task task) {
    CancelJob();
    const unsigned job = ++m_job;
    m_busy = true;
    UpdateEditMenu();
    ShowProgress(true);
    OnJobProgress(job, _("Starting"), 0.0);
    // The worker only computes; what it produces reaches the window through CallAfter.
    m_worker = std::jthread([this, job, task = std::move(task)](std::stop_token stop) {
        try {
            auto finish = task(stop, ThrottledProgress(job));
            CallAfter([this, job, finish = std::move(finish)] {
                if (EndJob(job)) {
                    finish();
                    if (m_job_finished && !m_busy) { // unless finish() started a next step
                        std::exchange(m_job_finished, nullptr)();
                    }
                }
            });
        } catch (...) {
            CallAfter([this, job, error = std::current_exception()] { OnJobFailed(job, error); });
        }
    });
}

bool MainFrame::EndJob(unsigned job) {
    if (job != m_job) {
        return false; // a cancelled job's late message
    }
    m_busy = false;
    if (m_worker.joinable()) {
        m_worker.join();
    }
    ShowProgress(false);
    UpdateEditMenu();
    return true;
}

void MainFrame::CancelJob() {
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
        m_worker = std::jthread();
    }
    if (m_busy) {
        m_busy = false;
        ++m_job; // drop whatever the cancelled worker still queued
        ShowProgress(false);
        UpdateEditMenu();
        SetStatusText(_("Cancelled."), 0);
        if (m_job_finished) {
            std::exchange(m_job_finished, nullptr)();
        }
    }
}

void MainFrame::SetJobFinishedCallback(std::function<void()> callback) {
    m_job_finished = std::move(callback);
}

void MainFrame::OnJobProgress(unsigned job, const wxString& stage, double fraction) {
    if (job != m_job) {
        return;
    }
    m_stage->SetLabel(stage + wxT("…"));
    m_gauge->SetValue(static_cast<int>(fraction * 1000.0));
    SetStatusText(wxString::Format(_("%s: %.0f%%"), stage, fraction * 100.0), 0);
}

void MainFrame::OnJobDone(AlignmentResult result) {
    if (!m_opening.source.empty()) {
        m_settings.AddRecent(m_opening);
        RebuildRecentMenu();
        SaveSettings();
    }
    const auto diagnostics = result.diagnostics;
    ShowResult(std::move(result));
    const bool project =
        m_opening.target.empty() && !m_opening.source.empty() &&
        formats::format_from_extension(WxToPath(m_opening.source)) == formats::Format::tandem;
    m_project_file = project ? m_opening.source : wxString();
    if (std::exchange(m_opening_recovery, false)) {
        m_modified = true; // restored work is still unsaved
        UpdateTitles();
    }
    if (!diagnostics.empty()) {
        const auto& first = diagnostics.front();
        SetStatusText(ToWx(format_location(first.file, first.position, first.message)), 0);
    }
}

void MainFrame::OnJobFailed(unsigned job, std::exception_ptr error) {
    if (!EndJob(job)) {
        return;
    }
    try {
        std::rethrow_exception(error);
    } catch (const Cancelled&) {
        SetStatusText(_("Cancelled."), 0);
    } catch (const std::exception& failure) {
        ReportError(failure);
    }
    if (m_job_finished) {
        std::exchange(m_job_finished, nullptr)();
    }
}

void MainFrame::RealignRest(std::size_t row) {
    if (!m_session || m_busy) {
        return;
    }
    try {
        const auto& links = m_session->alignment().links;
        if (std::all_of(links.begin() + static_cast<std::ptrdiff_t>(std::min(row, links.size())),
                        links.end(), [](const align::Link& link) {
                            return link.status == align::LinkStatus::confirmed;
                        })) {
            SetStatusText(_("Every link from here on is confirmed: nothing to re-align."), 0);
            return;
        }
        auto options = RealignOptions();
        if (!m_session->realign_prepared(options)) {
            // First the engine context (dictionaries, learned lexicon), built on the worker and
            // kept by the session for every later re-alignment; then the re-alignment in it.
            auto request = std::make_shared<const session::RealignContextRequest>(
                m_session->plan_realign_context(options));
            StartTask([this, row, request, owner = m_session.get()](
                          std::stop_token stop, const align::ProgressCallback& progress) {
                auto built = std::make_shared<session::RealignContext>(
                    session::build_realign_context(*request, std::move(stop), progress));
                return [this, row, built, owner] {
                    if (m_session.get() != owner) {
                        return; // another document was opened meanwhile
                    }
                    if (m_session->install_realign_context(std::move(*built))) {
                        RealignRest(row);
                    } else {
                        SetStatusText(_("The sentences changed while re-alignment was being "
                                        "prepared: re-align again."),
                                      0);
                    }
                };
            });
            return;
        }
        auto job = std::make_shared<const session::RealignJob>(m_session->plan_realign(row));
        StartTask([this, row, job, options = std::move(options)](
                      std::stop_token stop, const align::ProgressCallback& progress) {
            auto result = std::make_shared<session::RealignResult>(
                session::run_realign(*job, options, std::move(stop), progress));
            return [this, row, result] {
                PerformEdit(ID_REALIGN_REST, row,
                            [&] { return m_session->apply_realign(std::move(*result)); });
            };
        });
    } catch (const Error& error) {
        ReportError(error);
    }
}

void MainFrame::ReportError(const std::exception& error) {
    const auto description = DescribeError(error);
    m_last_error = description.title + wxT(": ") + description.message;
    SetStatusText(description.title, 0);
    if (m_interactive) {
        ShowError(this, error);
    }
}

void MainFrame::ShowProgress(bool show) {
    m_progress_bar->Show(show);
    m_progress_bar->GetParent()->Layout();
}

void MainFrame::ShowResult(AlignmentResult result) {
    m_analyzer.reset();
    m_session = std::make_unique<session::EditSession>(*result.bitext, result.alignment,
                                                       std::move(result.bookmarks));
    m_modified = false;
    m_model = std::make_unique<ReviewModel>(std::move(result.bitext), std::move(result.alignment),
                                            std::move(result.markers), m_settings.low_confidence);
    m_view->SetModel(m_model.get());
    m_ruler->SetModel(m_model.get());
    m_map->SetModel(m_model.get());
    m_legend->SetModel(m_model.get());
    ShowBookmarks();
    m_filter_choice->SetSelection(0);
    GetMenuBar()->Check(ID_FILTER_ALL, true);
    UpdateTitles();
    UpdateStatusBar();
    UpdateDetail();
    UpdateViewport();
    SetStatusText(wxString::Format(_("Aligned %zu links."), m_model->GetLinkCount()), 0);
    UpdateEditMenu();
    m_view->SetFocus();
}

void MainFrame::OnEdit(wxCommandEvent& event) {
    if (!m_session || !m_model || m_busy) {
        return;
    }
    const auto selected = m_view->GetSelectedLink();
    const auto selection = m_view->GetSelectedLinks();
    const int id = event.GetId();
    switch (id) {
    case wxID_UNDO:
        PerformEdit(id, 0, [this] { return m_session->undo(); });
        return;
    case wxID_REDO:
        PerformEdit(id, 0, [this] { return m_session->redo(); });
        return;
    case ID_NEXT_BOOKMARK:
    case ID_PREVIOUS_BOOKMARK:
        GoToBookmark(id == ID_NEXT_BOOKMARK);
        return;
    case ID_SAVE_LEXICON:
        SaveLearnedLexicon(LearnedLexiconFile());
        return;
    case ID_REALIGN_REST:
        RealignRest(selected.value_or(0));
        return;
    default:
        break;
    }
    if (!selected) {
        SetStatusText(_("Select a link first."), 0);
        return;
    }
    const auto row = *selected;
    const auto& link = m_session->link(row);
    const bool several = selection.size() > 1;
    switch (id) {
    case ID_CONFIRM_NEXT:
    case ID_UNCONFIRM: {
        const auto status =
            id == ID_CONFIRM_NEXT ? align::LinkStatus::confirmed : align::LinkStatus::automatic;
        PerformEdit(id, several ? selection.back() : row,
                    [&] { return m_session->set_status(selection, status); });
        break;
    }
    case ID_MERGE_NEXT:
    case ID_MERGE_PREVIOUS:
    case ID_LINK_ROWS:
        if (several) {
            PerformEdit(id, selection.front(),
                        [&] { return m_session->link_rows(selection.front(), selection.back()); });
        } else if (id == ID_MERGE_NEXT) {
            PerformEdit(id, row, [&] { return m_session->merge_with_next(row); });
        } else if (id == ID_MERGE_PREVIOUS) {
            PerformEdit(id, row, [&] { return m_session->merge_with_previous(row); });
        } else {
            SetStatusText(_("Select two or more rows (Shift+click) to link them."), 0);
        }
        break;
    case ID_SPLIT_LINK:
        PerformEdit(id, row, [&] {
            return m_session->split_link(row, std::min(link.source.size(), 1U),
                                         std::min(link.target.size(), 1U));
        });
        break;
    case ID_SOURCE_UP:
        PerformEdit(id, row, [&] { return m_session->move_first_up(row, session::Side::source); });
        break;
    case ID_SOURCE_DOWN:
        PerformEdit(id, row, [&] { return m_session->move_last_down(row, session::Side::source); });
        break;
    case ID_TARGET_UP:
        PerformEdit(id, row, [&] { return m_session->move_first_up(row, session::Side::target); });
        break;
    case ID_TARGET_DOWN:
        PerformEdit(id, row, [&] { return m_session->move_last_down(row, session::Side::target); });
        break;
    case ID_UNLINK:
        PerformEdit(id, row, [&] { return m_session->unlink(row); });
        break;
    case ID_GAP_SOURCE:
    case ID_GAP_TARGET: {
        const auto side = id == ID_GAP_SOURCE ? session::Side::source : session::Side::target;
        const auto span = side == session::Side::source ? link.source : link.target;
        PerformEdit(id, row, [&] {
            return span.empty() ? session::Change{} : m_session->insert_gap(side, span.begin);
        });
        break;
    }
    case ID_SPLIT_SENTENCE:
        if (m_interactive) {
            AskSentenceSplit(row);
        }
        break;
    case ID_MERGE_SOURCE_SENTENCES:
    case ID_MERGE_TARGET_SENTENCES: {
        const auto side =
            id == ID_MERGE_SOURCE_SENTENCES ? session::Side::source : session::Side::target;
        const auto span = side == session::Side::source ? link.source : link.target;
        PerformEdit(id, row, [&] {
            return span.size() < 2 ? session::Change{}
                                   : m_session->merge_sentences(side, span.begin);
        });
        break;
    }
    case ID_BOOKMARK:
        if (m_interactive) {
            const auto& bookmarks = m_session->bookmarks();
            const auto found = std::find_if(bookmarks.begin(), bookmarks.end(),
                                            [&](const auto& mark) { return mark.link == row; });
            const auto note =
                wxGetTextFromUser(_("Note (may be empty):"), _("Bookmark"),
                                  found != bookmarks.end() ? ToWx(found->note) : wxString(), this);
            SetBookmark(row, note);
        }
        break;
    case ID_REMOVE_BOOKMARK:
        PerformEdit(id, row, [&] { return m_session->remove_bookmark(row); });
        break;
    case ID_REALIGN_FROM_HERE: {
        const auto options = RealignOptions();
        wxBusyCursor busy;
        PerformEdit(id, row, [&] { return m_session->realign_until_agreement(options, row); });
        break;
    }
    default:
        break;
    }
}

align::AlignOptions MainFrame::RealignOptions() const {
    AlignmentRequest request;
    m_settings.ApplyTo(request);
    // What the reviewer taught earlier sessions of this language pair helps here.
    if (const auto learned = LearnedLexiconFile(); wxFileExists(learned)) {
        request.align.dictionaries.push_back(WxToPath(learned));
    }
    return request.align;
}

bool MainFrame::PerformEdit(int id, std::size_t row, const std::function<session::Change()>& edit) {
    if (!m_session || !m_model) {
        return false;
    }
    try {
        const auto selection = m_view->GetSelectedLinks();
        const auto cursor = m_view->GetSelectedLink();
        const auto change = edit();
        if (change.empty()) {
            SetStatusText(_("Nothing to change."), 0);
            return false;
        }
        ApplyChange(change);
        if (id == ID_CONFIRM_NEXT) {
            if (const auto next = m_model->NextIssue(row, true)) {
                SelectLink(*next);
            } else {
                SelectLink(row);
            }
        } else if (id == ID_UNCONFIRM && selection.size() > 1 && cursor) {
            // The rows are where they were: keep them selected for the next command.
            m_view->SetSelectedLinks(selection, *cursor);
            UpdateDetail();
            UpdateViewport();
            UpdateStatusBar();
        } else {
            SelectLink(std::min(change.first_link, m_model->GetLinkCount() - 1));
        }
        return true;
    } catch (const Error& error) {
        ReportError(error);
        return false;
    }
}

bool MainFrame::SplitSentence(session::Side side, align::SentenceIndex sentence,
                              std::size_t byte_offset) {
    return PerformEdit(ID_SPLIT_SENTENCE, 0,
                       [&] { return m_session->split_sentence(side, sentence, byte_offset); });
}

void MainFrame::AskSentenceSplit(std::size_t row) {
    const auto& link = m_session->link(row);
    const auto& bitext = m_session->bitext();
    std::vector<SentenceChoice> choices;
    for (auto i = link.source.begin; i < link.source.end; ++i) {
        choices.push_back({session::Side::source, i, bitext.source.sentences[i].text});
    }
    for (auto i = link.target.begin; i < link.target.end; ++i) {
        choices.push_back({session::Side::target, i, bitext.target.sentences[i].text});
    }
    SplitSentenceDialog dialog(this, std::move(choices));
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    if (const auto cut = dialog.GetCut()) {
        SplitSentence(cut->side, cut->sentence, cut->byte_offset);
    } else {
        SetStatusText(_("Put the caret inside the sentence to split it."), 0);
    }
}

bool MainFrame::SetBookmark(std::size_t link, const wxString& note) {
    return PerformEdit(ID_BOOKMARK, link,
                       [&] { return m_session->set_bookmark(link, FromWx(note)); });
}

std::optional<std::size_t> MainFrame::GoToBookmark(bool forward) {
    if (!m_session || m_session->bookmarks().empty()) {
        SetStatusText(_("No bookmarks."), 0);
        return std::nullopt;
    }
    const auto& bookmarks = m_session->bookmarks(); // sorted by link
    const auto selected = m_view->GetSelectedLink();
    const session::Bookmark* found = nullptr;
    if (forward) {
        const auto next = std::find_if(bookmarks.begin(), bookmarks.end(), [&](const auto& mark) {
            return !selected || mark.link > *selected;
        });
        found = next != bookmarks.end() ? &*next : &bookmarks.front();
    } else {
        const auto previous =
            std::find_if(bookmarks.rbegin(), bookmarks.rend(),
                         [&](const auto& mark) { return !selected || mark.link < *selected; });
        found = previous != bookmarks.rend() ? &*previous : &bookmarks.back();
    }
    SelectLink(found->link);
    SetStatusText(
        found->note.empty()
            ? wxString::Format(_("Bookmark on link %zu."), found->link + 1)
            : wxString::Format(_("Bookmark on link %zu: %s"), found->link + 1, ToWx(found->note)),
        0);
    return found->link;
}

wxString MainFrame::LearnedLexiconFile() const {
    if (!m_model) {
        return {};
    }
    const auto& bitext = m_model->GetBitext();
    return wxFileName(wxStandardPaths::Get().GetUserLocalDataDir(),
                      ToWx(session::learned_lexicon_file_name(bitext.source.language,
                                                              bitext.target.language)))
        .GetFullPath();
}

bool MainFrame::SaveLearnedLexicon(const wxString& path) {
    if (!m_session) {
        return false;
    }
    try {
        const auto& bitext = m_session->bitext();
        auto learned = session::learn_from_confirmed(
            m_session->confirmed_pairs(), bitext.source.language, bitext.target.language);
        const auto file = WxToPath(path);
        // Keep what earlier sessions of this language pair learned.
        if (wxFileExists(path)) {
            learned.merge(lexicon::read_tsv_dictionary(file, lexicon::Direction::forward));
        }
        wxFileName::Mkdir(wxFileName(path).GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        formats::AtomicFile out(file);
        session::write_word_list(out.stream(), learned, bitext.source.language,
                                 bitext.target.language);
        out.commit();
        SetStatusText(wxString::Format(_("Saved the learned lexicon to %s."), path), 0);
        return true;
    } catch (const std::exception& error) {
        ReportError(error);
        return false;
    }
}

void MainFrame::ApplyChange(const session::Change& change) {
    // The view shows a new immutable snapshot; the documents are shared unless the
    // segmentation changed. Markers of untouched links are kept, those of the links the change
    // produced are found again, so that none goes stale.
    const bool sentences = change.source_sentences || change.target_sentences;
    auto bitext = sentences ? std::make_shared<const align::Bitext>(m_session->bitext())
                            : m_model->GetSharedBitext();
    if (!m_analyzer) {
        // Reading the dictionaries takes a while: once per opened bitext.
        AlignmentRequest request;
        m_settings.ApplyTo(request);
        try {
            m_analyzer = std::make_unique<divergence::Analyzer>(
                bitext->source.language, bitext->target.language, request.divergence);
        } catch (const std::exception& error) {
            // The edit is made: show it without markers on its links, and say why.
            ReportError(error);
        }
    }
    auto markers = UpdateMarkers(m_model->GetMarkers(), change, m_model->GetBitext().source.size(),
                                 m_model->GetBitext().target.size(), *bitext,
                                 m_session->alignment(), m_analyzer.get());
    std::erase_if(markers, [](const divergence::Marker& marker) {
        return marker.kind == divergence::MarkerKind::low_confidence;
    });
    const auto filter = m_model->GetFilter();
    const auto first_row = m_view->GetVisibleRowsBegin();
    m_model = std::make_unique<ReviewModel>(std::move(bitext), m_session->alignment(),
                                            std::move(markers), m_settings.low_confidence);
    m_model->SetFilter(filter);
    m_view->SetModel(m_model.get());
    m_view->ScrollToRow(std::min(first_row, m_model->GetRowCount()));
    m_ruler->SetModel(m_model.get());
    m_map->SetModel(m_model.get());
    m_legend->SetModel(m_model.get());
    ShowBookmarks();
    m_modified = true;
    UpdateTitles();
    UpdateStatusBar();
    UpdateEditMenu();
}

bool MainFrame::IsCommandEnabled(int id) const {
    const auto* command = FindCommand(id);
    if (command == nullptr || (command->flags & needs_bitext) == 0) {
        return true;
    }
    if (!m_session || m_busy) {
        return false;
    }
    if (id == wxID_UNDO) {
        return m_session->can_undo();
    }
    if (id == wxID_REDO) {
        return m_session->can_redo();
    }
    return true;
}

void MainFrame::UpdateEditMenu() {
    // Set explicitly rather than in idle time: GTK ignores the shortcut of a disabled item.
    auto* bar = GetMenuBar();
    auto* tools = GetToolBar();
    for (const auto& command : Commands()) {
        const bool enable = IsCommandEnabled(command.id);
        bar->Enable(command.id, enable);
        if (tools->FindById(command.id) != nullptr) {
            tools->EnableTool(command.id, enable);
        }
    }
}

void MainFrame::OnContextMenu(wxContextMenuEvent&) {
    if (!m_session || !m_view->GetSelectedLink() || m_busy) {
        return;
    }
    wxMenu menu;
    AppendContextCommands(menu);
    PopupMenu(&menu);
}

void MainFrame::OnShortcuts(wxCommandEvent&) {
    wxDialog dialog(this, wxID_ANY, _("Keyboard shortcuts"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* list = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, wxSize(640, 520),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("Keys"), wxLIST_FORMAT_LEFT, 220);
    list->AppendColumn(_("Command"), wxLIST_FORMAT_LEFT, 400);
    for (const auto& entry : ShortcutList()) {
        const auto item = list->InsertItem(list->GetItemCount(), entry.keys);
        list->SetItem(item, 1, entry.action);
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(list, 1, wxEXPAND | wxALL, 8);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxALL, 8);
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

void MainFrame::UpdateTitles() {
    if (!m_model) {
        return;
    }
    const auto& bitext = m_model->GetBitext();
    const auto title = [](const wxString& role, const text::Document& document) {
        return wxString::Format(wxT("%s · %s · %s"), role, ToWx(document.language),
                                wxFileName(ToWx(document.name)).GetFullName());
    };
    m_header->SetTitles(title(_("Source"), bitext.source), title(_("Target"), bitext.target));
    SetTitle(wxString::Format(wxT("%s%s \u21C4 %s — Tandem"), m_modified ? wxT("*") : wxT(""),
                              wxFileName(ToWx(bitext.source.name)).GetFullName(),
                              wxFileName(ToWx(bitext.target.name)).GetFullName()));
}

void MainFrame::UpdateStatusBar() {
    if (!m_model) {
        SetStatusText(_("No alignment open."), 1);
        SetStatusText(wxString(), 2);
        SetStatusText(wxString(), 3);
        return;
    }
    const auto& counts = m_model->GetCounts();
    SetStatusText(wxString::Format(_("%zu links, %zu confirmed, %zu gaps"), counts.links,
                                   counts.confirmed, counts.gaps),
                  1);
    wxString kinds;
    for (const auto kind : AllMarkerKinds()) {
        const auto count = counts.markers_per_kind[static_cast<std::size_t>(kind)];
        if (count > 0) {
            kinds += wxString::Format(wxT(" · %s %zu"), MarkerLabel(kind), count);
        }
    }
    SetStatusText(wxString::Format(_("%zu issues"), counts.links_with_issues) + kinds, 2);
    auto shown = wxString::Format(_("showing %zu of %zu"), m_model->GetRowCount(), counts.links);
    if (const auto selected = m_view->GetSelectedLinks().size(); selected > 1) {
        shown += wxT(" · ") + wxString::Format(_("%zu selected"), selected);
    }
    SetStatusText(shown, 3);
}

void MainFrame::UpdateDetail() {
    if (!m_model || !m_view->GetSelectedLink()) {
        m_detail_html =
            wxT("<html><body><font color=\"#6a7079\">") +
            EscapeHtml(m_model ? _("Select a link to see its markers. F8 jumps to the next issue.")
                               : _("Open a source and a target file to begin.")) +
            wxT("</font></body></html>");
        m_detail->SetPage(m_detail_html);
        return;
    }
    const auto link = *m_view->GetSelectedLink();
    const auto& item = m_model->GetAlignment().links[link];
    wxString html = wxT("<html><body>");
    html += wxString::Format(wxT("<b>") + _("Link %zu") + wxT("</b> · %s · ") +
                                 _("confidence %.0f%%") + wxT(" · %s<br>"),
                             link + 1, ToWx(item.type()), item.confidence * 100.0,
                             item.status == align::LinkStatus::confirmed ? _("confirmed")
                                                                         : _("automatic"));
    html += wxT("<table width=\"100%\" cellpadding=\"3\"><tr><td valign=\"top\" width=\"50%\">") +
            SideHtml(m_model->GetSideText(link, Side::source, m_view->GetShowSentenceIds())) +
            wxT("</td><td valign=\"top\" width=\"50%\">") +
            SideHtml(m_model->GetSideText(link, Side::target, m_view->GetShowSentenceIds())) +
            wxT("</td></tr></table>");
    if (m_session) {
        for (const auto& mark : m_session->bookmarks()) {
            if (mark.link == link) {
                html += wxT("<p><b>&#9873; ") + EscapeHtml(_("Bookmark")) + wxT("</b> ") +
                        EscapeHtml(ToWx(mark.note)) + wxT("</p>");
            }
        }
    }
    const auto markers = m_model->GetMarkersOf(link);
    if (markers.empty()) {
        html += wxT("<font color=\"#6a7079\">") + EscapeHtml(_("No markers.")) + wxT("</font>");
    }
    for (const auto& marker : markers) {
        html += wxT("<p><font color=\"") +
                MarkerColour(marker.kind).GetAsString(wxC2S_HTML_SYNTAX) +
                wxT("\">&#9632;</font> <b>") + EscapeHtml(MarkerLabel(marker.kind)) +
                wxT("</b> (") + EscapeHtml(SeverityLabel(marker.severity)) + wxT("): ") +
                EscapeHtml(ToWx(marker.explanation)) + wxT("</p>");
    }
    html += wxT("</body></html>");
    m_detail_html = html;
    m_detail->SetPage(m_detail_html);
}

void MainFrame::UpdateViewport() {
    Viewport viewport;
    const auto visible = m_view->GetVisibleLinks();
    if (!visible.empty()) {
        viewport.first_link = visible.front();
        viewport.last_link = visible.back();
    }
    viewport.selected = m_view->GetSelectedLink();
    m_ruler->SetViewport(viewport);
    m_map->SetViewport(viewport);
    m_header->Refresh();
}

std::optional<std::size_t> MainFrame::GetSelectedLink() const {
    return m_view->GetSelectedLink();
}

void MainFrame::SelectLink(std::size_t link) {
    m_view->SelectLink(link);
    UpdateDetail();
    UpdateViewport();
    UpdateStatusBar();
}

void MainFrame::SelectAllRows() {
    // Ctrl+A in the find field selects its text, as everywhere else.
    if (auto* text = dynamic_cast<wxTextCtrl*>(FindFocus())) {
        text->SelectAll();
        return;
    }
    m_view->SelectAll();
}

void MainFrame::ShowBookmarks() {
    std::vector<session::Bookmark> bookmarks;
    if (m_session) {
        bookmarks = m_session->bookmarks();
    }
    std::vector<std::size_t> links;
    links.reserve(bookmarks.size());
    for (const auto& mark : bookmarks) {
        links.push_back(mark.link);
    }
    m_ruler->SetBookmarks(links);
    m_map->SetBookmarks(std::move(links));
    m_view->SetBookmarks(std::move(bookmarks));
}

void MainFrame::ApplyFilter(const FilterSpec& filter) {
    if (!m_model) {
        return;
    }
    m_model->SetFilter(filter);
    m_view->OnModelFilterChanged();
    m_filter_choice->SetSelection(FilterIndex(filter));
    const int menu_id = filter.filter == RowFilter::marker_kind
                            ? ID_FILTER_KIND_FIRST + static_cast<int>(filter.kind)
                            : ID_FILTER_ALL + FilterIndex(filter);
    GetMenuBar()->Check(menu_id, true);
    UpdateStatusBar();
    UpdateDetail();
    UpdateViewport();
}

std::optional<std::size_t> MainFrame::FindText(const SearchQuery& query, bool forward) {
    if (!m_model) {
        return std::nullopt;
    }
    try {
        const auto found = m_model->Find(query, m_view->GetSelectedLink(), forward);
        if (found) {
            SelectLink(*found);
            SetStatusText(wxString::Format(_("Found in link %zu."), *found + 1), 0);
        } else {
            SetStatusText(_("Not found."), 0);
            wxBell();
        }
        return found;
    } catch (const Error& error) {
        ReportError(error);
        return std::nullopt;
    }
}

bool MainFrame::ExportTo(formats::Format format, const wxString& path) {
    return StartExport(format, path, true, [this, path](bool written) {
        if (written) {
            SetStatusText(wxString::Format(_("Exported to %s."), path), 0);
        }
    });
}

bool MainFrame::StartExport(formats::Format format, const wxString& path, bool interactive,
                            std::function<void(bool)> finished) {
    if (!m_model || !m_session) {
        return false;
    }
    if (m_writing) {
        if (!interactive) {
            return false;
        }
        // One file at a time: wait for the one being written (an autosave is short).
        wxBusyCursor busy;
        m_writer.join();
        wxTheApp->ProcessPendingEvents();
    }
    std::unique_ptr<ExportWriter> writer;
    try {
        // The snapshot and the output files are made here, so a bad folder is reported at once;
        // only the writing runs on the worker.
        writer = std::make_unique<ExportWriter>(
            WxToPath(path), format,
            ExportSnapshot{m_model->GetSharedBitext(), m_model->GetAlignment(),
                           m_model->GetMarkers(), m_session->bookmarks()});
    } catch (const std::exception& error) {
        if (interactive) {
            ReportError(error);
        } else {
            SetStatusText(DescribeError(error).title, 0);
        }
        return false;
    }
    const unsigned job = ++m_write_job;
    m_writing = true;
    m_write_progress = interactive && !m_busy;
    if (m_write_progress) {
        ShowProgress(true);
        m_stage->SetLabel(_("Exporting…"));
        m_gauge->SetValue(0);
    }
    m_write_finished = [this, interactive,
                        finished = std::move(finished)](std::exception_ptr error) {
        bool written = error == nullptr;
        if (error) {
            try {
                std::rethrow_exception(error);
            } catch (const Cancelled&) {
                SetStatusText(_("Export cancelled; the file was left as it was."), 0);
            } catch (const std::exception& failure) {
                if (interactive) {
                    ReportError(failure);
                } else {
                    SetStatusText(DescribeError(failure).title, 0);
                }
            }
        }
        finished(written);
    };
    m_writer = std::jthread([this, job, writer = std::shared_ptr<ExportWriter>(std::move(writer))](
                                std::stop_token stop) {
        try {
            writer->Write(stop, [this, job](double fraction) {
                CallAfter([this, job, fraction] {
                    if (job == m_write_job && m_write_progress && !m_busy) {
                        m_gauge->SetValue(static_cast<int>(fraction * 1000.0));
                    }
                });
            });
            CallAfter([this, job] { OnWritingDone(job, nullptr); });
        } catch (...) {
            CallAfter([this, job, error = std::current_exception()] { OnWritingDone(job, error); });
        }
    });
    return true;
}

void MainFrame::OnWritingDone(unsigned job, std::exception_ptr error) {
    if (job != m_write_job || !m_writing) {
        return;
    }
    if (m_writer.joinable()) {
        m_writer.join();
    }
    m_writing = false;
    if (std::exchange(m_write_progress, false) && !m_busy) {
        ShowProgress(false);
    }
    std::exchange(m_write_finished, nullptr)(error);
}

void MainFrame::CancelWriting() {
    if (!m_writing) {
        return;
    }
    m_writer.request_stop();
    m_writer.join();
    // The worker queued its answer (Cancelled, or done if it finished first): take it now.
    wxTheApp->ProcessPendingEvents();
}

bool MainFrame::SaveScreenshot(const wxString& path) {
    Raise();
    Update();
    const auto rect = GetScreenRect();
    wxBitmap bitmap(rect.GetSize());
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    }
    return bitmap.SaveFile(path, wxBITMAP_TYPE_PNG);
}

wxString MainFrame::GetStatusField(int field) const {
    return GetStatusBar()->GetStatusText(field);
}

void MainFrame::SaveSettings() {
    if (m_interactive) {
        m_settings.Save(*wxConfigBase::Get());
    }
}

void MainFrame::OnOpen(wxCommandEvent&) {
    OpenDialog dialog(this, m_settings);
    if (dialog.ShowModal() == wxID_OK) {
        StartJob(dialog.GetRequest(m_settings));
    }
}

void MainFrame::OnOpenAlignment(wxCommandEvent&) {
    wxFileDialog dialog(
        this, _("Open an alignment or a project"), wxString(), wxString(),
        wxT("Tandem, TMX, XCES, InterText (*.tandem;*.tmx;*.xml)|*.tandem;*.tmx;*.xml|*|*"),
        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK) {
        OpenSingle(dialog.GetPath());
    }
}

void MainFrame::OnSaveProject(wxCommandEvent& event) {
    if (!m_model) {
        return;
    }
    auto path = m_project_file;
    if (event.GetId() == wxID_SAVEAS || path.empty()) {
        const auto base = wxFileName(ToWx(m_model->GetBitext().source.name)).GetName();
        wxFileDialog dialog(this, _("Save project"), wxString(), base + wxT(".tandem"),
                            wxT("*.tandem|*.tandem"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() != wxID_OK) {
            return;
        }
        path = dialog.GetPath();
    }
    SaveProject(path);
}

bool MainFrame::SaveProject(const wxString& path) {
    const auto revision = m_session ? m_session->revision() : 0;
    return StartExport(formats::Format::tandem, path, true, [this, path, revision](bool written) {
        if (!written) {
            return;
        }
        m_project_file = path;
        // Edits made while the file was written are not in it.
        if (m_session && m_session->revision() == revision) {
            m_modified = false;
            RemoveRecoveryFile();
        }
        UpdateTitles();
        SetStatusText(wxString::Format(_("Saved %s."), path), 0);
        m_settings.AddRecent({path, wxString()});
        RebuildRecentMenu();
        SaveSettings();
    });
}

void MainFrame::OnOpenRecent(wxCommandEvent& event) {
    const auto index = static_cast<std::size_t>(event.GetId() - ID_RECENT_FIRST);
    if (index >= m_settings.recent.size()) {
        return;
    }
    const auto pair = m_settings.recent[index];
    if (pair.target.empty()) {
        OpenSingle(pair.source);
    } else {
        OpenPair(pair.source, pair.target);
    }
}

void MainFrame::OnExport(wxCommandEvent& event) {
    if (!m_model) {
        return;
    }
    const auto& choice =
        ExportChoices().at(static_cast<std::size_t>(event.GetId() - ID_EXPORT_FIRST));
    const auto extension = wxString::FromUTF8(choice.extension);
    const auto base = wxFileName(ToWx(m_model->GetBitext().source.name)).GetName();
    wxFileDialog dialog(this, _("Export"), wxString(), base + wxT(".") + extension,
                        wxString::Format(wxT("*.%s|*.%s|*|*"), extension, extension),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() == wxID_OK) {
        ExportTo(choice.format, dialog.GetPath());
    }
}

void MainFrame::OnSettings(wxCommandEvent&) {
    SettingsDialog dialog(this, m_settings);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    const bool threshold_changed = dialog.GetSettings().low_confidence != m_settings.low_confidence;
    m_settings = dialog.GetSettings();
    SaveSettings();
    m_view->SetTextFont(m_settings.font);
    m_analyzer.reset(); // the dictionaries or thresholds may have changed
    m_view->SetShowSentenceIds(m_settings.show_sentence_ids);
    GetMenuBar()->Check(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    GetToolBar()->ToggleTool(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    if (threshold_changed && m_model) {
        // The threshold decides which links get a low-confidence marker: rebuild the model.
        const auto filter = m_model->GetFilter();
        auto markers = m_model->GetMarkers();
        std::erase_if(markers, [](const divergence::Marker& marker) {
            return marker.kind == divergence::MarkerKind::low_confidence;
        });
        ShowResult({m_model->GetSharedBitext(),
                    m_model->GetAlignment(),
                    std::move(markers),
                    {},
                    m_session->bookmarks()});
        ApplyFilter(filter);
    }
}

void MainFrame::OnAbout(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(wxT("Tandem"));
    info.SetVersion(ToWx(formats::version_string()) + wxT(" (") + ToWx(formats::revision_string()) +
                    wxT(")"));
    info.SetDescription(
        _("Aligns a text with its translation or interpretation sentence by sentence "
          "and shows where they diverge."));
    info.SetLicence(wxT("GPL-3.0-or-later"));
    wxAboutBox(info, this);
}

void MainFrame::OnClose(wxCloseEvent& event) {
    if (m_modified && m_interactive && event.CanVeto() &&
        wxMessageBox(_("The alignment has unsaved edits. Close anyway?"), _("Unsaved edits"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, this) != wxYES) {
        event.Veto();
        return;
    }
    CancelJob();
    SaveSettings();
    m_autosave.Stop();
    if (m_writing) {
        // A save or export being written is finished, not lost.
        wxBusyCursor busy;
        m_writer.join();
        wxTheApp->ProcessPendingEvents();
    }
    RemoveRecoveryFile();
    event.Skip();
}

void MainFrame::OnNextIssue(wxCommandEvent& event) {
    if (!m_model) {
        return;
    }
    const bool forward = event.GetId() == ID_NEXT_ISSUE;
    if (const auto link = m_model->NextIssue(m_view->GetSelectedLink(), forward)) {
        SelectLink(*link);
    } else {
        SetStatusText(_("No issues among the links shown."), 0);
        wxBell();
    }
}

void MainFrame::OnFilterMenu(wxCommandEvent& event) {
    const int id = event.GetId();
    ApplyFilter(id >= ID_FILTER_KIND_FIRST
                    ? FilterSpec{RowFilter::marker_kind,
                                 static_cast<divergence::MarkerKind>(id - ID_FILTER_KIND_FIRST)}
                    : FilterAt(id - ID_FILTER_ALL));
}

void MainFrame::OnFilterChoice(wxCommandEvent& event) {
    ApplyFilter(FilterAt(event.GetSelection()));
    m_view->SetFocus();
}

void MainFrame::OnToggleIds(wxCommandEvent&) {
    m_settings.show_sentence_ids = !m_view->GetShowSentenceIds();
    m_view->SetShowSentenceIds(m_settings.show_sentence_ids);
    GetMenuBar()->Check(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    GetToolBar()->ToggleTool(ID_TOGGLE_IDS, m_settings.show_sentence_ids);
    UpdateDetail();
}

void MainFrame::OnShowFind(wxCommandEvent&) {
    m_find_bar->Show();
    m_find_bar->GetParent()->Layout();
    m_find_text->SetFocus();
    m_find_text->SelectAll();
}

void MainFrame::OnFindNext(wxCommandEvent& event) {
    if (m_find_text->GetValue().empty()) {
        wxCommandEvent show(wxEVT_MENU, wxID_FIND);
        OnShowFind(show);
        return;
    }
    SearchQuery query;
    query.pattern = FromWx(m_find_text->GetValue());
    query.column = static_cast<SearchColumn>(
        std::array{SearchColumn::both, SearchColumn::source, SearchColumn::target}.at(
            static_cast<std::size_t>(std::max(m_find_column->GetSelection(), 0))));
    query.regex = m_find_regex->GetValue();
    query.match_case = m_find_case->GetValue();
    FindText(query, event.GetId() != ID_FIND_PREVIOUS);
}

void MainFrame::OnLinkSelected(wxCommandEvent& event) {
    const auto link = static_cast<std::size_t>(event.GetInt());
    if (event.GetEventObject() != m_view) {
        m_view->SelectLink(link); // a jump from the ruler or the map
    }
    UpdateDetail();
    UpdateViewport();
    UpdateStatusBar();
}

void MainFrame::OnViewportChanged(wxCommandEvent&) {
    UpdateViewport();
}

void MainFrame::OnKindClicked(wxCommandEvent& event) {
    ApplyFilter({RowFilter::marker_kind, static_cast<divergence::MarkerKind>(event.GetInt())});
}

} // namespace tandem::gui
