// CSV of sampled values for notes and scripts: header "function,x,f,df,d2f" (derivative columns
// as asked), numbers as %.17g in the C locale whatever the user's locale, nan/inf/-inf spelled so.
#pragma once

#include "activation.h"

#include <string>
#include <string_view>

namespace ae {

// Shortest text that is still %.17g: locale-independent (std::to_chars), "nan" for every NaN.
std::string formatNumber(double v);

// Shortest text that reads back as the same double (for people: 0.1, not 0.10000000000000001).
std::string formatShortest(double v);

void appendCsvHeader(std::string& out, int derivatives);
void appendCsvRow(std::string& out, std::string_view function, double x, const Derivs& d,
                  int derivatives);

// Parses a number as the command line and CSV consumers write it: C locale, "inf", "-inf",
// "nan" accepted, one optional sign; the whole text must be consumed. OutOfRange: a number
// whose magnitude a double cannot hold (1e400, 1e-400), so messages can say so.
enum class NumberParse { Ok, NotANumber, OutOfRange };
NumberParse parseNumberChecked(std::string_view text, double& out);

// parseNumberChecked(...) == Ok.
bool parseNumber(std::string_view text, double& out);

} // namespace ae
