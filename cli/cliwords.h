// Words for command-line messages: reading a number with the reason it failed, and naming the
// catalogue entry a user probably meant. The parser (commandline.cpp) builds its refusals from
// these so every option explains itself the same way.
#pragma once

#include <QString>

#include <optional>

namespace ae {

struct Activation;
class Registry;

// Reads a number (C locale, one sign, inf/nan allowed). On failure returns false and *why says
// "is not a number" or "is out of the range of a double", ready to follow the quoted text.
bool readNumber(const QString& text, double& out, QString* why);

// The function id the user most likely meant by a mistyped one: the same id in another case, an
// id or alias a couple of typos away. Empty when nothing is close.
QString closestFunctionId(const QString& typed, const Registry& functions);

// "unknown function \"Swish\" (did you mean swish?)" / "(see --list-functions)".
QString unknownFunctionMessage(const QString& typed, const Registry& functions);

// "beta" / "lower, upper" / "none": what a function's parameters are called on the command line.
QString parameterNames(const ae::Activation& a);

} // namespace ae
