// SPDX-License-Identifier: GPL-3.0-or-later
#include "command_line.hpp"

#include <algorithm>
#include <sstream>

namespace tandem::cli {
namespace {

const OptionSpec help_option{"help", 'h', "", "show this help and exit"};

const OptionSpec* find_long(const CommandSpec& spec, std::string_view name) {
    if (name == help_option.long_name) {
        return &help_option;
    }
    const auto found = std::find_if(spec.options.begin(), spec.options.end(),
                                    [&](const OptionSpec& option) { return option.long_name == name; });
    return found == spec.options.end() ? nullptr : &*found;
}

const OptionSpec* find_short(const CommandSpec& spec, char name) {
    if (name == help_option.short_name) {
        return &help_option;
    }
    const auto found = std::find_if(spec.options.begin(), spec.options.end(),
                                    [&](const OptionSpec& option) { return option.short_name == name; });
    return found == spec.options.end() ? nullptr : &*found;
}

std::string option_label(const OptionSpec& option) {
    std::string label = option.short_name != 0 ? std::string("-") + option.short_name + ", " : "    ";
    label += "--" + std::string(option.long_name);
    if (!option.value_name.empty()) {
        label += " " + std::string(option.value_name);
    }
    return label;
}

/// Escapes roff's special characters in running text.
std::string roff(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\'')) {
        out.insert(0, "\\&");
    }
    return out;
}

} // namespace

bool ParsedArguments::has(std::string_view name) const { return m_options.contains(name); }

std::optional<std::string> ParsedArguments::value(std::string_view name) const {
    const auto found = m_options.find(name);
    if (found == m_options.end() || found->second.empty()) {
        return std::nullopt;
    }
    return found->second.back();
}

std::vector<std::string> ParsedArguments::values(std::string_view name) const {
    const auto found = m_options.find(name);
    return found == m_options.end() ? std::vector<std::string>{} : found->second;
}

ParsedArguments parse_arguments(const CommandSpec& spec, const std::vector<std::string>& words) {
    ParsedArguments parsed;
    const auto store = [&](const OptionSpec& option, std::optional<std::string> value) {
        auto& slot = parsed.m_options[std::string(option.long_name)];
        if (!option.repeatable && !slot.empty() && option.value_name.empty()) {
            return;
        }
        if (value) {
            slot.push_back(std::move(*value));
        } else {
            slot.emplace_back();
        }
    };
    bool options_ended = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (options_ended || word == "-" || word.size() < 2 || word[0] != '-') {
            parsed.m_arguments.push_back(word);
            continue;
        }
        if (word == "--") {
            options_ended = true;
            continue;
        }
        const OptionSpec* option = nullptr;
        std::optional<std::string> attached;
        std::string shown;
        if (word.starts_with("--")) {
            const auto equals = word.find('=');
            const std::string name = word.substr(2, equals == std::string::npos ? std::string::npos : equals - 2);
            option = find_long(spec, name);
            shown = "--" + name;
            if (equals != std::string::npos) {
                attached = word.substr(equals + 1);
            }
        } else {
            option = find_short(spec, word[1]);
            shown = word.substr(0, 2);
            if (word.size() > 2) {
                attached = word.substr(2);
            }
        }
        if (option == nullptr) {
            throw UsageError("unknown option '" + shown + "'");
        }
        if (option->value_name.empty()) {
            if (attached) {
                throw UsageError("option '" + shown + "' takes no value");
            }
            store(*option, std::nullopt);
            continue;
        }
        if (!attached) {
            if (i + 1 >= words.size()) {
                throw UsageError("option '" + shown + "' needs a value (" +
                                 std::string(option->value_name) + ")");
            }
            attached = words[++i];
        }
        store(*option, std::move(attached));
    }
    if (parsed.has("help")) {
        return parsed;
    }
    const auto count = parsed.m_arguments.size();
    if (count < spec.min_arguments) {
        throw UsageError(std::string(spec.name) + " needs " + std::string(spec.synopsis));
    }
    if (count > spec.max_arguments) {
        throw UsageError("too many arguments for " + std::string(spec.name) + ": '" +
                         parsed.m_arguments[spec.max_arguments] + "'");
    }
    return parsed;
}

std::string help_text(const CommandSpec& spec) {
    std::ostringstream out;
    out << "Usage: tandem " << spec.name << ' ' << spec.synopsis << "\n\n"
        << spec.summary << "\n\n";
    if (!spec.description.empty()) {
        out << spec.description << "\n\n";
    }
    out << "Options:\n";
    std::size_t width = 0;
    for (const auto& option : spec.options) {
        width = std::max(width, option_label(option).size());
    }
    width = std::max(width, option_label(help_option).size());
    const auto line = [&](const OptionSpec& option) {
        const auto label = option_label(option);
        out << "  " << label << std::string(width - label.size() + 2, ' ') << option.help << '\n';
    };
    for (const auto& option : spec.options) {
        line(option);
    }
    line(help_option);
    return out.str();
}

std::string man_section(const CommandSpec& spec) {
    std::ostringstream out;
    out << ".SS \"tandem " << spec.name << " " << roff(spec.synopsis) << "\"\n"
        << roff(spec.summary) << "\n";
    if (!spec.description.empty()) {
        out << ".PP\n" << roff(spec.description) << "\n";
    }
    for (const auto& option : spec.options) {
        out << ".TP\n.B " << roff(option_label(option)) << "\n" << roff(option.help) << "\n";
    }
    return out.str();
}

} // namespace tandem::cli
