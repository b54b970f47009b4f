// SPDX-License-Identifier: GPL-3.0-or-later
// The real workbench window under Xvfb: open the sample pair, wait for the background alignment,
// step through issues with the menu's F8 / Shift+F8, filter, find, export, take a screenshot.
#include "open_sample.hpp"

#include "bitext_view.hpp"
#include "main_frame.hpp"
#include "open_dialog.hpp"
#include "split_sentence_dialog.hpp"
#include "workbench_app.hpp"

#include <wx/app.h>
#include <wx/dnd.h>
#include <wx/event.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/intl.h>

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::optional<std::size_t>)

namespace {

using namespace tandem;
namespace fs = std::filesystem;

using test::OpenSample;
using test::sample;
using test::temporary_folder;

} // namespace

BOOST_AUTO_TEST_SUITE(workbench_window)

BOOST_FIXTURE_TEST_CASE(opening_the_sample_shows_rows_from_the_first_link, OpenSample) {
    const auto& model = *frame->GetModel();
    BOOST_TEST(model.GetLinkCount() > 30U);
    BOOST_TEST(model.GetBitext().source.language == "ru");
    paint();
    BOOST_TEST(frame->GetView().GetPaintedRowCount() > 3U);
    const auto visible = frame->GetView().GetVisibleLinks();
    BOOST_REQUIRE(!visible.empty());
    BOOST_TEST(visible.front() == 0U);
    BOOST_TEST(frame->GetStatusField(1).Contains(
        wxString::Format(wxT("%zu links"), model.GetLinkCount())));
    BOOST_TEST(frame->GetStatusField(3).Contains(wxT("showing")));
}

BOOST_FIXTURE_TEST_CASE(f8_and_shift_f8_step_through_issues, OpenSample) {
    const auto& model = *frame->GetModel();
    BOOST_TEST_REQUIRE(model.GetCounts().links_with_issues >= 2U);
    press(WXK_F8);
    const auto first = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST(model.HasIssue(*first));
    BOOST_TEST(frame->GetDetailHtml().Contains(wxString::Format(wxT("Link %zu"), *first + 1)));
    press(WXK_F8);
    const auto second = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(second.has_value());
    BOOST_TEST(*second > *first);
    BOOST_TEST(model.HasIssue(*second));
    press(WXK_F8, wxACCEL_SHIFT);
    BOOST_TEST(frame->GetSelectedLink() == first);
    // The selected row is on screen.
    paint();
    const auto visible = frame->GetView().GetVisibleLinks();
    BOOST_TEST((std::find(visible.begin(), visible.end(), *first) != visible.end()));
}

BOOST_FIXTURE_TEST_CASE(filtering_to_issues_shows_only_links_with_markers, OpenSample) {
    press(wxT('1'), wxACCEL_CTRL);
    const auto& model = *frame->GetModel();
    BOOST_TEST((model.GetFilter().filter == gui::RowFilter::issues));
    BOOST_TEST(model.GetRowCount() == model.GetCounts().links_with_issues);
    paint();
    const auto visible = frame->GetView().GetVisibleLinks();
    BOOST_REQUIRE(!visible.empty());
    for (const auto link : visible) {
        BOOST_TEST(model.HasIssue(link));
    }
    press(wxT('0'), wxACCEL_CTRL);
    BOOST_TEST(model.GetRowCount() == model.GetLinkCount());
}

BOOST_FIXTURE_TEST_CASE(find_selects_the_link_holding_the_text, OpenSample) {
    const auto found = frame->FindText({"лавров", gui::SearchColumn::source, false, false}, true);
    BOOST_TEST_REQUIRE(found.has_value());
    BOOST_TEST(frame->GetSelectedLink() == found);
    const auto& model = *frame->GetModel();
    const auto text =
        align::span_text(model.GetBitext().source, model.GetAlignment().links[*found].source);
    BOOST_TEST(text.find("Лавров") != std::string::npos);
    BOOST_TEST(!frame->FindText({"(", gui::SearchColumn::both, true, false}, true).has_value());
    BOOST_TEST(frame->GetLastError().Contains(wxT("regular expression")));
}

BOOST_FIXTURE_TEST_CASE(export_tmx_writes_every_link, OpenSample) {
    const auto path = temporary_folder() / "sample.tmx";
    BOOST_TEST_REQUIRE(frame->ExportTo(formats::Format::tmx, wxString::FromUTF8(path.string())));
    wait_for_writing();
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    const auto tmx = content.str();
    BOOST_TEST(tmx.find("<tmx") != std::string::npos);
    std::size_t units = 0;
    for (auto at = tmx.find("<tu "); at != std::string::npos; at = tmx.find("<tu ", at + 1)) {
        ++units;
    }
    BOOST_TEST(units == frame->GetModel()->GetLinkCount());
}

BOOST_FIXTURE_TEST_CASE(a_saved_project_and_an_exported_tmx_open_again, OpenSample) {
    const auto folder = temporary_folder();
    const auto project = folder / "sample.tandem";
    const auto tmx = folder / "reopen.tmx";
    BOOST_TEST_REQUIRE(
        frame->ExportTo(formats::Format::tandem, wxString::FromUTF8(project.string())));
    wait_for_writing();
    BOOST_TEST_REQUIRE(frame->ExportTo(formats::Format::tmx, wxString::FromUTF8(tmx.string())));
    wait_for_writing();
    const auto& original = *frame->GetModel();
    for (const auto& path : {project, tmx}) {
        BOOST_TEST_CONTEXT(path.filename().string()) {
            auto* reopened = new gui::MainFrame(gui::WorkbenchSettings{}, false);
            reopened->Show();
            reopened->OpenSingle(wxString::FromUTF8(path.string()));
            BOOST_TEST_REQUIRE(test::wait_until([&] { return !reopened->IsBusy(); }));
            BOOST_TEST(reopened->GetLastError().utf8_string() == "");
            BOOST_TEST_REQUIRE(reopened->GetModel() != nullptr);
            BOOST_TEST(reopened->GetModel()->GetLinkCount() == original.GetLinkCount());
            BOOST_TEST(reopened->GetModel()->GetCounts().links_with_issues > 0U);
            reopened->Destroy();
            wxTheApp->Yield(true);
        }
    }
    BOOST_TEST(frame->GetModel()->GetMarkers().size() == original.GetMarkers().size());
}

BOOST_FIXTURE_TEST_CASE(confirm_merge_and_undo_through_the_edit_menu, OpenSample) {
    press(WXK_F8);
    const auto issue = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(issue.has_value());
    const auto links = frame->GetModel()->GetLinkCount();
    // Enter in the table confirms the link and moves to the next issue.
    wxKeyEvent enter(wxEVT_KEY_DOWN);
    enter.m_keyCode = WXK_RETURN;
    frame->GetView().ProcessWindowEvent(enter);
    BOOST_TEST(
        (frame->GetModel()->GetAlignment().links[*issue].status == align::LinkStatus::confirmed));
    BOOST_TEST(frame->GetModel()->GetCounts().confirmed == 1U);
    BOOST_TEST(frame->GetSelectedLink() != issue);
    BOOST_TEST(frame->IsModified());
    BOOST_TEST(frame->GetTitle().StartsWith(wxT("*")));
    // Merge the selected link with the next one, then undo both steps.
    const auto merged = *frame->GetSelectedLink();
    press(wxT('M'), wxACCEL_CTRL);
    BOOST_TEST(frame->GetModel()->GetLinkCount() == links - 1);
    BOOST_TEST(!align::check_invariants(frame->GetModel()->GetAlignment(),
                                        frame->GetModel()->GetBitext().source.size(),
                                        frame->GetModel()->GetBitext().target.size())
                    .has_value());
    BOOST_TEST(frame->GetSelectedLink() == std::optional<std::size_t>(merged));
    press(wxT('Z'), wxACCEL_CTRL);
    BOOST_TEST(frame->GetModel()->GetLinkCount() == links);
    press(wxT('Z'), wxACCEL_CTRL);
    BOOST_TEST(frame->GetModel()->GetCounts().confirmed == 0U);
    press(wxT('Z'), wxACCEL_CTRL | wxACCEL_SHIFT);
    BOOST_TEST(frame->GetModel()->GetCounts().confirmed == 1U);
}

BOOST_FIXTURE_TEST_CASE(recovery_autosaves_edits_and_restores_them_as_unsaved, OpenSample) {
    const auto recovery = temporary_folder() / "recovery.tandem";
    fs::remove(recovery);
    frame->SetAutosave(wxString::FromUTF8(recovery.string()), 1);
    press(WXK_F8);
    press(WXK_RETURN, wxACCEL_CTRL);
    BOOST_TEST_REQUIRE(
        test::wait_until([&] { return fs::exists(recovery); }, std::chrono::seconds(10)));
    // As after a crash: a new window restores the file.
    auto* restored = new gui::MainFrame(gui::WorkbenchSettings{}, false);
    restored->Show();
    restored->RestoreRecovery(wxString::FromUTF8(recovery.string()));
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !restored->IsBusy(); }));
    BOOST_TEST_REQUIRE(restored->GetModel() != nullptr);
    BOOST_TEST(restored->GetModel()->GetCounts().confirmed == 1U);
    BOOST_TEST(restored->GetModel()->GetLinkCount() == frame->GetModel()->GetLinkCount());
    BOOST_TEST(restored->IsModified());
    restored->Destroy();
    wxTheApp->Yield(true);
    // Closing the window normally removes the recovery file.
    frame->Close(true);
    wxTheApp->Yield(true);
    BOOST_TEST(!fs::exists(recovery));
    frame = new gui::MainFrame(gui::WorkbenchSettings{}, false); // for the fixture's teardown
}

BOOST_FIXTURE_TEST_CASE(split_and_realign_keep_the_alignment_valid, OpenSample) {
    const auto& links = frame->GetModel()->GetAlignment().links;
    const auto merged = std::find_if(links.begin(), links.end(), [](const align::Link& link) {
        return link.source.size() + link.target.size() >= 3;
    });
    BOOST_TEST_REQUIRE((merged != links.end()));
    const auto row = static_cast<std::size_t>(merged - links.begin());
    const auto count = links.size();
    frame->SelectLink(row);
    press(wxT('T'), wxACCEL_CTRL);
    const auto& model = *frame->GetModel();
    BOOST_TEST(model.GetLinkCount() == count + 1);
    BOOST_TEST(!align::check_invariants(model.GetAlignment(), model.GetBitext().source.size(),
                                        model.GetBitext().target.size())
                    .has_value());
    frame->SelectLink(0);
    press(wxT('R'), wxACCEL_CTRL);
    const auto& realigned = *frame->GetModel();
    BOOST_TEST(frame->GetLastError().utf8_string() == "");
    BOOST_TEST(!align::check_invariants(realigned.GetAlignment(),
                                        realigned.GetBitext().source.size(),
                                        realigned.GetBitext().target.size())
                    .has_value());
}

BOOST_FIXTURE_TEST_CASE(realign_the_rest_builds_the_engine_context_once_on_the_worker,
                        OpenSample) {
    BOOST_TEST_REQUIRE(frame->GetSession()->plan_realign().context == nullptr);
    frame->SelectLink(0);
    press(wxT('R'), wxACCEL_CTRL | wxACCEL_SHIFT);
    BOOST_TEST_REQUIRE(frame->IsBusy()); // the context is built off the UI thread
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !frame->IsBusy(); }));
    BOOST_TEST(frame->GetLastError().utf8_string() == "");
    const auto context = frame->GetSession()->plan_realign().context;
    BOOST_TEST_REQUIRE(context != nullptr); // kept by the session
    const auto& model = *frame->GetModel();
    BOOST_TEST(!align::check_invariants(model.GetAlignment(), model.GetBitext().source.size(),
                                        model.GetBitext().target.size())
                    .has_value());
    // A second re-alignment searches in the same context.
    press(wxT('R'), wxACCEL_CTRL | wxACCEL_SHIFT);
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !frame->IsBusy(); }));
    BOOST_TEST(frame->GetLastError().utf8_string() == "");
    BOOST_TEST(frame->GetSession()->plan_realign().context == context);
}

// Every marker names a link that exists and sentences inside that link.
void check_markers_fit(const gui::ReviewModel& model) {
    const auto& links = model.GetAlignment().links;
    for (const auto& marker : model.GetMarkers()) {
        BOOST_TEST_REQUIRE(marker.link < links.size());
        const auto& link = links[marker.link];
        for (const auto& span : marker.source_spans) {
            BOOST_TEST((span.sentence >= link.source.begin && span.sentence < link.source.end));
        }
        for (const auto& span : marker.target_spans) {
            BOOST_TEST((span.sentence >= link.target.begin && span.sentence < link.target.end));
        }
    }
}

bool valid(const gui::ReviewModel& model) {
    return !align::check_invariants(model.GetAlignment(), model.GetBitext().source.size(),
                                    model.GetBitext().target.size())
                .has_value();
}

BOOST_FIXTURE_TEST_CASE(markers_follow_every_edit_and_its_undo, OpenSample) {
    // Unlink a link with markers: its pieces are analysed again, none keeps a stale marker.
    press(WXK_F8);
    const auto issue = *frame->GetSelectedLink();
    const auto links = frame->GetModel()->GetLinkCount();
    press(wxT('U'), wxACCEL_CTRL);
    BOOST_TEST(frame->GetModel()->GetLinkCount() > links);
    check_markers_fit(*frame->GetModel());
    // Split a sentence before the issue: every later marker moves with its sentences.
    const auto& before = frame->GetModel()->GetAlignment().links.at(issue);
    const auto sentence = before.source.empty() ? 0U : before.source.begin;
    const auto& text = frame->GetModel()->GetBitext().source.sentences.at(sentence).text;
    const auto space = text.find(' ');
    BOOST_TEST_REQUIRE(space != std::string::npos);
    BOOST_TEST(frame->SplitSentence(session::Side::source, sentence, space));
    check_markers_fit(*frame->GetModel());
    press(wxT('Z'), wxACCEL_CTRL);
    press(wxT('Z'), wxACCEL_CTRL);
    BOOST_TEST(frame->GetModel()->GetLinkCount() == links);
    BOOST_TEST(frame->GetModel()->HasIssue(issue));
    check_markers_fit(*frame->GetModel());
}

BOOST_FIXTURE_TEST_CASE(gap_link_and_sentence_merge_through_their_shortcuts, OpenSample) {
    const auto& model = [&]() -> const gui::ReviewModel& { return *frame->GetModel(); };
    const auto links = model().GetLinkCount();
    // Ctrl+G makes the first source sentence of a 1-1 link a gap: 1-0 then 0-1.
    const auto& all = model().GetAlignment().links;
    const auto one_to_one = std::find_if(all.begin(), all.end(), [](const align::Link& link) {
        return link.source.size() == 1 && link.target.size() == 1;
    });
    BOOST_TEST_REQUIRE((one_to_one != all.end()));
    const auto row = static_cast<std::size_t>(one_to_one - all.begin());
    frame->SelectLink(row);
    press(wxT('G'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links + 1);
    BOOST_TEST(model().GetAlignment().links[row].type() == "1-0");
    BOOST_TEST(model().GetAlignment().links[row + 1].type() == "0-1");
    BOOST_TEST(valid(model()));
    // Select the gap and its neighbour (Shift+Down); Ctrl+L links them again.
    frame->SelectLink(row);
    type_in_table(WXK_DOWN, true);
    press(wxT('L'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links);
    BOOST_TEST(model().GetAlignment().links[row].type() == "1-1");
    // Ctrl+J merges the first two source sentences of a link that has two.
    const auto& now = model().GetAlignment().links;
    const auto merged = std::find_if(
        now.begin(), now.end(), [](const align::Link& link) { return link.source.size() >= 2; });
    BOOST_TEST_REQUIRE((merged != now.end()));
    const auto sentences = model().GetBitext().source.size();
    frame->SelectLink(static_cast<std::size_t>(merged - now.begin()));
    press(wxT('J'), wxACCEL_CTRL);
    BOOST_TEST(model().GetBitext().source.size() == sentences - 1);
    BOOST_TEST(valid(model()));
    check_markers_fit(model());
}

BOOST_FIXTURE_TEST_CASE(bookmarks_keep_their_note_and_f2_jumps_to_them, OpenSample) {
    BOOST_TEST(!frame->GoToBookmark(true).has_value());
    BOOST_TEST(frame->SetBookmark(12, wxT("check the name")));
    BOOST_TEST(frame->SetBookmark(4, wxString()));
    frame->SelectLink(0);
    press(WXK_F2);
    BOOST_TEST(frame->GetSelectedLink() == std::optional<std::size_t>(4));
    press(WXK_F2);
    BOOST_TEST(frame->GetSelectedLink() == std::optional<std::size_t>(12));
    BOOST_TEST(frame->GetStatusField(0).Contains(wxT("check the name")));
    BOOST_TEST(frame->GetDetailHtml().Contains(wxT("check the name")));
    press(WXK_F2, wxACCEL_SHIFT);
    BOOST_TEST(frame->GetSelectedLink() == std::optional<std::size_t>(4));
    // Saved with the project and opened again.
    const auto project = temporary_folder() / "bookmarks.tandem";
    BOOST_TEST_REQUIRE(
        frame->ExportTo(formats::Format::tandem, wxString::FromUTF8(project.string())));
    wait_for_writing();
    auto* reopened = new gui::MainFrame(gui::WorkbenchSettings{}, false);
    reopened->Show();
    reopened->OpenSingle(wxString::FromUTF8(project.string()));
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !reopened->IsBusy(); }));
    BOOST_TEST_REQUIRE(reopened->GetSession() != nullptr);
    BOOST_TEST_REQUIRE(reopened->GetSession()->bookmarks().size() == 2U);
    BOOST_TEST(reopened->GetSession()->bookmarks()[1].note == "check the name");
    reopened->Destroy();
    wxTheApp->Yield(true);
}

BOOST_FIXTURE_TEST_CASE(the_learned_lexicon_is_saved_and_merged, OpenSample) {
    BOOST_TEST(frame->LearnedLexiconFile().EndsWith(wxT("learned-ru-en.tsv")));
    // Confirm every link: the whole sample teaches the lexicon.
    for (std::size_t link = 0; link < frame->GetModel()->GetLinkCount(); ++link) {
        frame->SelectLink(link);
        press(WXK_RETURN, wxACCEL_CTRL);
    }
    BOOST_TEST(frame->GetModel()->GetCounts().confirmed == frame->GetModel()->GetLinkCount());
    const auto path = temporary_folder() / "lexicon" / "learned-ru-en.tsv";
    fs::remove(path);
    BOOST_TEST_REQUIRE(frame->SaveLearnedLexicon(wxString::FromUTF8(path.string())));
    std::ifstream in(path);
    std::string line;
    std::size_t pairs = 0;
    while (std::getline(in, line)) {
        pairs += !line.empty() && line.front() != '#' && line.find('\t') != std::string::npos;
    }
    BOOST_TEST(pairs > 5U);
    // Saving again keeps what the file held and writes no pair twice.
    BOOST_TEST_REQUIRE(frame->SaveLearnedLexicon(wxString::FromUTF8(path.string())));
    std::ifstream again(path);
    std::size_t pairs_again = 0;
    while (std::getline(again, line)) {
        pairs_again += !line.empty() && line.front() != '#' && line.find('\t') != std::string::npos;
    }
    BOOST_TEST(pairs_again == pairs);
}

BOOST_AUTO_TEST_CASE(the_split_dialog_cuts_at_the_caret_in_bytes) {
    test::start_wx();
    gui::SplitSentenceDialog dialog(nullptr, {{session::Side::source, 3, "Добрый вечер всем."},
                                              {session::Side::target, 7, "Good evening."}});
    dialog.SelectSentence(0);
    dialog.SetCaret(6); // after "Добрый": six letters of two bytes each
    const auto cut = dialog.GetCut();
    BOOST_TEST_REQUIRE(cut.has_value());
    BOOST_TEST((cut->side == session::Side::source));
    BOOST_TEST(cut->sentence == 3U);
    BOOST_TEST(cut->byte_offset == 12U);
    dialog.SelectSentence(1);
    dialog.SetCaret(0);
    BOOST_TEST(!dialog.GetCut().has_value());
    dialog.SetCaret(4);
    BOOST_TEST(dialog.GetCut()->byte_offset == 4U);
    BOOST_TEST((dialog.GetCut()->side == session::Side::target));
}

BOOST_FIXTURE_TEST_CASE(a_failed_export_reports_the_file, OpenSample) {
    BOOST_TEST(!frame->ExportTo(formats::Format::tmx, wxT("/nonexistent-folder/out.tmx")));
    BOOST_TEST(frame->GetLastError().Contains(wxT("/nonexistent-folder/out.tmx")));
}

BOOST_FIXTURE_TEST_CASE(the_window_renders_to_a_png, OpenSample) {
    const auto path = temporary_folder() / "window.png";
    BOOST_TEST_REQUIRE(frame->SaveScreenshot(wxString::FromUTF8(path.string())));
    wxImage image;
    BOOST_TEST_REQUIRE(image.LoadFile(wxString::FromUTF8(path.string()), wxBITMAP_TYPE_PNG));
    BOOST_TEST(image.GetWidth() == frame->GetSize().x);
}

BOOST_AUTO_TEST_CASE(dropping_two_files_opens_them_as_a_pair) {
    test::start_wx();
    auto* frame = new gui::MainFrame(gui::WorkbenchSettings{}, false);
    frame->Show();
    auto* target = dynamic_cast<wxFileDropTarget*>(frame->GetDropTarget());
    BOOST_TEST_REQUIRE(target != nullptr);
    wxArrayString files;
    files.Add(sample("source.ru.txt"));
    files.Add(sample("target.en.txt"));
    BOOST_TEST(target->OnDropFiles(10, 10, files));
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !frame->IsBusy(); }));
    BOOST_TEST_REQUIRE(frame->GetModel() != nullptr);
    BOOST_TEST(frame->GetModel()->GetBitext().source.language == "ru");
    BOOST_TEST(frame->GetModel()->GetBitext().target.language == "en");
    frame->Destroy();
    wxTheApp->Yield(true);
}

BOOST_AUTO_TEST_CASE(the_open_dialog_guesses_both_languages) {
    test::start_wx();
    gui::WorkbenchSettings settings;
    settings.max_link = 4;
    gui::OpenDialog dialog(nullptr, settings, sample("source.ru.txt"), sample("target.en.txt"));
    const auto request = dialog.GetRequest(settings);
    BOOST_TEST(request.source_language == "ru");
    BOOST_TEST(request.target_language == "en");
    BOOST_TEST(request.source_path == test::sample_dir / "source.ru.txt");
    BOOST_TEST(request.align.max_link == 4U);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_reported_with_its_name) {
    test::start_wx();
    auto* frame = new gui::MainFrame(gui::WorkbenchSettings{}, false);
    frame->Show();
    frame->OpenPair(sample("source.ru.txt"), sample("missing.en.txt"));
    BOOST_TEST_REQUIRE(test::wait_until([&] { return !frame->IsBusy(); }));
    BOOST_TEST(frame->GetModel() == nullptr);
    BOOST_TEST(frame->GetLastError().Contains(wxT("missing.en.txt")));
    frame->Destroy();
    wxTheApp->Yield(true);
}

BOOST_AUTO_TEST_CASE(cancel_stops_the_job_and_keeps_the_window_empty) {
    test::start_wx();
    auto* frame = new gui::MainFrame(gui::WorkbenchSettings{}, false);
    frame->Show();
    frame->OpenPair(sample("source.ru.txt"), sample("target.en.txt"));
    frame->CancelJob();
    BOOST_TEST(!frame->IsBusy());
    test::wait_until([] { return false; }, std::chrono::milliseconds(200));
    BOOST_TEST(frame->GetModel() == nullptr);
    frame->Destroy();
    wxTheApp->Yield(true);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(workbench_command_line)

BOOST_AUTO_TEST_CASE(screenshot_option_writes_a_png_and_exits) {
    test::start_wx(); // for the PNG reader
    const auto path = temporary_folder() / "screenshot.png";
    fs::remove(path);
    const std::string command = std::string("'") + TANDEM_WORKBENCH_PATH + "' --screenshot '" +
                                path.string() + "' '" +
                                (test::sample_dir / "source.ru.txt").string() + "' '" +
                                (test::sample_dir / "target.en.txt").string() + "'";
    BOOST_TEST_REQUIRE(std::system(command.c_str()) == 0);
    wxImage image;
    BOOST_TEST_REQUIRE(image.LoadFile(wxString::FromUTF8(path.string()), wxBITMAP_TYPE_PNG));
    BOOST_TEST(image.GetWidth() >= 800);
}

BOOST_AUTO_TEST_CASE(screenshot_of_a_missing_file_fails) {
    const auto path = temporary_folder() / "never.png";
    const std::string command = std::string("'") + TANDEM_WORKBENCH_PATH + "' --screenshot '" +
                                path.string() +
                                "' /nonexistent/a.txt /nonexistent/b.txt 2>/dev/null";
    BOOST_TEST(std::system(command.c_str()) != 0);
    BOOST_TEST(!fs::exists(path));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(workbench_translation)

BOOST_AUTO_TEST_CASE(russian_catalog_translates_the_interface) {
    test::start_wx();
    gui::InitTranslations(wxLANGUAGE_RUSSIAN);
    const auto omission = wxGetTranslation(wxT("Omission"));
    const auto next_issue = wxGetTranslation(wxT("&Next issue\tF8"));
    const auto split = wxGetTranslation(wxT("Split sentence"));
    const auto bookmark = wxGetTranslation(wxT("&Bookmark with note...\tCtrl+B"));
    gui::InitTranslations(wxLANGUAGE_ENGLISH_US);
    BOOST_TEST(omission.utf8_string() == "Пропуск");
    BOOST_TEST(next_issue.utf8_string() != "&Next issue\tF8");
    BOOST_TEST(split.utf8_string() == "Разделение предложения");
    // Translated menu items keep their accelerator.
    BOOST_TEST(bookmark.utf8_string() == "&Закладка с заметкой...\tCtrl+B");
    BOOST_TEST(wxGetTranslation(wxT("Omission")).utf8_string() == "Omission");
}

BOOST_AUTO_TEST_SUITE_END()
