// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/format.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace tandem::formats {
namespace {
constexpr std::array<std::pair<Format, std::string_view>, 9> names{{
    {Format::tmx, "tmx"},
    {Format::beads, "beads"},
    {Format::txt, "txt"},
    {Format::xces, "xces"},
    {Format::intertext, "intertext"},
    {Format::tei, "tei"},
    {Format::tsv, "tsv"},
    {Format::html, "html"},
    {Format::tandem, "tandem"},
}};
constexpr std::array<std::pair<std::string_view, Format>, 9> extensions{{
    {".tmx", Format::tmx},
    {".beads", Format::beads},
    {".txt", Format::txt},
    {".xml", Format::xces},
    {".xces", Format::xces},
    {".tei", Format::tei},
    {".tsv", Format::tsv},
    {".html", Format::html},
    {".tandem", Format::tandem},
}};
} // namespace

std::string_view to_string(Format format) noexcept {
    for (const auto& [value, name] : names) {
        if (value == format) {
            return name;
        }
    }
    return "tmx";
}

std::optional<Format> format_from_name(std::string_view name) {
    for (const auto& [value, known] : names) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<Format> format_from_extension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".htm") {
        return Format::html;
    }
    for (const auto& [known, value] : extensions) {
        if (known == extension) {
            return value;
        }
    }
    return std::nullopt;
}

bool carries_markers(Format format) noexcept {
    return format == Format::tmx || format == Format::html || format == Format::tandem;
}

std::vector<std::string_view> format_names() {
    std::vector<std::string_view> result;
    for (const auto& entry : names) {
        result.push_back(entry.second);
    }
    return result;
}

} // namespace tandem::formats
