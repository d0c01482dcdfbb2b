import TaskFlow

/// - Task: choose_language
///   - provides: language
func chooseLanguage(context: Log, country: String) -> String {
    context.record("choose for \(country)")
    return country == "FR" ? "fr" : "en"
}

/// Greets someone: the punctuation and title have defaults; the nickname is optional by type.
///
/// - Task: greet
///   - provides: greeting
///   - revert: forget
func greet(
    context: Log, name: String, language: String = "en", title: String = "", punctuation: String = "!",
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

/// - Flow: greeting
///   - tasks: choose_language, greet
enum Greeting {}
