// SPDX-License-Identifier: GPL-3.0-or-later
// The background job the window runs: loading, aligning, progress, cancellation, errors.
#include "../test_paths.hpp"

#include "alignment_job.hpp"

#include <tandem/error.hpp>

#include <boost/test/unit_test.hpp>

#include <stop_token>
#include <string>
#include <vector>

namespace {

using namespace tandem;

gui::AlignmentRequest sample_request() {
    gui::AlignmentRequest request;
    request.source_path = test::sample_dir / "source.ru.txt";
    request.target_path = test::sample_dir / "target.en.txt";
    return request;
}

} // namespace

BOOST_AUTO_TEST_SUITE(alignment_job)

BOOST_AUTO_TEST_CASE(aligns_the_sample_and_reports_stages_in_order) {
    std::vector<std::string> stages;
    std::vector<double> fractions;
    const auto result =
        gui::RunAlignmentJob(sample_request(), {}, [&](const align::Progress& progress) {
            if (stages.empty() || stages.back() != progress.stage) {
                stages.emplace_back(progress.stage);
            }
            fractions.push_back(progress.fraction);
        });
    BOOST_REQUIRE(result.bitext);
    BOOST_TEST(result.bitext->source.language == "ru");
    BOOST_TEST(result.bitext->target.language == "en");
    BOOST_TEST(!align::check_invariants(result.alignment, result.bitext->source.size(),
                                        result.bitext->target.size())
                    .has_value());
    BOOST_TEST(result.alignment.links.size() > 30U);
    BOOST_REQUIRE(!stages.empty());
    BOOST_TEST(stages.front() == "loading source");
    BOOST_TEST(stages.back() == "done");
    BOOST_TEST(std::is_sorted(fractions.begin(), fractions.end()));
}

BOOST_AUTO_TEST_CASE(a_requested_stop_cancels) {
    std::stop_source stop;
    stop.request_stop();
    BOOST_CHECK_THROW(
        static_cast<void>(gui::RunAlignmentJob(sample_request(), stop.get_token(), {})), Cancelled);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error_naming_it) {
    auto request = sample_request();
    request.target_path = test::sample_dir / "no-such-file.txt";
    try {
        static_cast<void>(gui::RunAlignmentJob(request, {}, {}));
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.code() == ErrorCode::io));
        BOOST_TEST(error.file().find("no-such-file.txt") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(guesses_the_language_of_a_file) {
    BOOST_TEST(gui::GuessFileLanguage(test::sample_dir / "source.ru.txt").tag == "ru");
    BOOST_TEST(gui::GuessFileLanguage(test::sample_dir / "target.en.txt").tag == "en");
}

BOOST_AUTO_TEST_SUITE_END()
