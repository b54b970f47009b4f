// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdarg>
#include <cstdio>
// Test helper: validates an XML document against a DTD with libxml2 (what xmllint --dtdvalid does).
#pragma once

#include <libxml/parser.h>
#include <libxml/valid.h>

#include <filesystem>
#include <memory>
#include <string>

namespace tandem::test {

/// libxml2's printf-style error callback: appends to the std::string passed as context.
inline void collect_xml_error(void* context, const char* format, ...) {
    va_list args;
    va_start(args, format);
    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    *static_cast<std::string*>(context) += buffer;
}

/// Empty when @p xml is valid against the DTD at @p dtd_path; else libxml2's messages.
inline std::string dtd_errors(const std::string& xml, const std::filesystem::path& dtd_path) {
    std::string errors;
    xmlGenericErrorFunc collect = &collect_xml_error;
    xmlSetGenericErrorFunc(&errors, collect);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "test.xml", nullptr, XML_PARSE_NONET),
        &xmlFreeDoc);
    std::unique_ptr<xmlDtd, decltype(&xmlFreeDtd)> dtd(
        xmlParseDTD(nullptr, reinterpret_cast<const xmlChar*>(dtd_path.c_str())), &xmlFreeDtd);
    if (!document || !dtd) {
        xmlSetGenericErrorFunc(nullptr, nullptr);
        return errors.empty() ? std::string("cannot parse") : errors;
    }
    std::unique_ptr<xmlValidCtxt, decltype(&xmlFreeValidCtxt)> context(xmlNewValidCtxt(), &xmlFreeValidCtxt);
    context->userData = &errors;
    context->error = collect;
    context->warning = collect;
    const int valid = xmlValidateDtd(context.get(), document.get(), dtd.get());
    xmlSetGenericErrorFunc(nullptr, nullptr);
    return valid == 1 ? std::string{} : (errors.empty() ? std::string("invalid") : errors);
}

} // namespace tandem::test
