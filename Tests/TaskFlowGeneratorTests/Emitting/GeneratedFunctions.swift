/// The functions of a generated file, found by their layout: a line that declares a function
/// or initialiser (or closes a multi-line parameter list) and ends in `{`, up to the `}` at its
/// indentation.
struct GeneratedFunctions {
    /// Each function's body, one trimmed line per element.
    let bodies: [[String]]

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var bodies: [[String]] = []
        for (index, line) in lines.enumerated() where line.hasSuffix("{") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.contains("func ") || trimmed.contains("init(") || trimmed.hasPrefix(")") else { continue }
            let closing = String(repeating: " ", count: line.count - trimmed.count) + "}"
            guard let end = lines[(index + 1)...].firstIndex(of: closing) else { continue }
            bodies.append(lines[(index + 1) ..< end].map { String($0.drop { $0 == " " }) })
        }
        self.bodies = bodies
    }
}
