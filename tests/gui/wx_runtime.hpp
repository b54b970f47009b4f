// SPDX-License-Identifier: GPL-3.0-or-later
// Starts wxWidgets once for the window tests (run under Xvfb) and pumps events while waiting.
#pragma once

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <functional>

class wxFrame;

namespace tandem::test {

/// Starts wx (once per process) with English messages and a throw-away config file.
void start_wx();

/// Processes window events until @p done returns true or @p timeout passes; returns done().
bool wait_until(const std::function<bool()>& done,
                std::chrono::milliseconds timeout = std::chrono::seconds(60));

/// The id of the menu item of the frame's menu bar with accelerator @p key + @p flags, or -1.
int menu_id_for_key(wxFrame& frame, int key, int flags);

} // namespace tandem::test
