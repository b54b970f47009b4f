// SPDX-License-Identifier: GPL-3.0-or-later
// TMX 1.1-1.4b reader, streaming (xmlTextReader), lenient as shared/research/formats.md §2.1 asks:
// `lang` for `xml:lang`, a namespaced root, props and notes anywhere, any version and date
// format; what breaks the DTD or the TMX rules becomes a diagnostic with line and column.
#include <tandem/formats/tmx.hpp>

#include <tandem/text/language.hpp>

#include "document_builder.hpp"
#include "xml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <set>

namespace tandem::formats {
namespace {

using detail::XmlReader;

constexpr std::size_t max_diagnostics = 200;
constexpr std::string_view tandem_prefix = "x-tandem-";

/// Inline codes that stand for formatting in the original file: their content is code, not text.
bool is_code(std::string_view name) {
    return name == "bpt" || name == "ept" || name == "ph" || name == "it" || name == "ut";
}

struct Tuv {
    std::string language;
    std::string text;
    std::string lengths; // x-tandem-*-lengths of our own files
    FilePosition where;
};

struct Unit {
    UnitInfo info;
    std::vector<Tuv> tuvs;
    std::vector<std::pair<std::string, std::string>> tandem_props;
    FilePosition where;
};

class TmxReader {
  public:
    TmxReader(const std::filesystem::path& path, const ImportOptions& options)
        : m_xml(path), m_options(options) {
        std::error_code ignored;
        m_file_size = std::filesystem::file_size(path, ignored);
        // A unit takes at least ~100 bytes of markup: reserve for that many links.
        m_result.alignment.links.reserve(m_file_size / 100);
        m_result.units.reserve(m_file_size / 100);
    }

    ImportedAlignment read() {
        if (!m_xml.next() || !m_xml.at_start("tmx")) {
            m_xml.fail("not a TMX file: the root element is not <tmx>");
        }
        check_root();
        while (m_xml.next()) {
            if (m_xml.at_start("header")) {
                read_header();
            } else if (m_xml.at_start("tu")) {
                read_unit();
            }
        }
        return finish();
    }

  private:
    void warn(std::string message) {
        if (m_result.diagnostics.size() < max_diagnostics) {
            m_result.diagnostics.push_back(
                m_xml.diagnostic(Diagnostic::Level::warning, std::move(message)));
        } else if (m_result.diagnostics.size() == max_diagnostics) {
            m_result.diagnostics.push_back(m_xml.diagnostic(
                Diagnostic::Level::warning, "more problems follow; only the first are listed"));
        }
    }

    void check_root() {
        const auto version = m_xml.attribute("version").value_or("");
        if (version != "1.4" && version != "1.3" && version != "1.2" && version != "1.1") {
            warn("unknown TMX version '" + version + "' (read as 1.4)");
        } else if (version != "1.4") {
            warn("TMX " + version + " file (the DTD and the writers expect 1.4)");
        }
        if (m_xml.has_namespace()) {
            warn("the <tmx> root is in a namespace; TMX 1.4 files are namespace-free");
        }
    }

    void read_header() {
        m_srclang = m_xml.attribute("srclang").value_or("");
        for (const char* required : {"creationtool", "creationtoolversion", "segtype", "o-tmf",
                                     "adminlang", "srclang", "datatype"}) {
            if (!m_xml.attribute(required)) {
                warn(std::string("<header> lacks the required attribute ") + required);
            }
        }
        if (m_xml.is_empty_element()) {
            return;
        }
        while (m_xml.next() && !m_xml.at_end("header")) {
            if (m_xml.at_start("note")) {
                m_result.header.notes.push_back(m_xml.element_text());
            } else if (m_xml.at_start("prop")) {
                auto [type, value] = read_prop();
                if (type == "x-tandem-source-document") {
                    m_source_name = value;
                } else if (type == "x-tandem-target-document") {
                    m_target_name = value;
                } else {
                    m_result.header.props.emplace_back(std::move(type), std::move(value));
                }
            } else if (m_xml.node() == XmlReader::Node::element) {
                m_xml.skip_element();
            }
        }
    }

    std::pair<std::string, std::string> read_prop() {
        auto type = m_xml.attribute("type");
        if (!type) {
            warn("<prop> without a type attribute");
        }
        return {type.value_or(""), m_xml.element_text()};
    }

    void read_unit() {
        // One Unit reused for every tu keeps the capacity of its vectors.
        Unit& unit = m_unit;
        unit.info = {};
        unit.tuvs.clear();
        unit.tandem_props.clear();
        unit.where = m_xml.position();
        unit.info.id = m_xml.attribute("tuid").value_or("");
        if (m_xml.is_empty_element()) {
            warn("<tu> without <tuv>");
            return;
        }
        while (m_xml.next() && !m_xml.at_end("tu")) {
            if (m_xml.at_start("note")) {
                unit.info.notes.push_back(m_xml.element_text());
            } else if (m_xml.at_start("prop")) {
                if (!unit.tuvs.empty()) {
                    warn("<prop> after a <tuv> (TMX puts notes and props first)");
                }
                auto prop = read_prop();
                (prop.first.starts_with(tandem_prefix) ? unit.tandem_props : unit.info.props)
                    .push_back(std::move(prop));
            } else if (m_xml.at_start("tuv")) {
                read_variant(unit);
            } else if (m_xml.node() == XmlReader::Node::element) {
                m_xml.skip_element();
            }
        }
        add_unit(unit);
    }

    void read_variant(Unit& unit) {
        Tuv tuv;
        tuv.where = m_xml.position();
        const auto xml_lang = m_xml.attribute("xml:lang");
        const auto language = xml_lang ? xml_lang : m_xml.attribute("lang");
        if (!language || language->empty()) {
            warn("<tuv> without xml:lang; skipped");
            m_xml.skip_element();
            return;
        }
        if (!xml_lang && !m_warned_lang) {
            warn("<tuv lang> (TMX 1.1) instead of xml:lang");
            m_warned_lang = true;
        }
        tuv.language = *language;
        bool has_seg = false;
        const bool empty = m_xml.is_empty_element();
        while (!empty && m_xml.next() && !m_xml.at_end("tuv")) {
            if (m_xml.at_start("seg")) {
                has_seg = true;
                tuv.text = read_segment();
            } else if (m_xml.at_start("note") || m_xml.at_start("prop")) {
                if (has_seg) {
                    warn("<" + std::string(m_xml.name()) +
                         "> after <seg> in <tuv> (the DTD wants notes and props before the seg)");
                }
                if (m_xml.at_start("note")) {
                    unit.info.notes.push_back(m_xml.element_text());
                } else {
                    auto prop = read_prop();
                    if (prop.first == "x-tandem-lengths") {
                        tuv.lengths = std::move(prop.second);
                    } else {
                        unit.info.props.push_back(std::move(prop));
                    }
                }
            } else if (m_xml.node() == XmlReader::Node::element) {
                m_xml.skip_element();
            }
        }
        if (!has_seg) {
            warn("<tuv> without <seg>");
        }
        unit.tuvs.push_back(std::move(tuv));
    }

    /// The text of a `<seg>`, inline codes replaced by placeholders (⟨1⟩ … ⟨/1⟩, ⟨2/⟩): what
    /// they stand for is formatting of the original file, not words to align.
    std::string read_segment() {
        std::string text;
        if (m_xml.is_empty_element()) {
            return text;
        }
        int code_depth = 0;
        std::set<std::string> open_pairs;
        std::set<std::string> seen_pairs;
        int next_label = 1;
        const auto label = [&](const char* attribute) {
            auto value = m_xml.attribute(attribute);
            return value ? *value : std::to_string(next_label++);
        };
        while (m_xml.next() && !m_xml.at_end("seg")) {
            switch (m_xml.node()) {
            case XmlReader::Node::text:
                if (code_depth == 0) {
                    m_xml.append_text(text, m_xml.text());
                }
                break;
            case XmlReader::Node::element: {
                const std::string name(m_xml.name());
                if (code_depth > 0) {
                    // sub-flows inside codes (`<sub>`) are text of another element: not ours.
                    m_xml.skip_element();
                    break;
                }
                if (name == "bpt") {
                    const auto i = m_xml.attribute("i").value_or("");
                    if (!seen_pairs.insert(i).second) {
                        warn("<bpt i=\"" + i + "\"> repeats an i already used in this <seg>");
                    }
                    open_pairs.insert(i);
                    text += "⟨" + i + "⟩";
                } else if (name == "ept") {
                    const auto i = m_xml.attribute("i").value_or("");
                    if (open_pairs.erase(i) == 0) {
                        warn("<ept i=\"" + i + "\"> without a <bpt> before it");
                    }
                    text += "⟨/" + i + "⟩";
                } else if (name == "it") {
                    const bool end = m_xml.attribute("pos").value_or("") == "end";
                    text += (end ? "⟨/" : "⟨") + label("x") + "⟩";
                } else if (name == "ph" || name == "ut") {
                    text += "⟨" + label("x") + "/⟩";
                } else if (name == "hi") {
                    text += "⟨hi⟩";
                    if (m_xml.is_empty_element()) {
                        text += "⟨/hi⟩";
                    }
                } else {
                    warn("unknown element <" + name + "> in <seg>");
                    m_xml.skip_element();
                }
                if (is_code(name) && !m_xml.is_empty_element()) {
                    ++code_depth;
                }
                break;
            }
            case XmlReader::Node::end_element:
                if (is_code(m_xml.name())) {
                    --code_depth;
                } else if (m_xml.name() == "hi") {
                    text += "⟨/hi⟩";
                }
                break;
            }
        }
        for (const auto& i : open_pairs) {
            warn("<bpt i=\"" + i + "\"> without a matching <ept>");
        }
        return text;
    }

    /// Chooses the source and target languages as units come: the requested ones, else the
    /// header's srclang (unless `*all*`) and the next language seen.
    void choose_languages(const Unit& unit) {
        for (const auto& tuv : unit.tuvs) {
            if (std::find(m_spellings.begin(), m_spellings.end(), tuv.language) !=
                m_spellings.end()) {
                continue; // seen before, spelt the same way
            }
            m_spellings.push_back(tuv.language);
            bool known = false;
            for (const auto& language : m_result.languages) {
                known = known || detail::language_matches(language, tuv.language);
            }
            if (!known) {
                m_result.languages.push_back(tuv.language);
            }
        }
        if (m_source.empty()) {
            if (!m_options.source_language.empty()) {
                m_source = m_options.source_language;
            } else if (!m_srclang.empty() && m_srclang != "*all*") {
                m_source = m_srclang;
            } else if (!unit.tuvs.empty()) {
                m_source = unit.tuvs.front().language;
            }
        }
        if (m_target.empty()) {
            if (!m_options.target_language.empty()) {
                m_target = m_options.target_language;
            } else {
                for (const auto& tuv : unit.tuvs) {
                    if (!detail::language_matches(m_source, tuv.language) &&
                        !detail::language_matches(tuv.language, m_source)) {
                        m_target = tuv.language;
                        break;
                    }
                }
            }
        }
    }

    const Tuv* find(const Unit& unit, const std::string& language) {
        const Tuv* found = nullptr;
        for (const auto& tuv : unit.tuvs) {
            if (!language.empty() && detail::language_matches(language, tuv.language)) {
                if (found != nullptr) {
                    m_result.diagnostics.push_back(
                        {Diagnostic::Level::warning,
                         "two <tuv>s in " + language + "; the first is used", m_xml.file_name(),
                         tuv.where});
                    break;
                }
                found = &tuv;
            }
        }
        return found;
    }

    /// Adds a tuv's text as sentences: one, or several when our own x-tandem-lengths says how
    /// the merged sentences were joined.
    void add_side(detail::DocumentBuilder& builder, const Tuv& tuv, align::Span& span,
                  std::uint32_t paragraph) {
        span.begin = static_cast<align::SentenceIndex>(builder.size());
        std::vector<std::size_t> lengths;
        for (std::size_t at = 0; at < tuv.lengths.size();) {
            std::size_t value = 0;
            const auto [end, error] = std::from_chars(
                tuv.lengths.data() + at, tuv.lengths.data() + tuv.lengths.size(), value);
            if (error != std::errc{}) {
                lengths.clear();
                break;
            }
            lengths.push_back(value);
            at = static_cast<std::size_t>(end - tuv.lengths.data()) + 1;
        }
        const std::size_t separator = text::writes_without_spaces(tuv.language) ? 0 : 1;
        std::size_t total = 0;
        for (const auto length : lengths) {
            total += length;
        }
        if (lengths.size() > 1 && total + separator * (lengths.size() - 1) == tuv.text.size()) {
            std::size_t at = 0;
            for (const auto length : lengths) {
                builder.add(std::string_view(tuv.text).substr(at, length), paragraph);
                at += length + separator;
            }
        } else {
            builder.add(tuv.text, paragraph);
        }
        span.end = static_cast<align::SentenceIndex>(builder.size());
    }

    void add_unit(Unit& unit) {
        choose_languages(unit);
        const Tuv* source = find(unit, m_source);
        const Tuv* target = find(unit, m_target);
        if (source == nullptr && target == nullptr) {
            ++m_skipped_units;
            return;
        }
        if (!m_source_builder) {
            const auto name = [&](const std::string& stored) {
                return stored.empty() ? m_xml.file_name() : stored;
            };
            m_source_builder.emplace(
                name(m_source_name),
                detail::canonical_language(source ? source->language : m_source));
            m_target_builder.emplace(
                name(m_target_name),
                detail::canonical_language(target ? target->language : m_target));
            m_source_builder->reserve(m_file_size / 2, m_file_size / 100);
            m_target_builder->reserve(m_file_size / 2, m_file_size / 100);
        }
        const auto paragraph = static_cast<std::uint32_t>(m_result.alignment.links.size());
        align::Link link;
        link.source = {static_cast<align::SentenceIndex>(m_source_builder->size()),
                       static_cast<align::SentenceIndex>(m_source_builder->size())};
        link.target = {static_cast<align::SentenceIndex>(m_target_builder->size()),
                       static_cast<align::SentenceIndex>(m_target_builder->size())};
        if (source != nullptr) {
            add_side(*m_source_builder, *source, link.source, paragraph);
        }
        if (target != nullptr) {
            add_side(*m_target_builder, *target, link.target, paragraph);
        }
        for (const auto& [type, value] : unit.tandem_props) {
            apply_tandem_prop(link, type, value, unit.where);
        }
        m_result.alignment.links.push_back(link);
        m_result.units.push_back(std::move(unit.info));
    }

    void apply_tandem_prop(align::Link& link, const std::string& type, const std::string& value,
                           const FilePosition& where) {
        const auto bad = [&] {
            m_result.diagnostics.push_back({Diagnostic::Level::warning,
                                            "ignoring " + type + " '" + value + "'",
                                            m_xml.file_name(), where});
        };
        if (type == "x-tandem-confidence") {
            double confidence = 0;
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), confidence);
            if (error != std::errc{} || !(confidence >= 0.0 && confidence <= 1.0)) {
                bad();
            } else {
                link.confidence = confidence;
            }
        } else if (type == "x-tandem-status") {
            link.status =
                value == "confirmed" ? align::LinkStatus::confirmed : align::LinkStatus::automatic;
        } else if (type == "x-tandem-marker") {
            // `kind severity explanation…`
            const auto first = value.find(' ');
            const auto second = first == std::string::npos ? first : value.find(' ', first + 1);
            try {
                divergence::Marker marker;
                marker.kind = divergence::marker_kind_from_string(value.substr(0, first));
                marker.severity = divergence::severity_from_string(value.substr(
                    first + 1, second == std::string::npos ? second : second - first - 1));
                marker.link = m_result.alignment.links.size();
                marker.explanation = second == std::string::npos ? "" : value.substr(second + 1);
                m_result.markers.push_back(std::move(marker));
            } catch (const Error&) {
                bad();
            }
        }
    }

    ImportedAlignment finish() {
        if (m_result.alignment.links.empty()) {
            throw Error(ErrorCode::empty_input,
                        m_source.empty() ? "the TMX file holds no translation unit"
                                         : "no translation unit in " + m_source + " or " + m_target,
                        m_xml.file_name());
        }
        if (!m_srclang.empty() && m_srclang != "*all*" &&
            std::none_of(m_result.languages.begin(), m_result.languages.end(),
                         [&](const std::string& language) {
                             return detail::language_matches(m_srclang, language);
                         })) {
            m_result.diagnostics.push_back(
                {Diagnostic::Level::warning,
                 "the header's srclang '" + m_srclang + "' is the language of no <tuv>",
                 m_xml.file_name(),
                 {}});
        }
        if (m_skipped_units > 0) {
            m_result.diagnostics.push_back({Diagnostic::Level::note,
                                            std::to_string(m_skipped_units) +
                                                " units have neither " + m_source + " nor " +
                                                m_target + " and were left out",
                                            m_xml.file_name(),
                                            {}});
        }
        m_result.bitext.source = m_source_builder->finish();
        m_result.bitext.target = m_target_builder->finish();
        return std::move(m_result);
    }

    XmlReader m_xml;
    const ImportOptions& m_options;
    ImportedAlignment m_result;
    Unit m_unit;
    std::string m_srclang;
    std::string m_source;
    std::string m_target;
    std::string m_source_name;
    std::string m_target_name;
    std::optional<detail::DocumentBuilder> m_source_builder;
    std::optional<detail::DocumentBuilder> m_target_builder;
    std::vector<std::string> m_spellings; // every spelling of a language tag seen so far
    std::size_t m_skipped_units = 0;
    std::uintmax_t m_file_size = 0;
    bool m_warned_lang = false;
};

} // namespace

ImportedAlignment read_tmx(const std::filesystem::path& path, const ImportOptions& options) {
    return TmxReader(path, options).read();
}

} // namespace tandem::formats
