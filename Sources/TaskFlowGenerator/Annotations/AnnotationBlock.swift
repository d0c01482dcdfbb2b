/// A piece of annotation text with the place it was written.
struct AnnotatedText: Sendable, Hashable {
    /// The text, trimmed of surrounding spaces.
    var text: String
    /// Where the text starts (for an empty text: where it would start).
    var location: SourceLocation
}

/// One nested `- key: value` item of an annotation block.
struct AnnotationEntry: Sendable, Hashable {
    /// The key as written (checked to be a known lowercase key before it reaches a model).
    var key: String
    /// Where the key starts: the line users need to see for a key problem.
    var keyLocation: SourceLocation
    /// The value after the colon.
    var value: AnnotatedText
}

/// A `- Task:` or `- Flow:` item of a doc comment with its nested keys.
struct AnnotationBlock: Sendable, Hashable {
    /// Which annotation a block is.
    enum Kind: String, Sendable, Hashable {
        case task = "Task"
        case flow = "Flow"
    }

    /// Which annotation this is.
    var kind: Kind
    /// The item's value: the task or flow name, empty when left out.
    var value: AnnotatedText
    /// Where the item's `-` is.
    var location: SourceLocation
    /// The nested items, in order; unknown and repeated keys are already reported and dropped
    /// (except `link`, which may repeat).
    var entries: [AnnotationEntry]
    /// The block's lines as written, the comment's margin removed.
    var text: [String]

    /// The first entry with `key`.
    func entry(_ key: String) -> AnnotationEntry? {
        entries.first { $0.key == key }
    }

    /// Every entry with `key`, in order.
    func entries(_ key: String) -> [AnnotationEntry] {
        entries.filter { $0.key == key }
    }
}
