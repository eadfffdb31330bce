#include "csv.h"

#include <charconv>
#include <cmath>

namespace ae {

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 17);
    return std::string(buf, r.ptr);
}

std::string formatShortest(double v) {
    if (std::isnan(v) || std::isinf(v)) return formatNumber(v);
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

void appendCsvHeader(std::string& out, int derivatives) {
    out += "function,x,f";
    if (derivatives >= 1) out += ",df";
    if (derivatives >= 2) out += ",d2f";
    out += '\n';
}

void appendCsvRow(std::string& out, std::string_view function, double x, const Derivs& d,
                  int derivatives) {
    out += function;
    out += ',';
    out += formatNumber(x);
    out += ',';
    out += formatNumber(d.f);
    if (derivatives >= 1) {
        out += ',';
        out += formatNumber(d.df);
    }
    if (derivatives >= 2) {
        out += ',';
        out += formatNumber(d.d2f);
    }
    out += '\n';
}

NumberParse parseNumberChecked(std::string_view text, double& out) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty()) return NumberParse::NotANumber;
    std::string_view body = text;
    if (body.front() == '+') {
        body.remove_prefix(1); // from_chars rejects a leading '+'
        // "+-5" must not read as -5: one sign only.
        if (body.empty() || body.front() == '-' || body.front() == '+')
            return NumberParse::NotANumber;
    }
    double value = 0;
    const auto r = std::from_chars(body.data(), body.data() + body.size(), value);
    if (r.ptr != body.data() + body.size()) return NumberParse::NotANumber;
    if (r.ec == std::errc::result_out_of_range) return NumberParse::OutOfRange;
    if (r.ec != std::errc()) return NumberParse::NotANumber;
    out = value;
    return NumberParse::Ok;
}

bool parseNumber(std::string_view text, double& out) {
    return parseNumberChecked(text, out) == NumberParse::Ok;
}

} // namespace ae
