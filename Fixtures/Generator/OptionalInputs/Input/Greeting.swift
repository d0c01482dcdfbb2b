import TaskFlow

/// - Task: choose_language
///   - provides: language
func chooseLanguage(context: Log, country: String) -> String {
    context.record("choose for \(country)")
    return country == "FR" ? "fr" : "en"
}

/// Greets someone: the language, title and punctuation have defaults; the nickname is optional
/// by type. The literal defaults are passed when their symbols have no value; the punctuation's
/// default is not a literal, so the call leaves the argument out then.
///
/// - Task: greet
///   - provides: greeting
///   - revert: forget
func greet(
    context: Log, name: String, language: String = "en", title: String = "", punctuation: String = Punctuation.standard,
    nickname: String?
) throws -> String {
    context.record("greet \(name) in \(language)")
    let hello = language == "fr" ? "Bonjour" : "Hello"
    let who = [title, nickname ?? name].filter { !$0.isEmpty }.joined(separator: " ")
    if name.isEmpty { throw InjectedFailure(task: "greet") }
    return "\(hello), \(who)\(punctuation)"
}

func forget(context: Log, title: String = "nobody", result: String?) {
    context.record("forget \(title) \(result ?? "-")")
}

/// The punctuation a greeting ends with unless told otherwise.
enum Punctuation {
    static let standard = "!"
}

/// - Flow: greeting
///   - tasks: choose_language, greet
enum Greeting {}
