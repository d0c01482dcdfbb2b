/// `'a', 'b', 'c'`: names as a diagnostic lists them.
/// - Parameter names: The names, in the order to show.
/// - Returns: Each name in single quotes, separated by commas.
func quotedList(_ names: [String]) -> String {
    names.map { name in "'\(name)'" }.joined(separator: ", ")
}
