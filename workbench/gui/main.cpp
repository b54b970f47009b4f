// SPDX-License-Identifier: GPL-3.0-or-later
// `tandem-workbench`: the wxWidgets review window.
#include "workbench_app.hpp"

wxIMPLEMENT_APP(tandem::gui::WorkbenchApp);
