// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/error.hpp>
#include <tandem/formats/atomic_file.hpp>

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

namespace {

std::filesystem::path scratch_folder() {
    auto folder = std::filesystem::temp_directory_path() /
                  ("tandem-atomic-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    return folder;
}

std::string contents(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t entries(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(commit_replaces_the_destination) {
    const auto folder = scratch_folder();
    const auto path = folder / "out.txt";
    std::ofstream(path) << "old";
    {
        tandem::formats::AtomicFile file(path);
        file.stream() << "new";
        BOOST_TEST(contents(path) == "old"); // untouched until commit
        file.commit();
    }
    BOOST_TEST(contents(path) == "new");
    BOOST_TEST(entries(folder) == 1U);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(abandoned_write_leaves_nothing) {
    const auto folder = scratch_folder();
    const auto path = folder / "out.txt";
    std::ofstream(path) << "old";
    try {
        tandem::formats::AtomicFile file(path);
        file.stream() << "half";
        throw std::runtime_error("export failed");
    } catch (const std::runtime_error&) {
    }
    BOOST_TEST(contents(path) == "old");
    BOOST_TEST(entries(folder) == 1U);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(unwritable_destination_is_an_error) {
    BOOST_CHECK_THROW(tandem::formats::AtomicFile("/nonexistent-folder/out.txt"), tandem::Error);
    BOOST_CHECK_THROW(tandem::formats::AtomicFile(std::filesystem::temp_directory_path()), tandem::Error);
}

BOOST_AUTO_TEST_SUITE_END()
