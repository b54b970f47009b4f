// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery with the real program: start `tandem-workbench` on the sample pair with a
// one-second autosave, confirm the first issue with keys sent by xdotool (F8, Enter), let
// autosave write the recovery file, kill the program with SIGKILL, start it again, answer the
// restore question with Enter, and compare what it restored with the edit that was made. The
// restored window is still unsaved, so its autosave rewrites the recovery file: that file is the
// restored alignment. Every wait is bounded; the programs are killed whatever happens.
#include "../test_paths.hpp"

#include "alignment_job.hpp"
#include "review_model.hpp"
#include "settings.hpp"

#include <tandem/formats/project.hpp>

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using namespace tandem;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A child process, killed and reaped when it goes out of scope.
class Child {
  public:
    Child(const std::vector<std::string>& arguments, const std::vector<std::string>& environment) {
        std::vector<char*> argv;
        for (const auto& argument : arguments) {
            argv.push_back(const_cast<char*>(argument.c_str()));
        }
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (const auto& entry : environment) {
            envp.push_back(const_cast<char*>(entry.c_str()));
        }
        envp.push_back(nullptr);
        if (::posix_spawn(&m_pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0) {
            m_pid = -1;
        }
    }
    ~Child() { kill(); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    [[nodiscard]] bool started() const noexcept { return m_pid > 0; }
    [[nodiscard]] bool running() {
        if (m_pid <= 0) {
            return false;
        }
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return false;
        }
        return true;
    }
    // SIGKILL, as a crash or the OOM killer would end it.
    void kill() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
            m_pid = -1;
        }
    }

  private:
    pid_t m_pid = -1;
};

// Waits until @p done is true, at most @p timeout.
bool wait_for(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(100ms);
    }
    return true;
}

// Runs xdotool with @p arguments (at most 5 s) and returns what it printed.
std::string xdotool(const std::string& arguments) {
    const auto command =
        std::string("timeout 5 '") + TANDEM_XDOTOOL_PATH + "' " + arguments + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    std::string output;
    if (!pipe) {
        return output;
    }
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe.get()) != nullptr) {
        output += buffer;
    }
    return output;
}

// The first window whose title matches @p pattern, or nullopt.
std::optional<std::string> find_window(const std::string& pattern) {
    const auto output = xdotool("search --name '" + pattern + "'");
    const auto end = output.find('\n');
    if (end == std::string::npos || end == 0) {
        return std::nullopt;
    }
    return output.substr(0, end);
}

// Focuses the window titled @p pattern (waiting up to 15 s for it) and types @p keys.
bool send_keys(const std::string& pattern, const std::string& keys) {
    std::optional<std::string> window;
    if (!wait_for([&] { return (window = find_window(pattern)).has_value(); }, 15s)) {
        return false;
    }
    xdotool("windowfocus --sync " + *window);
    std::this_thread::sleep_for(300ms); // let GTK take the focus before the keys arrive
    xdotool("key --delay 100 " + keys);
    return true;
}

// A scratch HOME whose settings file asks for a one-second autosave.
struct ScratchHome {
    fs::path home =
        fs::temp_directory_path() / ("tandem-recovery-test-" + std::to_string(::getpid()));
    fs::path recovery = home / ".tandem-workbench" / "recovery.tandem";
    std::vector<std::string> environment;

    ScratchHome() {
        fs::remove_all(home);
        fs::create_directories(home / ".config");
        std::ofstream(home / ".config" / "tandem-workbench.conf")
            << "[Project]\nAutosaveSeconds=1\n";
        for (char** entry = environ; *entry != nullptr; ++entry) {
            const std::string variable(*entry);
            if (!variable.starts_with("HOME=") && !variable.starts_with("XDG_") &&
                !variable.starts_with("LANG") && !variable.starts_with("LC_")) {
                environment.push_back(variable);
            }
        }
        environment.push_back("HOME=" + home.string());
        environment.push_back("XDG_CONFIG_HOME=" + (home / ".config").string());
        environment.push_back("XDG_DATA_HOME=" + (home / ".local" / "share").string());
        environment.push_back("LC_ALL=C.UTF-8"); // English window titles
    }
    ~ScratchHome() {
        std::error_code ignored;
        fs::remove_all(home, ignored);
    }
    ScratchHome(const ScratchHome&) = delete;
    ScratchHome& operator=(const ScratchHome&) = delete;
};

// What the edit must produce: the program's own alignment of the sample with its first issue
// confirmed (the same job, the same default settings).
align::Alignment expected_alignment() {
    gui::AlignmentRequest request;
    gui::WorkbenchSettings{}.ApplyTo(request);
    request.source_path = test::sample_dir / "source.ru.txt";
    request.target_path = test::sample_dir / "target.en.txt";
    auto result = gui::RunAlignmentJob(request, {}, {});
    const gui::ReviewModel model(result.bitext, result.alignment, result.markers,
                                 gui::WorkbenchSettings{}.low_confidence);
    const auto issue = model.NextIssue(std::nullopt, true);
    BOOST_TEST_REQUIRE(issue.has_value());
    result.alignment.links[*issue].status = align::LinkStatus::confirmed;
    return result.alignment;
}

} // namespace

BOOST_AUTO_TEST_SUITE(recovery_kill_and_restore)

BOOST_AUTO_TEST_CASE(a_killed_workbench_restores_its_autosaved_edit) {
    const auto expected = expected_alignment();
    const ScratchHome scratch;
    const std::string program = TANDEM_WORKBENCH_PATH;
    {
        Child workbench({program, (test::sample_dir / "source.ru.txt").string(),
                         (test::sample_dir / "target.en.txt").string()},
                        scratch.environment);
        BOOST_TEST_REQUIRE(workbench.started());
        // The title names the pair once the alignment is on screen.
        BOOST_TEST_REQUIRE(send_keys("target.en.txt", "F8 Return"));
        BOOST_TEST_REQUIRE(wait_for([&] { return find_window("^\\*").has_value(); }, 5s),
                           "the title never showed unsaved edits");
        BOOST_TEST_REQUIRE(wait_for([&] { return fs::exists(scratch.recovery); }, 5s),
                           "autosave wrote no recovery file");
        BOOST_TEST_REQUIRE(workbench.running());
        workbench.kill();
    }
    const auto edited = formats::read_project(scratch.recovery);
    BOOST_TEST((edited.alignment.links == expected.links));

    // Backdate the file so that the restored window's own autosave is seen replacing it.
    const auto backdated = fs::file_time_type::clock::now() - std::chrono::hours(24);
    fs::last_write_time(scratch.recovery, backdated);
    Child restarted({program}, scratch.environment);
    BOOST_TEST_REQUIRE(restarted.started());
    BOOST_TEST_REQUIRE(send_keys("Restore unsaved edits", "Return"));
    BOOST_TEST_REQUIRE(
        wait_for([&] { return find_window("^\\*.*target.en.txt").has_value(); }, 10s),
        "the restored window does not show the pair as unsaved");
    BOOST_TEST_REQUIRE(wait_for(
        [&] {
            std::error_code error;
            return fs::last_write_time(scratch.recovery, error) > backdated && !error;
        },
        5s));
    BOOST_TEST(restarted.running());
    restarted.kill();
    const auto restored = formats::read_project(scratch.recovery);
    BOOST_TEST((restored.alignment.links == expected.links));
    BOOST_TEST(restored.bitext.source.size() == edited.bitext.source.size());
    BOOST_TEST(restored.bitext.target.size() == edited.bitext.target.size());
}

BOOST_AUTO_TEST_SUITE_END()
