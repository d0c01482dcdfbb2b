extension AnnotationBlock.Kind {
    /// The nested keys a block of this kind accepts, in the order the docs list them.
    var keys: [String] {
        switch self {
        case .task: ["requires", "provides", "version", "revert"]
        case .flow: ["pattern", "tasks", "link", "durable", "version"]
        }
    }

    /// Whether `key` may appear more than once.
    func allowsRepeating(_ key: String) -> Bool {
        self == .flow && key == "link"
    }

    /// The item as users write it, e.g. `- Task:`.
    var itemText: String { "- \(rawValue):" }
}
